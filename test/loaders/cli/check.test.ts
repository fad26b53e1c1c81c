import {describe, expect, it} from "vitest";
import {execFileSync, spawnSync} from "node:child_process";
import {readdir, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {tempDir} from "../../helpers/temp-dir.js";
import {checkHelp} from "../../../loaders/cli/check.js";
import {PROJECT_ROOT} from "../../../loaders/pipeline/data-directory.js";
import {SCHEMAS} from "../../../src/lib/extract/schema.js";
import type {ExtractReport} from "../../../src/lib/extract/report.js";
import {DECISION_ROW as ROW, DECISIONS_HEADER as HEADER, extractFolder} from "../pipeline/helpers.js";

function lika(...args: string[]): {status: number | null; stdout: string; stderr: string} {
  const result = spawnSync("node", ["loaders/bin/lika.js", "check", ...args], {cwd: PROJECT_ROOT, encoding: "utf8", env: {...process.env, LIKA_DEBUG: "", LIKA_PSEUDONYM_KEY: ""}});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}
const noStack = /\n\s+at /;

describe("checkHelp()", () => {
  it("lists every extract with exactly its required columns, taken from the schema", () => {
    const help = checkHelp();
    for (const schema of SCHEMAS) {
      const line = help.split("\n").find((l) => l.trim().startsWith(`${schema.name}.csv`));
      expect(line).toContain(schema.optional ? "(optional)" : "(required)");
      const required = help.split("\n")[help.split("\n").indexOf(line!) + 1]!;
      expect(required.trim()).toBe(`required columns: ${schema.columns.filter((c) => c.required).map((c) => c.name).join(", ")}`);
    }
  });
});

describe("lika check <dir> [--json] [--quarantine DIR]", {timeout: 60_000}, () => {
  it("prints encoding, delimiter, counts, reasons, the reconciliation and the first problems per file, and exits 0 with rows set aside", () => {
    const {status, stdout, stderr} = lika("test/fixtures/extracts/mixed");
    expect(status).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("period 2023-01-01 – 2023-12-31 (extract.json)");
    expect(stdout).toContain("  encoding:       UTF-8 — valid UTF-8, whole file checked (ASCII only)");
    expect(stdout).toContain("  delimiter:      comma (,)");
    expect(stdout).toContain("  reconciliation: 8 read = 4 accepted + 4 set aside");
    expect(stdout).toContain("        1  decision_type: impossible order");
    expect(stdout).toContain("    decisions.csv:6, column decision_id: duplicate id (first on line 2): 'B-1'");
    expect(stdout).toContain("  reconciliation: 5 read = 2 accepted + 3 set aside");
  });

  it("prints {ok, folder, files} with --json, the folder as given", () => {
    const {status, stdout} = lika("test/fixtures/extracts/mixed", "--json");
    expect(status).toBe(0);
    const json = JSON.parse(stdout) as {ok: boolean; folder: string; files: ExtractReport[]};
    expect(Object.keys(json)).toEqual(["ok", "folder", "files"]);
    expect(json.ok).toBe(true);
    expect(json.folder).toBe("test/fixtures/extracts/mixed");
    expect(json.files.map((f) => [f.file, f.rowsRead, f.rowsAccepted, f.rowsQuarantined])).toEqual([["decisions.csv", 8, 4, 4], ["inspections.csv", 5, 2, 3], ["preparations.csv", 4, 2, 2]]);
  });

  it("writes the quarantine files with --quarantine DIR", async () => {
    const out = join(tempDir("check"), "q");
    const {status, stdout} = lika("test/fixtures/extracts/mixed", "--quarantine", out);
    expect(status).toBe(0);
    expect((await readdir(out)).sort()).toEqual(["decisions.quarantine.csv", "inspections.quarantine.csv", "preparations.quarantine.csv"]);
    expect(stdout).toContain("Quarantine: 4 row(s) set aside written to");
  });

  it("exits 1, without a stack trace, when a file cannot be read", async () => {
    const dir = await extractFolder({"decisions.csv": HEADER.replace(",decision_type", "") + "\n" + ROW + "\n"});
    const {status, stdout, stderr} = lika(dir);
    expect(status).toBe(1);
    expect(stdout).toContain("COULD NOT BE READ: decisions.csv:1: missing required column(s): decision_type; found:");
    expect(stdout + stderr).not.toMatch(noStack);
    const json = JSON.parse(lika(dir, "--json").stdout) as {ok: boolean};
    expect(json.ok).toBe(false);
  });

  it("exits 1 with one sentence on an invalid extract.json", async () => {
    const dir = await extractFolder({"decisions.csv": `${HEADER}\n${ROW}\n`, "extract.json": "{"});
    const {status, stderr} = lika(dir);
    expect(status).toBe(1);
    expect(stderr.trim()).toBe("lika check: extract.json: not valid JSON");
  });

  it("exits 2 on usage errors: no folder, two folders, an unknown option, --quarantine naming a file", async () => {
    const file = join(tempDir("check-quarantine"), "not-a-folder.csv");
    await writeFile(file, "x");
    for (const args of [[], ["a", "b"], ["test/fixtures/extracts/mixed", "--frobnicate"], ["test/fixtures/extracts/mixed", "--quarantine", file]]) {
      const {status, stderr} = lika(...args);
      expect(status, args.join(" ")).toBe(2);
      expect(stderr).toContain("Run 'lika check --help' for usage.");
      expect(stderr).not.toMatch(noStack);
    }
    expect(lika("test/fixtures/extracts/mixed", "--quarantine", file).stderr).toMatch(/^lika check: --quarantine: '.*not-a-folder\.csv' exists and is not a folder; give a folder/);
  });

  it("exits 1 with one sentence, without hanging, when extract.json is a named pipe", async () => {
    const dir = await extractFolder({"decisions.csv": `${HEADER}\n${ROW}\n`});
    execFileSync("mkfifo", [join(dir, "extract.json")]);
    const {status, stdout, stderr} = lika(dir);
    expect([status, stdout, stderr]).toEqual([1, "", "lika check: extract.json is a named pipe (FIFO), not a regular file\n"]);
  });

  it("exits 1 with one sentence when the folder does not exist or is a file", () => {
    const missing = lika("test/fixtures/extracts/does-not-exist");
    expect([missing.status, missing.stdout, missing.stderr]).toEqual([1, "", "lika check: the folder 'test/fixtures/extracts/does-not-exist' does not exist\n"]);
    const file = lika("data/sample/decisions.csv");
    expect([file.status, file.stderr]).toEqual([1, "lika check: 'data/sample/decisions.csv' is a file, not a folder of extracts\n"]);
  });

  it("reports every file of the built-in sample (data/sample) fully accepted", () => {
    const {status, stdout} = lika("data/sample", "--json");
    expect(status).toBe(0);
    const json = JSON.parse(stdout) as {files: ExtractReport[]};
    for (const f of json.files.filter((f) => f.present)) expect([f.file, f.rowsQuarantined, f.problems.slice(0, 3)]).toEqual([f.file, 0, []]);
  });
});
