/**
 * The national-supervision table, counted as docs/methods.md defines it ("National-supervision table").
 */
import type {CsvRow} from "./read-sample.js";
import {inSpan, type Span} from "./window.js";

/** One row of the national-supervision table. */
export interface NationalRow {
  area: string;
  operations: number;
  reportBack1: number;
  reportBack2: number;
  reportBack3: number;
  final: number;
  sanctions: number;
  total: number;
}

/** Decisions of one area, operation and column ("other": criticism or without deficiencies, no column of their own). */
export interface NationalCell {
  area: string;
  operation: string;
  column: NationalColumn | "other";
  decisions: number;
}

type NationalColumn = "reportBack1" | "reportBack2" | "reportBack3" | "final" | "sanctions";

const COLUMN: Record<string, NationalColumn> = {
  report_back_1: "reportBack1",
  report_back_2: "reportBack2",
  report_back_3: "reportBack3",
  final: "final",
  injunction: "sanctions",
  injunction_with_fine: "sanctions",
  fine_imposed: "sanctions",
  prohibition: "sanctions",
  licence_revoked: "sanctions",
  prosecution_report: "sanctions"
};

const emptyRow = (area: string): NationalRow => ({area, operations: 0, reportBack1: 0, reportBack2: 0, reportBack3: 0, final: 0, sanctions: 0, total: 0});

/**
 * Per area with a decision in the span, sorted by area: distinct operations with any decision, the five decision
 * columns and their sum; and the total row, which sums the area rows (an operation in two areas counts in each).
 */
export function nationalTable(cells: readonly NationalCell[]): {areas: NationalRow[]; total: NationalRow} {
  const areas = new Map<string, {row: NationalRow; operations: Set<string>}>();
  for (const c of cells) {
    const a = areas.get(c.area) ?? {row: emptyRow(c.area), operations: new Set<string>()};
    a.operations.add(c.operation);
    if (c.column !== "other") {
      (a.row[c.column] as number) += c.decisions;
      a.row.total += c.decisions;
    }
    areas.set(c.area, a);
  }
  const list = [...areas.values()].map(({row, operations}) => ({...row, operations: operations.size})).sort((a, b) => (a.area < b.area ? -1 : 1));
  const total = emptyRow("total");
  for (const row of list) for (const k of Object.keys(total) as (keyof NationalRow)[]) if (k !== "area") (total[k] as number) += row[k] as number;
  return {areas: list, total};
}

/** The national-supervision decisions of the CSV rows dated in the span, one cell each. */
export function nationalCells(rows: readonly CsvRow[], span: Span): NationalCell[] {
  return rows
    .filter((r) => r.national_area !== "" && inSpan(r.decision_date!, span))
    .map((r) => ({area: r.national_area!, operation: r.operation_id!, column: COLUMN[r.decision_type!] ?? "other", decisions: 1}));
}

