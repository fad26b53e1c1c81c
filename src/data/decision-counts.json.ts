// Data loader → decision-counts.json: stage (a) of the decision measures (counts per decision-maker, department, type
// of operation, case type and tertial) for the page Beslut utan brister and the decision-maker pages.
import {dataDirectory} from "../../loaders/pipeline/data-directory.js";
import {loadExtractsForBuild} from "../../loaders/pipeline/build-extracts.js";
import {runLoader} from "../../loaders/pipeline/run-loader.js";
import {decisionCounts} from "../lib/measures/decision-view.js";
import {encodeDecisionCounts} from "../lib/measures/counts-file.js";

await runLoader(async () => JSON.stringify(encodeDecisionCounts(decisionCounts((await loadExtractsForBuild(dataDirectory())).decisions))));
