// Data loader → data-quality.json: how each extract was read and where every row went (page Datakvalitet).
import {dataDirectory} from "../../loaders/pipeline/data-directory.js";
import {loadExtracts} from "../../loaders/pipeline/load-extracts.js";
import {runLoader} from "../../loaders/pipeline/run-loader.js";

// Never fails on a file that cannot be read: reporting that is this page's purpose.
await runLoader(async () => {
  const {reports, info} = await loadExtracts(dataDirectory());
  return JSON.stringify({period: info?.period ?? null, extracted: info?.extracted ?? null, files: reports}, null, 1);
});
