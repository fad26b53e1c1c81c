// The prepare step's bundles of node_modules imports: one per import of the pages' code, where Framework looks for them,
// importing nothing but each other's shared chunks; and the list covers every bare import the pages' code makes.
import {readFileSync} from "node:fs";
import {readdir, readFile} from "node:fs/promises";
import {dirname, join, relative} from "node:path";
import {describe, expect, it} from "vitest";
import {fillNodeCache, NODE_BUNDLES, nodeCachePath, SHARED_CHUNKS} from "../../../loaders/build/offline-node-cache.js";
import {PROJECT_ROOT} from "../../../loaders/pipeline/data-directory.js";
import {tempDir} from "../../helpers/temp-dir.js";

/** Import specifiers of a minified bundle (static and dynamic). */
function importsOf(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** Import specifiers of source code: import/export statements at the start of a line, and dynamic imports. */
function sourceImportsOf(code: string): string[] {
  const statements = [...code.matchAll(/^\s*(?:import|export)\b(?:[^;"'=()]*?\bfrom)?\s*["']([^"']+)["']/gm)].map((m) => m[1]!);
  const dynamic = [...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
  return [...statements, ...dynamic];
}

describe("fillNodeCache(root)", () => {
  it("writes a bundle for every import at the path Framework resolves it to, importing only shared chunks by relative path", {timeout: 60_000}, async () => {
    const root = tempDir("node-cache");
    const written = await fillNodeCache(root, NODE_BUNDLES, PROJECT_ROOT);
    expect(written).toEqual(await Promise.all(NODE_BUNDLES.map((s) => nodeCachePath(s, PROJECT_ROOT))));
    expect(written).toContain("@observablehq/plot@0.6.17/index.js");
    expect(written).toContain("@noble/hashes@2.4.0/sha2.js");
    const cache = join(root, ".observablehq/cache/_node");
    for (const path of written) {
      for (const spec of importsOf(readFileSync(join(cache, path), "utf8"))) {
        expect(spec.startsWith("."), `${path} imports ${spec}`).toBe(true);
        expect(relative(cache, join(cache, dirname(path), spec)).startsWith(`${SHARED_CHUNKS}/`), `${path} imports ${spec}`).toBe(true);
      }
    }
    // d3 is in Plot and in d3: shared, not twice.
    const chunks = await readdir(join(cache, SHARED_CHUNKS));
    expect(chunks.length).toBeGreaterThan(0);
  });

  it("lists every package the pages' code imports (a missing one would load as many small modules again)", async () => {
    const files = (await readdir(join(PROJECT_ROOT, "src"), {recursive: true, withFileTypes: true}))
      .filter((e) => e.isFile() && /\.(ts|js|md)$/.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      // Data loaders and the build's cache run in Node or are generated, not in pages.
      .filter((f) => !f.includes(`${join("src", "data")}`) && !f.includes(".observablehq"));
    const bare = new Set<string>();
    for (const file of files) {
      for (const spec of sourceImportsOf(await readFile(file, "utf8"))) {
        if (spec.startsWith(".") || spec.startsWith("/") || spec.startsWith("npm:") || spec.startsWith("node:")) continue;
        bare.add(spec);
      }
    }
    expect(bare.size).toBeGreaterThan(5);
    expect([...bare].filter((s) => !NODE_BUNDLES.includes(s)).sort()).toEqual([]);
  });
});
