/**
 * The one shape of a flagged measure's result, `AssessedMeasure`, and stage (b) that makes it from stage (a)'s stratum
 * counts (`assessedMeasure`): indirect standardisation, then the flag policy (src/lib/flags: `assessedUnits` → `measureFlags`).
 * `assessedMeasureView` gives the charts what they take of it; `keepUnits` what a filter shows.
 */
import {DEPARTMENTS, labelOf} from "../extract/codes.js";
import {indirectStandardisationOfCounts, type UnitStratumCount, type StratumRate} from "../flags/indirect-standardisation.js";
import {measureFlags, type ExplainedAssessment, type Flag} from "../flags/measure-flags.js";
import type {MeasureWording} from "../format/flag-sentence.js";
import {DEFAULT_FLAG_POLICY} from "../flags/policy.js";
import type {FlagContext, FlagMethod, FlagPolicy, Polarity, ReferenceMethod, UnitType} from "../flags/types.js";
import type {Window} from "../period.js";

/** One measure for one kind of unit: the reference figures, every unit's assessment and the flags raised (what the outputs carry). */
export interface AssessedMeasure {
  id: string;
  /** Swedish title. */
  title: string;
  unitType: UnitType;
  window: Window;
  polarity: Polarity;
  /** Case-mix variables the expected counts are stratified by ([] when unadjusted). */
  adjustedFor: string[];
  method: FlagMethod;
  minimumCases: number;
  /** Cases and events over all units, and their ratio (the target). */
  cases: number;
  events: number;
  target: number;
  phi: number;
  tau2: number;
  /** The reference the units were compared with (FlagPolicy.reference resolved) and the units left out of it (at alarm). */
  reference: ReferenceMethod;
  setAside: string[];
  /** National rate per stratum (the reference of the expected counts). */
  strata: StratumRate[];
  /** Every unit, sorted by unit id. */
  units: ExplainedAssessment[];
  flags: Flag[];
}

/** What a measure says about itself: its id, title, kind of unit, wording and case-mix variables. */
export interface MeasureSpec {
  id: string;
  title: string;
  unitType: UnitType;
  wording: MeasureWording;
  adjustedFor: string[];
}

/** How a unit id is shown: department codes as their Swedish names, other ids as they are. */
export function unitLabel(unitType: UnitType): (unit: string) => string {
  return unitType === "department" ? (unit) => labelOf(DEPARTMENTS, unit) : (unit) => unit;
}

/** Stage (b) of a measure: the stratum counts standardised indirectly, and every unit assessed under the flag policy. */
export function assessedMeasure(spec: MeasureSpec, counts: readonly UnitStratumCount[], window: Window, policy: FlagPolicy = DEFAULT_FLAG_POLICY): AssessedMeasure {
  const standardised = indirectStandardisationOfCounts(counts);
  const flagged = measureFlags(
    {measure: spec.id, unitType: spec.unitType, wording: spec.wording, units: standardised.units, labelOf: unitLabel(spec.unitType), target: standardised.target},
    policy
  );
  return {
    id: spec.id,
    title: spec.title,
    unitType: spec.unitType,
    window: {from: window.from, to: window.to},
    polarity: spec.wording.polarity,
    adjustedFor: spec.adjustedFor,
    method: policy.method,
    minimumCases: policy.minimumCases,
    cases: counts.reduce((s, c) => s + c.cases, 0),
    events: counts.reduce((s, c) => s + c.events, 0),
    target: standardised.target,
    phi: flagged.context.phi,
    tau2: flagged.context.tau2,
    reference: flagged.context.reference ?? "all",
    setAside: flagged.context.setAside ?? [],
    strata: standardised.strata,
    units: flagged.units,
    flags: flagged.flags
  };
}

/**
 * The result with only the units `keep` accepts (and their flags). Reference figures (cases, target, strata, φ, τ²)
 * and each unit's assessment, q included, stay those of all units: a filter chooses whom to show, not whom to compare with.
 */
export function keepUnits(result: AssessedMeasure, keep: (unit: string) => boolean): AssessedMeasure {
  return {...result, units: result.units.filter((u) => keep(u.unit)), flags: result.flags.filter((f) => keep(f.unit))};
}

/** The result as the chart components take it: the units and the context their flags were raised under. */
export function assessedMeasureView(result: AssessedMeasure, policy: FlagPolicy): {context: FlagContext; units: ExplainedAssessment[]} {
  return {context: {policy, target: result.target, phi: result.phi, tau2: result.tau2}, units: result.units};
}
