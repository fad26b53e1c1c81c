/**
 * Runs before every build and preview:
 * 1. drops Framework's cache (its loader cache is keyed on the loader file only, so a changed extract
 *    or helper would otherwise be ignored);
 * 2. fills the npm cache from node_modules so nothing is fetched from a CDN, and the cache of node_modules imports
 *    with one bundle per package (few modules for a page to load);
 * 3. runs the data loaders into Framework's cache with fixed modification times. Framework embeds an
 *    output's mtime in the page (FileAttachment.lastModified) and in module hashes, so outputs written
 *    at build time would make two builds of the same extract differ. Framework finds them fresh and
 *    does not run the loaders again.
 */
import {rm} from "node:fs/promises";
import {join} from "node:path";
import {fillNodeCache} from "./offline-node-cache.js";
import {fillNpmCache} from "./offline-npm-cache.js";
import {runDataLoaders} from "./run-data-loaders.js";
import {useLargeYoungGeneration} from "../pipeline/young-generation.js";

useLargeYoungGeneration();

const root = process.argv[2] ?? "src";
try {
  await rm(join(root, ".observablehq", "cache"), {recursive: true, force: true});
  const packages = await fillNpmCache(root);
  console.error(`lika: offline npm cache filled for ${packages.length} packages`);
  const bundles = await fillNodeCache(root);
  console.error(`lika: one browser bundle each for ${bundles.length} imports of the pages' code`);
  const outputs = await runDataLoaders(root);
  console.error(`lika: data loaders ran: ${outputs.join(", ")}`);
} catch (error) {
  console.error(`lika: could not prepare the build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
