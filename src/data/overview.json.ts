// Data loader → overview.json: every tertial's analysis (as `lika analyze --period <tertial>` computes it) reduced to
// its headline figures and flags, and the extract's period, extraction date and fingerprint (page Översikt).
import {dataDirectory} from "../../loaders/pipeline/data-directory.js";
import {loadExtractsForBuild} from "../../loaders/pipeline/build-extracts.js";
import {overviewData} from "../../loaders/pipeline/overview-data.js";
import {dataLoader} from "../../loaders/pipeline/run-loader.js";

export default dataLoader(import.meta.url, async () => {
  const dir = dataDirectory();
  const extracts = await loadExtractsForBuild(dir);
  return JSON.stringify(await overviewData(dir, extracts, extracts.info));
});
