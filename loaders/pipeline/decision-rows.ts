/**
 * The decision rows the page Sök beslut queries with DuckDB-WASM: every accepted decision of the extract, pseudonymised
 * as all outputs are (decision-makers as dm_… ids; no operation or case id leaves the build), with its tertial and its
 * deficiency areas as one "a|b" text (DuckDB splits it; Arrow lists would need more code on both sides for no gain).
 */
import type {DecisionRow} from "../../src/lib/extract/decision-row.js";
import {tertialKey} from "../../src/lib/period.js";
import {columnsToArrowIPC} from "./arrow.js";

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

/** The columns of the search table, built straight from the rows (no object per row on the way). */
export function searchColumns(decisions: readonly DecisionRow[]): Record<keyof typeof DECISION_ROWS_ARROW_COLUMNS, string[]> {
  const tertialOf = new Map<string, string>();
  return {
    decision_id: decisions.map((d) => d.decision_id),
    decision_date: decisions.map((d) => d.decision_date),
    tertial: decisions.map((d) => {
      let t = tertialOf.get(d.decision_date);
      if (t === undefined) tertialOf.set(d.decision_date, (t = tertialKey(d.decision_date)));
      return t;
    }),
    department: decisions.map((d) => d.department),
    operation_type: decisions.map((d) => d.operation_type),
    case_type: decisions.map((d) => d.case_type),
    decision_type: decisions.map((d) => d.decision_type),
    deficiency_areas: decisions.map((d) => d.deficiency_areas.join("|")),
    decision_maker: decisions.map((d) => d.decision_maker)
  };
}

export function decisionRowsArrow(decisions: readonly DecisionRow[]): Uint8Array {
  return columnsToArrowIPC(searchColumns(decisions), DECISION_ROWS_ARROW_COLUMNS);
}
