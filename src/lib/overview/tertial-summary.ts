/**
 * One tertial of the overview, reduced from the analysis `lika analyze` computes for it: each headline figure with its
 * base, and every flag the analysis reports (the same records, in the same order). The data loader writes one per
 * tertial; the page compares them. Figures that cannot be computed (no cases) are null, never NaN.
 */
import type {Flag} from "../flags/measure-flags.js";
import type {FlagPolicy} from "../flags/types.js";
import type {Analysis} from "../measures/analysis.js";
import {unitLabel} from "../measures/assessed-measure.js";
import {tertialKey} from "../period.js";
import {HEADLINES} from "./catalogue.js";

export interface HeadlineValue {
  /** The figure (a share 0–1, percentage points or a count); null when there is nothing to compute it from. */
  value: number | null;
  /** How many cases (decisions, homes, items …) it rests on. */
  base: number;
}

/**
 * A flag as the overview lists it: the analysis's record, the unit's display name and the department it belongs to
 * (the department itself; a decision-maker's department in the window counted; a team's department), or null.
 */
export type OverviewFlag = Flag & {unitLabel: string; department?: string | null};

/** One department's value of a department measure at one tertial, beside the nation's. */
export interface DepartmentValue {
  unit: string;
  n: number;
  observed: number;
  rate: number | null;
  adjustedRate: number | null;
  /** The share expected from the department's cases at the nation's rates (E/n); null when it cannot be computed. */
  expectedRate?: number | null;
  level: "alarm" | "alert" | null;
  direction: "high" | "low" | null;
}

/** A department measure at one tertial: the nation (target over all cases) and every department. */
export interface DepartmentMeasure {
  measure: string;
  target: number | null;
  cases: number;
  units: DepartmentValue[];
}

/** The department measures of an analysis, in the catalogue's order. */
export function departmentMeasures(analysis: Analysis): DepartmentMeasure[] {
  const m = analysis.measures;
  const results = [m["decisions-without-deficiencies"].byDepartment, m.delegation.byDepartment, m["child-conversations"].byDepartment, m["escalation-repeats"].byDepartment, m["preparations-sent-back"].byDepartment];
  return results.map((r) => ({
    measure: r.id,
    target: r.cases > 0 ? finite(r.target) : null,
    cases: r.cases,
    units: r.units.map((u) => ({unit: u.unit, n: u.n, observed: u.observed, rate: finite(u.rate), adjustedRate: finite(u.adjustedRate), expectedRate: finite(u.expectedRate), level: u.level, direction: u.direction}))
  }));
}

export interface TertialSummary {
  /** "2024T2". */
  tertial: string;
  period: {from: string; to: string; label: string};
  decisionMakerWindow: {from: string; to: string};
  headlines: Record<string, HeadlineValue>;
  flags: OverviewFlag[];
  /** The department measures, for the department pages. */
  departments: DepartmentMeasure[];
}

function finite(x: number | null | undefined): number | null {
  return typeof x === "number" && Number.isFinite(x) ? x : null;
}

/** The headline figures of an analysis, keyed by the catalogue's ids. */
export function headlineValues(analysis: Analysis): Record<string, HeadlineValue> {
  const m = analysis.measures;
  const escalation = m["escalation-repeats"].summary.total;
  const children = m["child-conversations"].summary.total;
  const values: Record<string, HeadlineValue> = {
    "decisions-without-deficiencies": {value: finite(m["decisions-without-deficiencies"].byDepartment.cases > 0 ? m["decisions-without-deficiencies"].byDepartment.target : null), base: m["decisions-without-deficiencies"].byDepartment.cases},
    "decision-maker-spread": {value: finite(m["decision-maker-spread"].afterCaseMix.tauPercentagePoints), base: m["decision-maker-spread"].afterCaseMix.units},
    delegation: {value: finite(m.delegation.byDepartment.cases > 0 ? m.delegation.byDepartment.target : null), base: m.delegation.byDepartment.cases},
    "child-conversations": {value: finite(children?.shareOfInspectedHomes), base: children?.inspectedHomes ?? 0},
    "escalation-repeats": {value: finite(escalation?.repeatShare), base: escalation ? escalation.repeats + escalation.stepUps : 0},
    "preparations-sent-back": {value: finite(m["preparations-sent-back"].byDepartment.cases > 0 ? m["preparations-sent-back"].byDepartment.target : null), base: m["preparations-sent-back"].byDepartment.cases},
    "national-supervision": {value: m["national-supervision"].total.total, base: m["national-supervision"].total.operations}
  };
  for (const h of HEADLINES) if (!(h.id in values)) throw new Error(`no headline value for ${h.id}`);
  return values;
}

/**
 * The overview's record of one tertial's analysis. `departmentOf` names the department of a decision-maker or team
 * (null when unknown). Throws when the analysis is not of one tertial.
 */
export function tertialSummary(analysis: Analysis, departmentOf: (unitType: string, unit: string) => string | null = () => null): TertialSummary {
  if (analysis.period.kind !== "tertial") throw new Error(`the overview compares tertials, got the period ${analysis.period.label}`);
  return {
    tertial: tertialKey(analysis.period.from),
    period: {from: analysis.period.from, to: analysis.period.to, label: analysis.period.label},
    decisionMakerWindow: {from: analysis.decisionMakerWindow.from, to: analysis.decisionMakerWindow.to},
    headlines: headlineValues(analysis),
    flags: analysis.flags.map((f) => ({...f, unitLabel: unitLabel(f.unitType)(f.unit), department: f.unitType === "department" ? f.unit : departmentOf(f.unitType, f.unit)})),
    departments: departmentMeasures(analysis)
  };
}

/** The parameters every flag of the overview was raised under, as the page states them. */
export interface OverviewParameters {
  method: FlagPolicy["method"];
  alertLevel: number;
  alarmLevel: number;
  minimumCases: number;
  overdispersion: FlagPolicy["overdispersion"];
  minimumUnitsForOverdispersion: number;
}

export function overviewParameters(policy: FlagPolicy): OverviewParameters {
  const {method, alertLevel, alarmLevel, minimumCases, overdispersion, minimumUnitsForOverdispersion} = policy;
  return {method, alertLevel, alarmLevel, minimumCases, overdispersion, minimumUnitsForOverdispersion};
}
