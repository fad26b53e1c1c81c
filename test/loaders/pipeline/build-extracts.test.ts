import {createHash} from "node:crypto";
import {describe, expect, it} from "vitest";
import {cp, readdir, readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {tempDir} from "../../helpers/temp-dir.js";
import {deserialize, serialize} from "node:v8";
import {PROJECT_ROOT} from "../../../loaders/pipeline/data-directory.js";
import {readBuildExtracts} from "../../../loaders/pipeline/build-extracts.js";
import {loadExtracts} from "../../../loaders/pipeline/load-extracts.js";

async function copyOf(fixture: string): Promise<string> {
  const dir = tempDir("build-extracts");
  await cp(join(PROJECT_ROOT, "test/fixtures/extracts", fixture), dir, {recursive: true});
  return dir;
}

describe("readBuildExtracts(dir, env, cacheDir)", () => {
  it("gives what loadExtracts gives, without the quarantine ledger", async () => {
    const dir = await copyOf("mixed");
    const cache = tempDir("cache");
    const {quarantine: _ledger, ...expected} = await loadExtracts(dir, {env: {}});
    expect(await readBuildExtracts(dir, {}, cache)).toEqual(expected);
  });

  it("reads the stored result back for the same inputs instead of parsing again", async () => {
    const dir = await copyOf("mixed");
    const cache = tempDir("cache");
    await readBuildExtracts(dir, {}, cache);
    const [file] = await readdir(cache);
    // Mark the stored result; a second read that parsed again would not carry the mark.
    const stored = deserialize(await readFile(join(cache, file!))) as {reports: {file: string}[]};
    stored.reports[0]!.file = "marked-as-cached.csv";
    await writeFile(join(cache, file!), serialize(stored));
    expect((await readBuildExtracts(dir, {}, cache)).reports[0]!.file).toBe("marked-as-cached.csv");
  });

  it("computes anew when an input file or the pseudonym key changes", async () => {
    const dir = await copyOf("mixed");
    const cache = tempDir("cache");
    await readBuildExtracts(dir, {}, cache);
    const decisions = join(dir, "decisions.csv");
    await writeFile(decisions, (await readFile(decisions, "utf8")) + "\n"); // a blank line: other bytes, same rows
    await readBuildExtracts(dir, {}, cache);
    expect((await readdir(cache)).filter((f) => f.endsWith(".v8"))).toHaveLength(2);
    const key = createHash("sha256").update("lika build-extracts test key").digest("hex"); // synthetic, test only
    await readBuildExtracts(dir, {LIKA_PSEUDONYM_KEY: key}, cache);
    expect((await readdir(cache)).filter((f) => f.endsWith(".v8"))).toHaveLength(3);
  });
});
