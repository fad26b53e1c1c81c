/** The decision rows the national-supervision page queries (only national supervisions, few columns). */
import type {DecisionRow} from "../../src/lib/extract/decision-row.js";
import {rowsToArrowIPC} from "./arrow.js";
import {loadExtractsForBuild} from "./build-extracts.js";

export const NATIONAL_DECISIONS_ARROW_COLUMNS = {
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
  const {decisions} = await loadExtractsForBuild(dataDir);
  return rowsToArrowIPC(nationalDecisions(decisions), NATIONAL_DECISIONS_ARROW_COLUMNS);
}
