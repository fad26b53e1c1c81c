/**
 * Stage (a) of a measure: decision rows → counts. One count row per unit × tertial × filter dimensions (department,
 * type of operation, case type), with the cases and events of the measure. Stage (b) (standardisation, flags, spread)
 * works from these counts alone, so `lika analyze` (rows → counts → result) and a page (counts from a data loader, or
 * made in the browser from a local extract → result) agree by construction. Pure: no DOM, no node:*.
 */
import type {CaseType, Department, OperationType} from "../extract/codes.js";
import type {DecisionRow} from "../extract/decision-row.js";
import {isInPeriod, tertialInWindow, tertialKey, type Period} from "../period.js";
import type {UnitStratumCount} from "../flags/indirect-standardisation.js";

/** One row of stage (a). `unit` is the finest unit of the measure (the decision-maker for decision measures). */
export interface CountRow {
  unit: string;
  department: Department;
  operation_type: OperationType;
  case_type: CaseType;
  /** The tertial the decisions were taken in, "2023T2". */
  tertial: string;
  cases: number;
  events: number;
}

/** The filter dimensions a count row carries; a stratum is built from some of them. */
export type CountDimension = "department" | "operation_type" | "case_type";

/**
 * Counts decisions into rows: of the decisions in `window` (all when omitted) that `isCase` accepts, the cases and
 * the events (`isEvent`) per decision-maker, department, type of operation, case type and tertial, sorted by those keys.
 */
export function countDecisions(
  decisions: Iterable<DecisionRow>,
  isCase: (d: DecisionRow) => boolean,
  isEvent: (d: DecisionRow) => boolean,
  window?: Pick<Period, "from" | "to">
): CountRow[] {
  // Nested maps, one level per key field: a row costs lookups, not a key string (a million rows are counted here).
  const byUnit = new Map<string, Map<string, Map<string, Map<string, Map<string, CountRow>>>>>();
  const rows: CountRow[] = [];
  const tertialOfDate = new Map<string, string>();
  for (const d of decisions) {
    if (window && !isInPeriod(d.decision_date, window)) continue;
    if (!isCase(d)) continue;
    let tertial = tertialOfDate.get(d.decision_date);
    if (tertial === undefined) tertialOfDate.set(d.decision_date, (tertial = tertialKey(d.decision_date)));
    const byDepartment = level(byUnit, d.decision_maker);
    const byOperation = level(byDepartment, d.department);
    const byCase = level(byOperation, d.operation_type);
    const byTertial = level(byCase, d.case_type);
    let row = byTertial.get(tertial);
    if (!row) {
      byTertial.set(tertial, (row = {unit: d.decision_maker, department: d.department, operation_type: d.operation_type, case_type: d.case_type, tertial, cases: 0, events: 0}));
      rows.push(row);
    }
    row.cases += 1;
    if (isEvent(d)) row.events += 1;
  }
  // Field by field, which is the order of the joined key (unit, department, type of operation, case type, tertial).
  return rows.sort(compareCountRows);
}

/** The map under `key` in a map of maps, made when missing (one level of a count keyed field by field). */
export function level<K, V>(map: Map<string, Map<K, V>>, key: string): Map<K, V> {
  let next = map.get(key);
  if (next === undefined) map.set(key, (next = new Map()));
  return next;
}

export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareCountRows(a: CountRow, b: CountRow): number {
  return compareText(a.unit, b.unit) || compareText(a.department, b.department) || compareText(a.operation_type, b.operation_type) || compareText(a.case_type, b.case_type) || compareText(a.tertial, b.tertial);
}

/**
 * Which count rows a view uses: the tertials of its window (all when null) and the types of operation and case types
 * chosen (all when null). The department filter is not here: it chooses which units are shown, not what they are
 * compared with (docs/methods.md, "Filtered views").
 */
export interface CountSelection {
  window: Pick<Period, "from" | "to"> | null;
  operationType: OperationType | null;
  caseTypes: readonly CaseType[] | null;
}

/** The count rows of a selection. */
export function selectCounts(rows: readonly CountRow[], selection: CountSelection): CountRow[] {
  const caseTypes = selection.caseTypes ? new Set<string>(selection.caseTypes) : null;
  return rows.filter(
    (r) =>
      (selection.window === null || tertialInWindow(r.tertial, selection.window)) &&
      (selection.operationType === null || r.operation_type === selection.operationType) &&
      (caseTypes === null || caseTypes.has(r.case_type))
  );
}

/** Stratum key of a case from the values of its case-mix variables ("hvb|frequency"); "all" with none. */
export function stratumKey(values: readonly string[]): string {
  return values.length === 0 ? "all" : values.join("|");
}

/** Count rows as stratum counts for standardisation: the unit by `unitOf`, the stratum from the `strata` dimensions. */
export function stratumCounts(rows: readonly CountRow[], unitOf: (r: CountRow) => string, strata: readonly CountDimension[]): UnitStratumCount[] {
  return rows.map((r) => ({unit: unitOf(r), stratum: stratumKey(strata.map((s) => r[s])), cases: r.cases, events: r.events}));
}

/** Each unit's department: the one holding most of its cases (ties: the first code in alphabetical order). */
export function departmentOfUnits(rows: readonly Pick<CountRow, "unit" | "department" | "cases">[]): Map<string, Department> {
  const byUnit = new Map<string, Map<Department, number>>();
  for (const r of rows) {
    const m = byUnit.get(r.unit) ?? new Map<Department, number>();
    m.set(r.department, (m.get(r.department) ?? 0) + r.cases);
    byUnit.set(r.unit, m);
  }
  const out = new Map<string, Department>();
  for (const [unit, m] of byUnit) {
    const best = [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    out.set(unit, best[0]);
  }
  return out;
}

/** The tertial keys present in the rows, in order. */
export function tertialsOf(rows: readonly CountRow[]): string[] {
  return [...new Set(rows.map((r) => r.tertial))].sort();
}
