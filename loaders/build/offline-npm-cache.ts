/**
 * Fills Observable Framework's npm cache (<root>/.observablehq/cache/_npm) from node_modules, so that
 * `framework build` and `framework preview` never download from a CDN. Framework resolves `npm:`
 * imports to the versions it finds in this cache before asking anywhere else; each package becomes one
 * self-contained browser ESM bundle (no further `/npm/` imports to resolve), plus the files a package
 * loads by path (DuckDB-WASM's workers and WebAssembly).
 */
import {copyFile, mkdir, readFile, rm, writeFile} from "node:fs/promises";
import {dirname, join} from "node:path";
import {build, type BuildOptions} from "esbuild";

export interface CachedPackage {
  /** npm package name, as pages and Framework import it (`npm:<name>`). */
  readonly name: string;
  /** Files the package loads by path at run time, relative to the package folder. */
  readonly files?: readonly string[];
}

/**
 * Every package a lika page may import through `npm:`, explicitly or through Framework's implicit
 * imports (Plot, d3, Inputs, htl, the DuckDB client behind `sql`, apache-arrow for FileAttachment.arrow).
 * A page importing anything else fails the offline build loudly instead of calling a CDN.
 */
export const OFFLINE_PACKAGES: readonly CachedPackage[] = [
  {name: "@observablehq/plot"},
  {name: "d3"},
  {name: "htl"},
  {name: "isoformat"},
  {name: "@observablehq/inputs"},
  {name: "apache-arrow"},
  {name: "arquero"},
  {name: "d3-dsv"},
  {
    name: "@duckdb/duckdb-wasm",
    files: ["dist/duckdb-eh.wasm", "dist/duckdb-browser-eh.worker.js", "dist/duckdb-mvp.wasm", "dist/duckdb-browser-mvp.worker.js"]
  }
];

/**
 * Packages Framework's client bundle names in lazy imports (recommended libraries such as `echarts`)
 * that lika pages do not use. Framework only needs a version for each to write the import map; an
 * empty cache folder supplies one without asking the registry. A page that really imports one of
 * them fails the build (nothing to bundle) instead of reaching for a CDN.
 */
export const UNBUNDLED_PACKAGES: readonly string[] = [
  "react",
  "react-dom",
  "lodash",
  "echarts",
  "leaflet",
  "mapbox-gl",
  "topojson-client",
  "parquet-wasm",
  "@observablehq/sample-datasets"
];

/** Version given to the placeholder folders of unbundled packages. */
export const UNBUNDLED_VERSION = "0.0.0-not-bundled";

/** esbuild's options for a self-contained browser module (also used for the node-import bundles, offline-node-cache.ts). */
export const BROWSER_BUNDLE = {
  bundle: true,
  format: "esm",
  platform: "browser",
  conditions: ["browser", "import", "module"],
  mainFields: ["browser", "module", "main"],
  target: "es2022",
  minify: true,
  legalComments: "none",
  logLevel: "error"
} as const satisfies BuildOptions;

/** The folder and package.json of a package installed at the top of the project's node_modules. */
async function installedPackage(name: string, projectDir: string): Promise<{dir: string; version: string; json: string}> {
  const path = join(projectDir, "node_modules", name, "package.json");
  const json = await readFile(path, "utf8");
  return {dir: dirname(path), version: (JSON.parse(json) as {version: string}).version, json};
}

/**
 * Writes `_npm/<name>@<version>/_esm.js`, its package.json and its extra files for every package.
 * Removes any earlier `_npm` folder first, so the cache holds exactly these versions.
 * Returns the cache entries written, e.g. ["d3@7.9.2", …].
 */
export async function fillNpmCache(root: string, packages: readonly CachedPackage[] = OFFLINE_PACKAGES, projectDir = process.cwd()): Promise<string[]> {
  const cacheDir = join(root, ".observablehq", "cache", "_npm");
  await rm(cacheDir, {recursive: true, force: true});
  const written: string[] = [];
  for (const pkg of packages) {
    const {dir, version, json} = await installedPackage(pkg.name, projectDir);
    const outDir = join(cacheDir, `${pkg.name}@${version}`);
    await mkdir(outDir, {recursive: true});
    await build({...BROWSER_BUNDLE, entryPoints: [pkg.name], absWorkingDir: projectDir, outfile: join(outDir, "_esm.js")});
    await writeFile(join(outDir, "package.json"), json);
    for (const file of pkg.files ?? []) {
      await mkdir(dirname(join(outDir, file)), {recursive: true});
      await copyFile(join(dir, file), join(outDir, file));
    }
    written.push(`${pkg.name}@${version}`);
  }
  for (const name of UNBUNDLED_PACKAGES) await mkdir(join(cacheDir, `${name}@${UNBUNDLED_VERSION}`), {recursive: true});
  return written;
}
