// Data loader → escalation-counts.json: stage (a) of the escalation measures (moves per decision-maker, department, type
// of operation, case type and tertial; episodes and demanding spells with their dates) for the page Eskaleringstrappor.
import {loadCountsForBuild} from "../../loaders/pipeline/build-counts.js";
import {dataLoader} from "../../loaders/pipeline/run-loader.js";
import {encodeCountsFile} from "../lib/counts-file/codec.js";
import {ESCALATION_COUNTS_FILE} from "../lib/measures/escalation-counts-file.js";

export default dataLoader(import.meta.url, async () => JSON.stringify(encodeCountsFile(ESCALATION_COUNTS_FILE, (await loadCountsForBuild()).counts.escalation)));
