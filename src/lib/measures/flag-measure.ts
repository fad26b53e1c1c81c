/** Shared shape of a measure that compares units under the flag policy (src/lib/flags). */
import {DEPARTMENTS, labelOf} from "../extract/codes.js";
import {indirectStandardisation, type StratifiedCase, type StratumRate} from "../flags/indirect-standardisation.js";
import {flagMeasure, type ExplainedAssessment, type Flag} from "../flags/flag.js";
import type {MeasureWording} from "../flags/explanation.js";
import {DEFAULT_FLAG_POLICY} from "../flags/policy.js";
import type {FlagMethod, FlagPolicy, Polarity, ReferenceMethod, UnitType} from "../flags/types.js";
import type {Period} from "../period.js";

/** The dates a measure counted, inclusive. */
export type Window = Pick<Period, "from" | "to">;

/** One measure for one kind of unit: the reference figures, every unit's assessment and the flags raised. */
export interface FlagMeasureResult {
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

export interface FlagMeasureSpec {
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

/** Standardises the cases indirectly over their strata and applies the flag policy to every unit. */
export function runFlagMeasure(spec: FlagMeasureSpec, cases: readonly StratifiedCase[], window: Window, policy: FlagPolicy = DEFAULT_FLAG_POLICY): FlagMeasureResult {
  const standardised = indirectStandardisation(cases);
  const flagged = flagMeasure(
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
    cases: cases.length,
    events: cases.reduce((s, c) => s + (c.event ? 1 : 0), 0),
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

/** The stratum key of a case from the values of its case-mix variables ("hvb|frequency"). */
export function stratumKey(values: readonly string[]): string {
  return values.length === 0 ? "all" : values.join("|");
}
