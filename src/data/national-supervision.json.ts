// Data loader → national-supervision.json: the national-supervision table (an aggregate of a few hundred bytes), so the
// page Nationella tillsyner needs neither the decision rows nor DuckDB.
import {dataDirectory} from "../../loaders/pipeline/data-directory.js";
import {loadExtractsForBuild} from "../../loaders/pipeline/build-extracts.js";
import {runLoader} from "../../loaders/pipeline/run-loader.js";
import {nationalSupervisionTable} from "../lib/measures/national-supervision.js";

await runLoader(async () => JSON.stringify(nationalSupervisionTable((await loadExtractsForBuild(dataDirectory())).decisions)));
