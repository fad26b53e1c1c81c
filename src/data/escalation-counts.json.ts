// Data loader → escalation-counts.json: stage (a) of the escalation measures (moves per decision-maker, department, type
// of operation, case type and tertial; episodes and demanding spells with their dates) for the page Eskaleringstrappor.
import {dataDirectory} from "../../loaders/pipeline/data-directory.js";
import {loadExtractsForBuild} from "../../loaders/pipeline/build-extracts.js";
import {runLoader} from "../../loaders/pipeline/run-loader.js";
import {escalationCounts} from "../lib/measures/escalation.js";
import {encodeEscalationCounts} from "../lib/measures/escalation-counts-file.js";

await runLoader(async () => JSON.stringify(encodeEscalationCounts(escalationCounts((await loadExtractsForBuild(dataDirectory())).decisions))));
