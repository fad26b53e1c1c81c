/** Flags as the outputs carry them: one record per flagged unit, with everything needed to check it. */
import {assessUnits} from "./assess-units.js";
import {explainAssessment, type MeasureWording} from "../format/flag-sentence.js";
import {DEFAULT_FLAG_POLICY} from "./policy.js";
import type {FlagContext, FlagDirection, FlagLevel, FlagPolicy, UnitAssessment, UnitCounts, UnitType} from "./types.js";

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

export interface FlaggedMeasure {
  measure: string;
  unitType: UnitType;
  context: FlagContext;
  units: ExplainedAssessment[];
  flags: Flag[];
}

export interface FlagMeasureInput {
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
 * The flag policy applied to every unit of one measure: assessment (`assessUnits`), a Swedish explanation per unit and
 * a Flag record for each unit beyond the alert limits, alarms first, then by p.
 */
export function flagMeasure(input: FlagMeasureInput, policy: FlagPolicy = DEFAULT_FLAG_POLICY): FlaggedMeasure {
  const {measure, unitType, wording} = input;
  const label = input.labelOf ?? ((u: string) => u);
  const {context, units} = assessUnits(input.units, policy, input.target);
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
