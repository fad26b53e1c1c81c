// The prepare step's loader runner: every loader of a Framework root in one process, on extracts read once, outputs
// written whole with fixed modification times; a failing loader names itself and leaves no output.
import {mkdir, readFile, stat, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {describe, expect, it} from "vitest";
import {PROJECT_ROOT} from "../../../loaders/pipeline/data-directory.js";
import {OUTPUT_MTIME, runDataLoaders} from "../../../loaders/build/run-data-loaders.js";
import {tempDir} from "../../helpers/temp-dir.js";

const project = (path: string) => pathToFileURL(join(PROJECT_ROOT, path)).href;

/** A loader that reads the built-in sample through the build's extract reader and writes what it got. */
function sampleLoader(name: string): string {
  return `import {readBuildExtracts} from ${JSON.stringify(project("loaders/pipeline/build-extracts.ts"))};
import {dataLoader} from ${JSON.stringify(project("loaders/pipeline/run-loader.ts"))};
const g = globalThis as {likaTestReads?: unknown[]};
export default dataLoader(import.meta.url, async () => {
  const extracts = await readBuildExtracts(${JSON.stringify(join(PROJECT_ROOT, "data/sample"))}, {});
  (g.likaTestReads ??= []).push(extracts);
  return JSON.stringify({loader: ${JSON.stringify(name)}, decisions: extracts.decisions.length, same: g.likaTestReads.every((e) => e === extracts)});
});
`;
}

describe("runDataLoaders(root)", () => {
  it("runs every loader in this process on the same extracts, read once, and fixes the outputs' modification times", {timeout: 60_000}, async () => {
    const root = tempDir("loaders");
    await mkdir(join(root, "data"));
    await writeFile(join(root, "data", "a.json.ts"), sampleLoader("a"));
    await writeFile(join(root, "data", "b.json.ts"), sampleLoader("b"));
    expect(await runDataLoaders(root)).toEqual(["data/a.json", "data/b.json"]);
    const a = JSON.parse(await readFile(join(root, ".observablehq/cache/data/a.json"), "utf8"));
    const b = JSON.parse(await readFile(join(root, ".observablehq/cache/data/b.json"), "utf8"));
    expect(a).toEqual({loader: "a", decisions: expect.any(Number), same: true});
    expect(a.decisions).toBeGreaterThan(20_000);
    expect(b).toEqual({loader: "b", decisions: a.decisions, same: true});
    expect((await stat(join(root, ".observablehq/cache/data/b.json"))).mtime).toEqual(OUTPUT_MTIME);
  });

  it("names the loader that failed, with its message, and leaves no output of it", async () => {
    const root = tempDir("loaders");
    await mkdir(join(root, "data"));
    await writeFile(
      join(root, "data", "broken.json.ts"),
      `import {dataLoader} from ${JSON.stringify(project("loaders/pipeline/run-loader.ts"))};\nexport default dataLoader(import.meta.url, async () => { throw new Error("decisions.csv is not in the folder"); });\n`
    );
    await expect(runDataLoaders(root)).rejects.toThrow(/broken\.json\.ts failed: decisions\.csv is not in the folder/);
    await expect(stat(join(root, ".observablehq/cache/data/broken.json"))).rejects.toThrow();
  });
});
