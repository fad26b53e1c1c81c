/**
 * Fills Framework's cache of node_modules imports (<root>/.observablehq/cache/_node) with one self-contained browser
 * bundle per package the pages' code imports. Left to itself, Framework bundles each package with its dependencies as
 * further modules: the stats functions alone became 146 small @stdlib modules and Plot 30 d3 modules, which a browser
 * fetches as a chain of imports (about 1.6 s of Beslut utan brister's first chart). Framework uses a file it finds at
 * the path it would have written, so a page now loads one module per package, plus the chunks they share.
 */
import {mkdir, readFile} from "node:fs/promises";
import {extname, join} from "node:path";
import {build} from "esbuild";
import {BROWSER_BUNDLE} from "./offline-npm-cache.js";

/** Every bare import of the code that runs in pages (src/components, src/lib, the pages); a test keeps this complete. */
export const NODE_BUNDLES: readonly string[] = [
  "@observablehq/plot",
  "d3",
  "papaparse",
  "@noble/hashes/hmac.js",
  "@noble/hashes/sha2.js",
  "@noble/hashes/utils.js",
  "@stdlib/math-base-special-erfcinv",
  "@stdlib/stats-base-dists-beta-quantile",
  "@stdlib/stats-base-dists-binomial-cdf",
  "@stdlib/stats-base-dists-binomial-pmf",
  "@stdlib/stats-base-dists-binomial-quantile",
  "@stdlib/stats-base-dists-chisquare-cdf",
  "@stdlib/stats-base-dists-normal-cdf"
];

/** Folder (under _node) of the chunks the bundles share. */
export const SHARED_CHUNKS = "_shared";

/** The package name and the path inside it, as Framework splits a specifier ("@noble/hashes", "sha2.js"). */
function splitSpecifier(specifier: string): {name: string; path: string} {
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.splice(0, 2).join("/") : parts.splice(0, 1)[0]!;
  return {name, path: parts.length > 0 ? parts.join("/") : "."};
}

/** Where Framework looks for the bundle of `specifier` under _node: `<name>@<version>/<file>`, as its resolver names it. */
export async function nodeCachePath(specifier: string, projectDir: string): Promise<string> {
  const {name, path} = splitSpecifier(specifier);
  const {version} = JSON.parse(await readFile(join(projectDir, "node_modules", name, "package.json"), "utf8")) as {version: string};
  return `${name}@${version}/${extname(path) ? path : path === "." ? "index.js" : `${path}.js`}`;
}

/**
 * Writes the bundles into `<root>/.observablehq/cache/_node` in one esbuild run with code splitting: code two bundles
 * need (d3 in Plot and in d3, the special functions of the @stdlib distributions) goes once into a shared chunk that
 * both import by relative path. Returns the paths of the bundles (relative to _node).
 */
export async function fillNodeCache(root: string, specifiers: readonly string[] = NODE_BUNDLES, projectDir = process.cwd()): Promise<string[]> {
  const cacheDir = join(root, ".observablehq", "cache", "_node");
  const targets = await Promise.all(specifiers.map((s) => nodeCachePath(s, projectDir)));
  await mkdir(cacheDir, {recursive: true});
  await build({
    ...BROWSER_BUNDLE,
    entryPoints: Object.fromEntries(specifiers.map((s, i) => [targets[i]!.replace(/\.js$/, ""), s])),
    absWorkingDir: projectDir,
    splitting: true,
    define: {"process.env.NODE_ENV": JSON.stringify("production")},
    chunkNames: `${SHARED_CHUNKS}/[name]-[hash]`,
    outdir: cacheDir
  });
  return targets;
}
