/**
 * Stage (a) of every measure for the data loaders, computed once per set of extracts: when the prepare step runs every
 * loader in one process (`shareExtracts`), the counts files and the overview share one pass over the rows.
 */
import {tertialCounts, type AnalysisInput, type TertialCounts} from "../../src/lib/measures/analysis.js";
import {dataDirectory} from "./data-directory.js";
import {loadExtractsForBuild, type BuildExtracts} from "./build-extracts.js";

const computed = new WeakMap<AnalysisInput, TertialCounts>();

/** `tertialCounts(extracts)`, remembered for the same extracts object (the counts are never modified). */
export function countsOfExtracts(extracts: AnalysisInput): TertialCounts {
  let counts = computed.get(extracts);
  if (counts === undefined) computed.set(extracts, (counts = tertialCounts(extracts)));
  return counts;
}

/** The extracts of the data folder and their stage (a) counts. */
export async function loadCountsForBuild(): Promise<{extracts: BuildExtracts; counts: TertialCounts}> {
  const extracts = await loadExtractsForBuild(dataDirectory());
  return {extracts, counts: countsOfExtracts(extracts)};
}
