// Data loader → decision-rows.arrow: the pseudonymised decision rows for the page Sök beslut (internal), which queries
// them with DuckDB-WASM in the browser. The only page that loads rows; every other page loads aggregates.
import {dataDirectory} from "../../loaders/pipeline/data-directory.js";
import {loadExtractsForBuild} from "../../loaders/pipeline/build-extracts.js";
import {decisionRowsArrow} from "../../loaders/pipeline/decision-rows.js";
import {dataLoader} from "../../loaders/pipeline/run-loader.js";

export default dataLoader(import.meta.url, async () => decisionRowsArrow((await loadExtractsForBuild(dataDirectory())).decisions));
