// Data loader → national-supervision.csv: the national-supervision table as a download for Excel.
import {dataDirectory} from "../../loaders/pipeline/data-directory.js";
import {loadExtractsForBuild} from "../../loaders/pipeline/build-extracts.js";
import {runLoader} from "../../loaders/pipeline/run-loader.js";
import {nationalSupervisionTable} from "../lib/measures/national-supervision.js";
import {nationalSupervisionCsv} from "../lib/measures/national-supervision-export.js";

await runLoader(async () => nationalSupervisionCsv(nationalSupervisionTable((await loadExtractsForBuild(dataDirectory())).decisions)));
