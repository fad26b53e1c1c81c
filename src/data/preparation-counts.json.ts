// Data loader → preparation-counts.json: stage (a) of preparations in Operativ samverkan (items presented and sent back
// per department and month) for the page Beredning. A few kilobytes; the page runs stage (b) on the months chosen.
import {dataDirectory} from "../../loaders/pipeline/data-directory.js";
import {loadExtractsForBuild} from "../../loaders/pipeline/build-extracts.js";
import {runLoader} from "../../loaders/pipeline/run-loader.js";
import {preparationCounts} from "../lib/measures/preparations.js";

await runLoader(async () => JSON.stringify({version: 1, rows: preparationCounts((await loadExtractsForBuild(dataDirectory())).preparations)}));
