/** The decision rows the national-supervision page queries (only national supervisions, few columns). */
import {join} from "node:path";
import type {DecisionRow} from "../../src/lib/extract/decision-row.js";
import {rowsToArrowIPC} from "./arrow.js";
import {loadDecisions} from "./load-decisions.js";

export const NATIONAL_DECISION_COLUMNS = {
  national_area: "code",
  operation_id: "string",
  department: "code",
  decision_date: "date",
  decision_type: "code"
} as const;

export function nationalDecisions(rows: readonly DecisionRow[]): DecisionRow[] {
  return rows.filter((d) => d.national_area !== null);
}

export async function nationalDecisionsArrow(dataDir: string): Promise<Uint8Array> {
  const rows = await loadDecisions(join(dataDir, "decisions.csv"));
  return rowsToArrowIPC(nationalDecisions(rows), NATIONAL_DECISION_COLUMNS);
}
