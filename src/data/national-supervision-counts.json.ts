// Data loader → national-supervision-counts.json: stage (a) of the national-supervision table (decisions per area,
// pseudonymous operation, tertial and decision column; 18 kB for the sample), so the page Nationella tillsyner computes the table
// for any period without the decision rows or DuckDB.
import {loadCountsForBuild} from "../../loaders/pipeline/build-counts.js";
import {dataLoader} from "../../loaders/pipeline/run-loader.js";
import {encodeCountsFile} from "../lib/counts-file/codec.js";
import {NATIONAL_SUPERVISION_COUNTS_FILE} from "../lib/measures/national-supervision-counts-file.js";

export default dataLoader(import.meta.url, async () => JSON.stringify(encodeCountsFile(NATIONAL_SUPERVISION_COUNTS_FILE, (await loadCountsForBuild()).counts.national)));
