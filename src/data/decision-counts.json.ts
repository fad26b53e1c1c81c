// Data loader → decision-counts.json: stage (a) of the decision measures (counts per decision-maker, department, type
// of operation, case type and tertial) for the page Beslut utan brister and the decision-maker pages.
import {loadCountsForBuild} from "../../loaders/pipeline/build-counts.js";
import {dataLoader} from "../../loaders/pipeline/run-loader.js";
import {encodeDecisionCounts} from "../lib/measures/counts-file.js";

export default dataLoader(import.meta.url, async () => JSON.stringify(encodeDecisionCounts((await loadCountsForBuild()).counts.decisions)));
