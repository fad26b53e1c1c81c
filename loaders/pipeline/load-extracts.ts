/**
 * Reads a folder of extracts: every file through the same reader, rule set and privacy guard, giving
 * the accepted rows and a report per file. (Interface stable; the implementation is being replaced by
 * the streaming, quarantining pipeline.)
 */
import {join} from "node:path";
import type {DecisionRow} from "../../src/lib/extract/decision-row.js";
import type {InspectionRow} from "../../src/lib/extract/inspection-row.js";
import type {PreparationRow} from "../../src/lib/extract/preparation-row.js";
import type {ExtractReport} from "../../src/lib/extract/report.js";
import {loadDecisions} from "./load-decisions.js";

export interface LoadedExtracts {
  decisions: DecisionRow[];
  inspections: InspectionRow[];
  preparations: PreparationRow[];
  reports: ExtractReport[];
}

export interface LoadOptions {
  /** Environment to read LIKA_PSEUDONYM_KEY from (default: process.env). */
  env?: NodeJS.ProcessEnv;
}

export async function loadExtracts(dir: string, _options: LoadOptions = {}): Promise<LoadedExtracts> {
  const decisions = await loadDecisions(join(dir, "decisions.csv"));
  const report: ExtractReport = {
    extract: "decisions", file: "decisions.csv", present: true, encoding: "utf-8", encodingReason: null, delimiter: ",",
    rowsRead: decisions.length, rowsAccepted: decisions.length, rowsQuarantined: 0, quarantinedByReason: {}, problems: [], warnings: [], fatal: null
  };
  return {decisions, inspections: [], preparations: [], reports: [report]};
}
