/**
 * The national-supervision table (nationella tillsyner): per national-supervision area, the operations
 * supervised and the decisions by kind, with a totals row. Computed from decision rows, never typed in.
 *
 * Definitions (docs/methods.md):
 * - operations supervised: distinct operations with at least one decision in the area;
 * - report-back initial/second/third: decisions of type report_back_1/2/3;
 * - final decision: decisions of type final;
 * - sanctions: injunctions (with or without conditional fine), fines imposed, prohibitions, revoked
 *   licences and reports for prosecution;
 * - total decisions: the sum of the decision columns. Decisions of other types (criticism, decision
 *   without deficiencies) count towards operations supervised but are not a column, as in the
 *   published table.
 */
import {NATIONAL_AREAS, type DecisionType, type NationalArea} from "../extract/codes.js";
import type {DecisionRow} from "../extract/decision-row.js";
import {tertialKey} from "../period.js";

/** The decision columns of the table, in published order, with the decision types each one counts. */
export const NATIONAL_DECISION_COLUMNS = [
  {id: "reportBack1", label: "Återredovisning, initialt beslut", shortLabel: "Initialt beslut", types: ["report_back_1"]},
  {id: "reportBack2", label: "Återredovisning, andra beslut", shortLabel: "Andra beslut", types: ["report_back_2"]},
  {id: "reportBack3", label: "Återredovisning, tredje beslut", shortLabel: "Tredje beslut", types: ["report_back_3"]},
  {id: "final", label: "Slutligt beslut", shortLabel: "Slutligt beslut", types: ["final"]},
  {
    id: "sanctions",
    label: "Förelägganden, åtalsanmälningar, förbud och utdömda viten",
    shortLabel: "Sanktioner",
    types: ["injunction", "injunction_with_fine", "fine_imposed", "prohibition", "licence_revoked", "prosecution_report"]
  }
] as const satisfies readonly {id: string; label: string; shortLabel: string; types: readonly DecisionType[]}[];

export type NationalDecisionColumn = (typeof NATIONAL_DECISION_COLUMNS)[number]["id"];

/** The fields of a decision the table needs; without a date the decision counts only in "all periods". */
export type NationalDecisionInput = Pick<DecisionRow, "national_area" | "operation_id" | "decision_type"> & Partial<Pick<DecisionRow, "decision_date">>;

export interface NationalSupervisionRow {
  /** Area code, or "total" for the totals row. */
  area: NationalArea | "total";
  operations: number;
  reportBack1: number;
  reportBack2: number;
  reportBack3: number;
  final: number;
  sanctions: number;
  /** Sum of the decision columns. */
  total: number;
}

export interface NationalSupervisionTable {
  /** One row per area with at least one decision, in code-list order. */
  areas: NationalSupervisionRow[];
  /** Column sums; operations is the sum over areas. */
  total: NationalSupervisionRow;
}

/**
 * Stage (a): one compact count per area × operation (pseudonymous id, for the distinct count) × tertial × decision
 * column. "other" holds decisions that are no column (criticism, without deficiencies): they make an operation
 * supervised. `tertial` is "2023T2", or "" when the decision has no date.
 */
export interface NationalCount {
  area: NationalArea;
  operation: string;
  tertial: string;
  column: NationalDecisionColumn | "other";
  decisions: number;
}

const COLUMN_OF_TYPE = new Map<string, NationalDecisionColumn>(
  NATIONAL_DECISION_COLUMNS.flatMap((c) => c.types.map((t) => [t, c.id] as const))
);

function emptyRow(area: NationalArea | "total"): NationalSupervisionRow {
  return {area, operations: 0, reportBack1: 0, reportBack2: 0, reportBack3: 0, final: 0, sanctions: 0, total: 0};
}

/** Stage (a): the compact counts of the decisions; rows without a national area are ignored. */
export function nationalSupervisionCounts(decisions: Iterable<NationalDecisionInput>): NationalCount[] {
  const counts = new Map<string, NationalCount>();
  for (const d of decisions) {
    const area = d.national_area;
    if (area === null || area === undefined) continue;
    const tertial = d.decision_date ? tertialKey(d.decision_date) : "";
    const column = COLUMN_OF_TYPE.get(d.decision_type) ?? "other";
    const key = `${area}\u0000${d.operation_id}\u0000${tertial}\u0000${column}`;
    const c = counts.get(key);
    if (c) c.decisions += 1;
    else counts.set(key, {area, operation: d.operation_id, tertial, column, decisions: 1});
  }
  return [...counts.values()];
}

