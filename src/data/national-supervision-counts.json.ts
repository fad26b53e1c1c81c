// Data loader → national-supervision-counts.json: stage (a) of the national-supervision table (decisions per area,
// pseudonymous operation, tertial and decision column; 26 kB for the sample), so the page Nationella tillsyner computes the table
// for any period without the decision rows or DuckDB.
import {dataDirectory} from "../../loaders/pipeline/data-directory.js";
import {loadExtractsForBuild} from "../../loaders/pipeline/build-extracts.js";
import {runLoader} from "../../loaders/pipeline/run-loader.js";
import {encodeNationalCounts, nationalSupervisionCounts} from "../lib/measures/national-supervision.js";

await runLoader(async () => JSON.stringify(encodeNationalCounts(nationalSupervisionCounts((await loadExtractsForBuild(dataDirectory())).decisions))));
