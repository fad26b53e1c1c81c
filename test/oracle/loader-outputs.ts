/** The data loaders' outputs for the sample, produced in this process by their produce functions (as the build's prepare step runs them). */
import {readFileSync} from "node:fs";
import childCounts from "../../src/data/child-conversation-counts.json.js";
import decisionCounts from "../../src/data/decision-counts.json.js";
import escalationCounts from "../../src/data/escalation-counts.json.js";
import nationalCounts from "../../src/data/national-supervision-counts.json.js";
import preparationCounts from "../../src/data/preparation-counts.json.js";
import type {CountsFiles} from "./decode-counts.js";

/**
 * The loaders' outputs for the built-in sample (LIKA_DATA_DIR is cleared). ORACLE_DECISION_COUNTS=<file> replaces decision-counts.json with a file of one's
 * own (e.g. one count changed by hand) to see the oracle fail on it.
 */
export async function loaderOutputs(): Promise<CountsFiles> {
  delete process.env.LIKA_DATA_DIR;
  const text = async (produce: () => Promise<Uint8Array | string>) => String(await produce());
  const own = process.env.ORACLE_DECISION_COUNTS;
  return {
    decisions: own ? readFileSync(own, "utf8") : await text(decisionCounts),
    children: await text(childCounts),
    escalation: await text(escalationCounts),
    national: await text(nationalCounts),
    preparations: await text(preparationCounts)
  };
}