/** The tertials with dated decisions in the counts, oldest first. */
export function nationalTertials(counts: readonly NationalCount[]): string[] {
  return [...new Set(counts.map((c) => c.tertial).filter((t) => t !== ""))].sort();
}

/** True when a count's tertial belongs to the period: "all", a year ("2023") or a tertial ("2023T2"). */
export function inNationalPeriod(tertial: string, period: string): boolean {
  if (period === "all") return true;
  if (/^\d{4}$/.test(period)) return tertial.startsWith(`${period}T`);
  return tertial === period;
}

/** Stage (b): the table for a period from the compact counts (`period` as in `inNationalPeriod`). */
export function nationalTableFromCounts(counts: readonly NationalCount[], period = "all"): NationalSupervisionTable {
  const rows = new Map<NationalArea, NationalSupervisionRow>();
  const operations = new Map<NationalArea, Set<string>>();
  for (const c of counts) {
    if (!inNationalPeriod(c.tertial, period)) continue;
    let row = rows.get(c.area);
    if (!row) {
      rows.set(c.area, (row = emptyRow(c.area)));
      operations.set(c.area, new Set());
    }
    operations.get(c.area)!.add(c.operation);
    if (c.column !== "other") {
      row[c.column] += c.decisions;
      row.total += c.decisions;
    }
  }
  const areas = NATIONAL_AREAS.map((a) => a.code as NationalArea)
    .filter((code) => rows.has(code))
    .map((code) => ({...rows.get(code)!, operations: operations.get(code)!.size}));
  const total = emptyRow("total");
  for (const row of areas) {
    for (const key of ["operations", "reportBack1", "reportBack2", "reportBack3", "final", "sanctions", "total"] as const) {
      total[key] += row[key];
    }
  }
  return {areas, total};
}

/** Computes the table from decisions over all periods: stage (a) then stage (b), the one way of counting. */
export function nationalSupervisionTable(decisions: Iterable<NationalDecisionInput>): NationalSupervisionTable {
  return nationalTableFromCounts(nationalSupervisionCounts(decisions));
}

/** One tertial of an area's drill-down: decisions per column, and the operations that reached each column. */
export interface NationalAreaTertial {
  tertial: string;
  decisions: Record<NationalDecisionColumn, number>;
  operations: Record<NationalDecisionColumn, number>;
}

/**
 * Drill-down of one area: per tertial with data in the period (oldest first), the decisions in each column and the
 * number of distinct operations with at least one decision in that column (how far up the ladder operations went).
 * Undated decisions are left out, as they belong to no tertial.
 */
export function nationalAreaOverTime(counts: readonly NationalCount[], area: NationalArea, period = "all"): NationalAreaTertial[] {
  const byTertial = new Map<string, {decisions: Record<NationalDecisionColumn, number>; operations: Record<NationalDecisionColumn, Set<string>>}>();
  for (const c of counts) {
    if (c.area !== area || c.tertial === "" || c.column === "other" || !inNationalPeriod(c.tertial, period)) continue;
    let t = byTertial.get(c.tertial);
    if (!t) {
      t = {
        decisions: {reportBack1: 0, reportBack2: 0, reportBack3: 0, final: 0, sanctions: 0},
        operations: {reportBack1: new Set(), reportBack2: new Set(), reportBack3: new Set(), final: new Set(), sanctions: new Set()}
      };
      byTertial.set(c.tertial, t);
    }
    t.decisions[c.column] += c.decisions;
    t.operations[c.column].add(c.operation);
  }
  return [...byTertial.keys()].sort().map((tertial) => {
    const t = byTertial.get(tertial)!;
    const operations = {reportBack1: 0, reportBack2: 0, reportBack3: 0, final: 0, sanctions: 0};
    for (const col of NATIONAL_DECISION_COLUMNS) operations[col.id] = t.operations[col.id].size;
    return {tertial, decisions: t.decisions, operations};
  });
}

/** Long format for charts: one entry per area and decision column (zeros included). */
export function nationalSupervisionLong(table: NationalSupervisionTable): {area: NationalArea; column: NationalDecisionColumn; decisions: number}[] {
  return table.areas.flatMap((row) =>
    NATIONAL_DECISION_COLUMNS.map((c) => ({area: row.area as NationalArea, column: c.id, decisions: row[c.id]}))
  );
}
