// Data loader → decision-counts.json: stage (a) of the decision measures (counts per decision-maker, department, type
// of operation, case type and tertial) for the page Beslut utan brister and the decision-maker pages.
import {loadCountsForBuild} from "../../loaders/pipeline/build-counts.js";
import {dataLoader} from "../../loaders/pipeline/run-loader.js";
import {encodeCountsFile} from "../lib/counts-file/codec.js";
import {DECISION_COUNTS_FILE} from "../lib/measures/decision-counts-file.js";

export default dataLoader(import.meta.url, async () => JSON.stringify(encodeCountsFile(DECISION_COUNTS_FILE, (await loadCountsForBuild()).counts.decisions)));
