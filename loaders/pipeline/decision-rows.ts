/**
 * The decision rows the page Sök beslut queries with DuckDB-WASM: every accepted decision of the extract, pseudonymised
 * as all outputs are (decision-makers as dm_… ids; no operation or case id leaves the build), with its tertial and its
 * deficiency areas as one "a|b" text (DuckDB splits it; Arrow lists would need more code on both sides for no gain).
 */
import type {DecisionRow} from "../../src/lib/extract/decision-row.js";
import {tertialKey} from "../../src/lib/measures/counts.js";
import {rowsToArrowIPC} from "./arrow.js";

export const DECISION_ROWS_ARROW_COLUMNS = {
  decision_id: "string",
  decision_date: "date",
  tertial: "code",
  department: "code",
  operation_type: "code",
  case_type: "code",
  decision_type: "code",
  deficiency_areas: "string",
  decision_maker: "code"
} as const;

/** The rows as the search table holds them. */
export function searchRows(decisions: readonly DecisionRow[]): Record<keyof typeof DECISION_ROWS_ARROW_COLUMNS, string>[] {
  return decisions.map((d) => ({
    decision_id: d.decision_id,
    decision_date: d.decision_date,
    tertial: tertialKey(d.decision_date),
    department: d.department,
    operation_type: d.operation_type,
    case_type: d.case_type,
    decision_type: d.decision_type,
    deficiency_areas: d.deficiency_areas.join("|"),
    decision_maker: d.decision_maker
  }));
}

export function decisionRowsArrow(decisions: readonly DecisionRow[]): Uint8Array {
  return rowsToArrowIPC(searchRows(decisions), DECISION_ROWS_ARROW_COLUMNS);
}
