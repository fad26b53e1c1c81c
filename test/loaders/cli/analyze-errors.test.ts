// `lika analyze` never gives a false all-clear: a folder that does not exist, a decisions.csv that
// cannot be read or whose every row was set aside, and a period outside the data each end with a
// non-zero exit and one plain sentence (or, for a period, warnings in the summary and the JSON).
import {cp, readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {PROJECT_ROOT} from "../../../loaders/pipeline/data-directory.js";
import {childEnv, runLika, STACK_TRACE} from "../../fixtures/bad-input/support.js";
import {tempDir} from "../../helpers/temp-dir.js";
import {DECISION_ROW as ROW, DECISIONS_HEADER as HEADER, extractFolder} from "../pipeline/helpers.js";

const SAMPLE = join(PROJECT_ROOT, "data/sample");
const FALSE_ALL_CLEAR = /Inga flaggor|"flags": \[\]/;

describe("lika analyze <dir>: no false all-clear", {timeout: 120_000}, () => {
  it("exits 1 with one sentence, and prints no report, when the folder does not exist", async () => {
    const run = await runLika(["analyze", join(tempDir("analyze-missing"), "no-such-folder")], childEnv());
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^lika analyze: the folder '.*no-such-folder' does not exist\n$/);
  });

  it("exits 1 with one sentence when decisions.csv cannot be read (a required column missing, not a text file)", async () => {
    const missingColumn = await extractFolder({"decisions.csv": `${HEADER.replace(",decision_type", "")}\n${ROW}\n`});
    const binary = await extractFolder({"decisions.csv": Uint8Array.from({length: 300}, (_, i) => (i * 37) % 256)});
    for (const [dir, reason] of [[missingColumn, /missing required column\(s\): decision_type/], [binary, /not a text file/]] as const) {
      for (const json of [false, true]) {
        const run = await runLika(["analyze", dir, ...(json ? ["--json"] : [])], childEnv());
        expect(run.code).toBe(1);
        expect(run.stdout).not.toMatch(FALSE_ALL_CLEAR);
        expect(run.stderr.trim().split("\n")).toHaveLength(1);
        expect(run.stderr).toMatch(/^lika analyze: cannot analyse: decisions\.csv/);
        expect(run.stderr).toMatch(reason);
        expect(run.stderr).not.toMatch(STACK_TRACE);
      }
    }
  });

  it("says that every row was set aside, not 'Run lika analyze --help'", async () => {
    const dir = await extractFolder({"decisions.csv": `${HEADER}\n${ROW.replace("2023-01-02", "2023-02-30")}\n${ROW.replace("B-1", "B-2").replace("2023-01-02", "2023-13-01")}\n`});
    const run = await runLika(["analyze", dir], childEnv());
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("lika analyze: cannot analyse: every one of the 2 rows of decisions.csv was set aside (run 'lika check' for the reasons)\n");
    expect(run.stderr).not.toContain("--help");
  });

  it("warns in the summary, on stderr and in the JSON, and exits 1, when the period lies outside the data", async () => {
    const text = await runLika(["analyze", SAMPLE, "--period", "1999"], childEnv());
    expect(text.code).toBe(1);
    expect(text.stdout.split("\n")[0]).toMatch(/^Varning: Perioden 1999-01-01 – 1999-12-31 ligger utanför underlaget \(\d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}\); inget har analyserats\.$/);
    expect(text.stderr).toMatch(/^lika analyze: warning: the period 1999-01-01 – 1999-12-31 lies outside the data/);
    const json = await runLika(["analyze", SAMPLE, "--period", "2030T1", "--json"], childEnv());
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout) as {warnings: {code: string; message: string}[]; flags: unknown[]};
    expect(parsed.warnings.map((w) => w.code)).toEqual(["period-outside-data"]);
  });

  it("warns when the period lies inside the data's span but holds no case (a gap), and exits 1", async () => {
    const dir = await extractFolder({"decisions.csv": `${HEADER}\n${ROW}\n${ROW.replace("B-1", "B-2").replace("A-1", "A-2").replace("2022-12-01", "2024-01-01").replace("2023-01-02", "2024-06-01")}\n`});
    const run = await runLika(["analyze", dir, "--period", "2023T3", "--json"], childEnv());
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as {warnings: {code: string}[]}).warnings.map((w) => w.code)).toEqual(["no-cases-in-period"]);
  });

  it("analyses, exit 0, yet warns in the JSON and on stderr when rows were set aside", async () => {
    const dir = tempDir("analyze-damaged");
    await cp(SAMPLE, dir, {recursive: true});
    const decisions = join(dir, "decisions.csv");
    const lines = (await readFile(decisions, "utf8")).split("\n");
    lines[10] = lines[10]!.split(",").slice(0, 5).join(",");
    await writeFile(decisions, lines.join("\n"));
    const run = await runLika(["analyze", dir, "--period", "2023", "--json"], childEnv());
    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.stdout) as {warnings: {code: string; details: Record<string, unknown>}[]};
    expect(parsed.warnings).toEqual([{code: "rows-set-aside", message: expect.stringContaining("1 of"), details: expect.objectContaining({file: "decisions.csv", rowsSetAside: 1})}]);
    expect(run.stderr).toMatch(/warning: decisions\.csv: 1 of \d+ rows were set aside/);
  });
});
