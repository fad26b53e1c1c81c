/**
 * The ingest the budgets speak of, as a build runs it: read, validate and pseudonymise all three extracts
 * in $LIKA_DATA_DIR and write every page's data (Framework's data loaders), from a cold cache. Run by the
 * bench as its own process.
 */
import {rm} from "node:fs/promises";
import {join} from "node:path";
import {PROJECT_ROOT} from "../../loaders/pipeline/data-directory.js";
import {runDataLoaders} from "../../loaders/build/run-data-loaders.js";
import {useLargeYoungGeneration} from "../../loaders/pipeline/young-generation.js";

// As the build's prepare step runs them.
useLargeYoungGeneration();

const root = join(PROJECT_ROOT, "src");
const cache = join(root, ".observablehq", "cache");
// Cold: drop the loader outputs and the once-per-build extract cache, keep the npm bundles (not ingest).
for (const entry of ["data", "lika"]) await rm(join(cache, entry), {recursive: true, force: true});
const outputs = await runDataLoaders(root);
console.log(JSON.stringify({outputs}));
