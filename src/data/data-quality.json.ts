// Data loader → data-quality.json: how each extract was read and where every row went (page Datakvalitet).
import {dataDirectory} from "../../loaders/pipeline/data-directory.js";
import {readBuildExtracts} from "../../loaders/pipeline/build-extracts.js";
import {dataLoader} from "../../loaders/pipeline/run-loader.js";

// Never fails on a file that cannot be read: reporting that is this page's purpose.
export default dataLoader(import.meta.url, async () => {
  const {reports, info} = await readBuildExtracts(dataDirectory());
  return JSON.stringify({period: info?.period ?? null, extracted: info?.extracted ?? null, files: reports}, null, 1);
});
