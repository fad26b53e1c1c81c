// Data loader → decision-rows.arrow: the pseudonymised decision rows for the page Sök beslut (internal), which queries
// them with DuckDB-WASM in the browser. The only page that loads rows; every other page loads aggregates.
import {dataDirectory} from "../../loaders/pipeline/data-directory.js";
import {loadExtractsForBuild} from "../../loaders/pipeline/build-extracts.js";
import {decisionRowsArrow} from "../../loaders/pipeline/decision-rows.js";
import {runLoader} from "../../loaders/pipeline/run-loader.js";

await runLoader(async () => decisionRowsArrow((await loadExtractsForBuild(dataDirectory())).decisions));
