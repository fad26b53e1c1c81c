/**
 * A measure's units judged under the flag policy, in two steps: `assessedUnits` (the reference, then every unit's
 * assessment and its q) and `measureFlags` (those assessments with a Swedish explanation each, and a Flag record per
 * flagged unit, as the outputs carry them).
 */
import {benjaminiHochberg} from "../stats/benjamini-hochberg.js";
import {explainAssessment, type MeasureWording} from "../format/flag-sentence.js";
import {DEFAULT_FLAG_POLICY} from "./policy.js";
import {referenceFit} from "./reference-fit.js";
import type {FlagContext, FlagDirection, FlagLevel, FlagPolicy, UnitAssessment, UnitCounts, UnitType} from "./types.js";
import {unitAssessment} from "./unit-assessment.js";

/** Every unit of one measure assessed against one reference. */
export interface AssessedUnits {
  context: FlagContext;
  /** One assessment per input unit, in input order (E and variance against the reference used). */
  units: UnitAssessment[];
}

/**
 * Assesses every unit of one measure under one policy: the reference and context (`referenceFit`), then `unitAssessment`
 * per unit against it, then Benjamini–Hochberg q-values across the assessed units. No units give no assessments.
 */
export function assessedUnits(units: readonly UnitCounts[], policy: FlagPolicy = DEFAULT_FLAG_POLICY, target?: number): AssessedUnits {
  const fitted = referenceFit(units, policy, target);
  const assessed = fitted.units.map((u) => unitAssessment(u, fitted.context));
  const q = benjaminiHochberg(assessed.map((a) => (Number.isNaN(a.p) ? NaN : a.p)));
  return {context: fitted.context, units: assessed.map((a, i) => ({...a, q: q[i] ?? NaN}))};
}

/** The assessment fields a flag carries (everything needed to check it). */
type FlagFields = Pick<
  ExplainedAssessment,
  "unit" | "n" | "observed" | "expected" | "rate" | "adjustedRate" | "target" | "expectedRate" | "limits" | "adjustedLimits" | "phi" | "tau2" | "z" | "p" | "q" | "method" | "casesToDiffer" | "explanation"
>;

/** A flagged unit of one measure. Rates are proportions (0–1); counts are cases. */
export interface Flag extends FlagFields {
  measure: string;
  unitType: UnitType;
  level: FlagLevel;
  direction: FlagDirection;
  polarity: MeasureWording["polarity"];
}

/** An assessed unit with its explanation, flagged or not. */
export interface ExplainedAssessment extends UnitAssessment {
  unitLabel: string;
  explanation: string;
}

/** Every unit of one measure assessed and explained, and the flags raised (`assessedMeasure` adds the measure's figures). */
export interface MeasureFlags {
  measure: string;
  unitType: UnitType;
  context: FlagContext;
  units: ExplainedAssessment[];
  flags: Flag[];
}

/** One measure's unit counts and how it speaks about them. */
export interface MeasureFlagsInput {
  /** Measure id, e.g. "decisions-without-deficiencies". */
  measure: string;
  unitType: UnitType;
  wording: MeasureWording;
  units: readonly UnitCounts[];
  /** How a unit id is shown (department code → "Nord"); default the id itself. */
  labelOf?: (unit: string) => string;
  /** Reference rate; default Σ O / Σ n over the units. */
  target?: number;
}

/**
 * The flag policy applied to every unit of one measure: assessment (`assessedUnits`), a Swedish explanation per unit and
 * a Flag record for each unit beyond the alert limits, alarms first, then by p.
 */
export function measureFlags(input: MeasureFlagsInput, policy: FlagPolicy = DEFAULT_FLAG_POLICY): MeasureFlags {
  const {measure, unitType, wording} = input;
  const label = input.labelOf ?? ((u: string) => u);
  const {context, units} = assessedUnits(input.units, policy, input.target);
  const explained = units.map((a) => ({...a, unitLabel: label(a.unit), explanation: explainAssessment(a, unitType, label(a.unit), wording)}));
  const flags: Flag[] = explained
    .filter((a) => a.level !== null && a.direction !== null)
    .map((a) => ({
      measure,
      unitType,
      unit: a.unit,
      level: a.level!,
      direction: a.direction!,
      polarity: wording.polarity,
      n: a.n,
      observed: a.observed,
      expected: a.expected,
      rate: a.rate,
      adjustedRate: a.adjustedRate,
      target: a.target,
      expectedRate: a.expectedRate,
      limits: a.limits,
      adjustedLimits: a.adjustedLimits,
      phi: a.phi,
      tau2: a.tau2,
      z: a.z,
      p: a.p,
      q: a.q,
      method: a.method,
      casesToDiffer: a.casesToDiffer,
      explanation: a.explanation
    }))
    .sort((a, b) => (a.level === b.level ? a.p - b.p : a.level === "alarm" ? -1 : 1));
  return {measure, unitType, context, units: explained, flags};
}
