/**
 * The counts a data loader writes for the decision pages (decision-counts.json), and back. Compact columnar JSON: each
 * text column is a dictionary of its distinct values plus one index per row. At the sample's size the file is a few
 * kilobytes; it needs no library in the browser (an Arrow file would need apache-arrow, about 200 kB, and DuckDB 36 MB).
 */
import type {CaseType, Department, OperationType} from "../extract/codes.js";
import type {CountRow} from "./counts.js";
import type {DecisionCounts} from "./decision-view.js";

const TEXT_COLUMNS = ["unit", "department", "operation_type", "case_type", "tertial"] as const;
type TextColumn = (typeof TEXT_COLUMNS)[number];

/** One table of count rows, column by column. */
export interface CountColumns {
  rows: number;
  /** Distinct values per text column, sorted. */
  values: Record<TextColumn, string[]>;
  /** Per text column, each row's index into `values`. */
  index: Record<TextColumn, number[]>;
  cases: number[];
  events: number[];
}

export interface DecisionCountsFile {
  /** Format version: a page refuses a file it does not know. */
  version: 1;
  withoutDeficiencies: CountColumns;
  delegation: CountColumns;
}

function encodeRows(rows: readonly CountRow[]): CountColumns {
  const values = {} as Record<TextColumn, string[]>;
  const index = {} as Record<TextColumn, number[]>;
  for (const c of TEXT_COLUMNS) {
    values[c] = [...new Set(rows.map((r) => r[c]))].sort();
    const at = new Map(values[c].map((v, i) => [v, i]));
    index[c] = rows.map((r) => at.get(r[c])!);
  }
  return {rows: rows.length, values, index, cases: rows.map((r) => r.cases), events: rows.map((r) => r.events)};
}

function decodeRows(cols: CountColumns): CountRow[] {
  const out: CountRow[] = [];
  const v = (c: TextColumn, i: number) => cols.values[c][cols.index[c][i]!]!;
  for (let i = 0; i < cols.rows; i++) {
    out.push({
      unit: v("unit", i),
      department: v("department", i) as Department,
      operation_type: v("operation_type", i) as OperationType,
      case_type: v("case_type", i) as CaseType,
      tertial: v("tertial", i),
      cases: cols.cases[i]!,
      events: cols.events[i]!
    });
  }
  return out;
}

/** The counts as the file's JSON value. */
export function encodeDecisionCounts(counts: DecisionCounts): DecisionCountsFile {
  return {version: 1, withoutDeficiencies: encodeRows(counts.withoutDeficiencies), delegation: encodeRows(counts.delegation)};
}

/** The counts of a file's JSON value; throws a readable error for a file of another version. */
export function decodeDecisionCounts(file: DecisionCountsFile): DecisionCounts {
  if (file?.version !== 1) throw new Error(`decision-counts.json: unknown format version ${String((file as {version?: unknown})?.version)}`);
  return {withoutDeficiencies: decodeRows(file.withoutDeficiencies), delegation: decodeRows(file.delegation)};
}
