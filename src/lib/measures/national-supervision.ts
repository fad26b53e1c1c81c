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

/** The fields of a decision the table needs. */
export type NationalDecisionInput = Pick<DecisionRow, "national_area" | "operation_id" | "decision_type">;

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

const COLUMN_OF_TYPE = new Map<string, NationalDecisionColumn>(
  NATIONAL_DECISION_COLUMNS.flatMap((c) => c.types.map((t) => [t, c.id] as const))
);

function emptyRow(area: NationalArea | "total"): NationalSupervisionRow {
  return {area, operations: 0, reportBack1: 0, reportBack2: 0, reportBack3: 0, final: 0, sanctions: 0, total: 0};
}

/** Computes the table from decisions; rows without a national area are ignored. */
export function nationalSupervisionTable(decisions: Iterable<NationalDecisionInput>): NationalSupervisionTable {
  const rows = new Map<NationalArea, NationalSupervisionRow>();
  const operations = new Map<NationalArea, Set<string>>();
  for (const d of decisions) {
    const area = d.national_area;
    if (area === null || area === undefined) continue;
    let row = rows.get(area);
    if (!row) {
      rows.set(area, (row = emptyRow(area)));
      operations.set(area, new Set());
    }
    operations.get(area)!.add(d.operation_id);
    const column = COLUMN_OF_TYPE.get(d.decision_type);
    if (column !== undefined) {
      row[column] += 1;
      row.total += 1;
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

/** Long format for charts: one entry per area and decision column (zeros included). */
export function nationalSupervisionLong(table: NationalSupervisionTable): {area: NationalArea; column: NationalDecisionColumn; decisions: number}[] {
  return table.areas.flatMap((row) =>
    NATIONAL_DECISION_COLUMNS.map((c) => ({area: row.area as NationalArea, column: c.id, decisions: row[c.id]}))
  );
}
