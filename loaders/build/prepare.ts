/**
 * Runs before every build and preview: drops Framework's loader cache (it is keyed on the loader file
 * only, so a changed extract or helper would otherwise be ignored) and fills the npm cache from
 * node_modules so nothing is fetched from a CDN.
 */
import {rm} from "node:fs/promises";
import {join} from "node:path";
import {fillNpmCache} from "./offline-npm-cache.js";

const root = process.argv[2] ?? "src";
try {
  await rm(join(root, ".observablehq", "cache"), {recursive: true, force: true});
  const written = await fillNpmCache(root);
  console.error(`lika: loader cache cleared; offline npm cache filled for ${written.length} packages`);
} catch (error) {
  console.error(`lika: could not prepare the build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
