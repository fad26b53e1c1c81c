import {describe, expect, it} from "vitest";
import {existsSync, readFileSync} from "node:fs";
import {readdir} from "node:fs/promises";
import {tempDir} from "../../helpers/temp-dir.js";
import {join} from "node:path";
import {fillNpmCache, OFFLINE_PACKAGES, UNBUNDLED_PACKAGES, UNBUNDLED_VERSION} from "../../../loaders/build/offline-npm-cache.js";
import {PROJECT_ROOT} from "../../../loaders/pipeline/data-directory.js";

describe("fillNpmCache(root)", () => {
  it("writes one self-contained browser bundle per package, with the files DuckDB loads by path", async () => {
    const root = tempDir("npm");
    const written = await fillNpmCache(root, OFFLINE_PACKAGES, PROJECT_ROOT);
    expect(written).toHaveLength(OFFLINE_PACKAGES.length);
    for (const entry of written) {
      const dir = join(root, ".observablehq/cache/_npm", entry);
      const bundle = readFileSync(join(dir, "_esm.js"), "utf8");
      // No import left for Framework to resolve against a CDN.
      // (DuckDB-WASM's bundle still contains an unused helper naming a CDN; the browser test proves no
      // request leaves the site.)
      expect(/(?:from|import)\s*\(?\s*["']\/npm\//.test(bundle), entry).toBe(false);
      const version = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
      expect(entry.endsWith(`@${version}`)).toBe(true);
    }
    const duckdb = written.find((e) => e.startsWith("@duckdb/duckdb-wasm@"))!;
    // Framework pins DuckDB-WASM to 1.29.0; another version would make it ask the registry.
    expect(duckdb).toBe("@duckdb/duckdb-wasm@1.29.0");
    for (const file of OFFLINE_PACKAGES.find((p) => p.name === "@duckdb/duckdb-wasm")!.files!) {
      expect(existsSync(join(root, ".observablehq/cache/_npm", duckdb, file)), file).toBe(true);
    }
    for (const name of UNBUNDLED_PACKAGES) {
      expect(existsSync(join(root, ".observablehq/cache/_npm", `${name}@${UNBUNDLED_VERSION}`))).toBe(true);
    }
  });

  it("replaces an earlier cache, so only the installed versions remain", async () => {
    const root = tempDir("npm");
    await fillNpmCache(root, [{name: "htl"}], PROJECT_ROOT);
    await fillNpmCache(root, [{name: "isoformat"}], PROJECT_ROOT);
    const entries = (await readdir(join(root, ".observablehq/cache/_npm"))).filter((e) => !e.includes(UNBUNDLED_VERSION) && !e.startsWith("@"));
    expect(entries).toEqual([expect.stringMatching(/^isoformat@/)]);
  });
});
