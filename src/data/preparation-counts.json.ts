// Data loader → preparation-counts.json: stage (a) of preparations in Operativ samverkan (items presented and sent back
// per department and month) for the page Beredning. Under 2 kB; the page runs stage (b) on the months chosen.
import {loadCountsForBuild} from "../../loaders/pipeline/build-counts.js";
import {dataLoader} from "../../loaders/pipeline/run-loader.js";
import {encodeCountsFile} from "../lib/counts-file/codec.js";
import {PREPARATION_COUNTS_FILE} from "../lib/measures/preparation-counts-file.js";

export default dataLoader(import.meta.url, async () => JSON.stringify(encodeCountsFile(PREPARATION_COUNTS_FILE, (await loadCountsForBuild()).counts.preparations)));
