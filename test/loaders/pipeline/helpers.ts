// Temporary extract folders for the pipeline and CLI tests.
import {writeFile} from "node:fs/promises";
import {join} from "node:path";
import {tempDir} from "../../helpers/temp-dir.js";

export const DECISIONS_HEADER = "decision_id,case_id,operation_id,operation_type,case_type,national_area,department,decision_maker,decision_maker_role,case_opened,decision_date,decision_type,deficiencies,deficiency_areas";
export const DECISION_ROW = "B-1,A-1,op_bcdfghjklmnp,elderly_housing,national,elderly_housing,ost,dm_bcdfghjklmnp,unit_manager,2022-12-01,2023-01-02,report_back_1,yes,documentation|timeliness";

/** A new temporary folder holding `files` (name → text or bytes), removed after the test file. */
export async function extractFolder(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = tempDir("extract");
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}
