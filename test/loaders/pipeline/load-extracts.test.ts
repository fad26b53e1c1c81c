import {describe, expect, it} from "vitest";
import {spawnSync} from "node:child_process";
import {join} from "node:path";
import {sha256} from "@noble/hashes/sha2.js";
import {bytesToHex, utf8ToBytes} from "@noble/hashes/utils.js";
import {buildStopper, loadExtracts} from "../../../loaders/pipeline/load-extracts.js";
import {PROJECT_ROOT} from "../../../loaders/pipeline/data-directory.js";
import {formatProblem} from "../../../src/lib/extract/problem.js";
import {isPseudonym} from "../../../src/lib/privacy/pseudonym-format.js";
import {syntheticPin} from "../../lib/extract/validate/helpers.js";
import {DECISION_ROW as ROW, DECISIONS_HEADER as HEADER, extractFolder} from "./helpers.js";

const NO_KEY = {env: {}};
// A test key derived at run time (never a key anyone uses).
const TEST_KEY = bytesToHex(sha256(utf8ToBytes("lika load-extracts.test.ts key")));
const fixture = (name: string) => join(PROJECT_ROOT, "test/fixtures/extracts", name);

describe("loadExtracts(dir, options): reading", () => {
  it("reads Swedish header aliases in any case, a UTF-8 byte-order mark and semicolons", async () => {
    const header = "\uFEFFBeslut_ID;Ärende_ID;Verksamhet_id;Verksamhetstyp;Ärendeslag;Nationell_tillsyn;Avdelning;Beslutsfattare;Beslutsfattarroll;Ärende_öppnat;Beslutsdatum;Beslutstyp;Brister;Bristområden";
    const dir = await extractFolder({"decisions.csv": header + "\n" + ROW.replace("ost", "Öst").replaceAll(",", ";") + "\n"});
    const {decisions, reports} = await loadExtracts(dir, NO_KEY);
    expect(decisions).toEqual([expect.objectContaining({decision_id: "B-1", department: "ost", deficiencies: true, national_area: "elderly_housing", deficiency_areas: ["documentation", "timeliness"]})]);
    expect(reports[0]).toMatchObject({encoding: "utf-8", encodingReason: "UTF-8 byte-order mark", delimiter: ";", rowsRead: 1, rowsAccepted: 1});
  });

  it("sets aside an impossible date naming file, line, column, reason and value, and keeps the other rows", async () => {
    const {decisions, reports} = await loadExtracts(fixture("bad-date"), NO_KEY);
    expect(decisions.map((d) => d.decision_id)).toEqual(["B-1"]);
    expect(reports[0]!.problems.map(formatProblem)).toEqual(["decisions.csv:3, column decision_date: not a date (YYYY-MM-DD): '2023-02-30'"]);
    expect(reports[0]).toMatchObject({rowsRead: 2, rowsAccepted: 1, rowsQuarantined: 1, quarantinedByReason: {"decision_date: not a date (YYYY-MM-DD)": 1}, fatal: null});
  });

  it("makes a missing required column fatal, saying what is missing and what was found", async () => {
    const dir = await extractFolder({"decisions.csv": HEADER.replace(",decision_type", "") + "\n" + ROW + "\n"});
    const {decisions, reports} = await loadExtracts(dir, NO_KEY);
    expect(decisions).toEqual([]);
    expect(reports[0]!.fatal).toMatch(/^decisions\.csv:1: missing required column\(s\): decision_type; found: decision_id, case_id/);
  });

  it("sets aside an unknown code and a later duplicate id naming the first line", async () => {
    const unknown = await loadExtracts(await extractFolder({"decisions.csv": `${HEADER}\n${ROW.replace("report_back_1", "warning")}\n`}), NO_KEY);
    expect(unknown.reports[0]!.problems.map(formatProblem)).toEqual(["decisions.csv:2, column decision_type: unknown code: 'warning'"]);
    const duplicate = await loadExtracts(await extractFolder({"decisions.csv": `${HEADER}\n${ROW}\n${ROW}\n`}), NO_KEY);
    expect(duplicate.reports[0]!.problems.map(formatProblem)).toEqual(["decisions.csv:3, column decision_id: duplicate id (first on line 2)"].map((s) => s + ": 'B-1'"));
    expect(duplicate.decisions).toHaveLength(1);
  });

  it("makes an empty or missing decisions.csv fatal and reports a missing optional extract as absent", async () => {
    const empty = await loadExtracts(await extractFolder({"decisions.csv": ""}), NO_KEY);
    expect(empty.reports[0]!.fatal).toBe("decisions.csv: file is empty");
    const missing = await loadExtracts(await extractFolder({"notes.txt": "x"}), NO_KEY);
    expect(missing.reports[0]).toMatchObject({present: false, fatal: "decisions.csv is not in the folder (CSV or text files in it: notes.txt)"});
    expect(missing.reports.slice(1).map((r) => [r.file, r.present, r.fatal])).toEqual([["inspections.csv", false, null], ["preparations.csv", false, null]]);
  });

  it("says in one short phrase what a folder without extracts holds: at most 5 CSV names, the rest counted, never 60 names on a line", async () => {
    const files: Record<string, string> = {};
    for (let k = 0; k < 60; k++) files[`report-${String(k).padStart(2, "0")}.${k % 3 === 0 ? "csv" : "png"}`] = "x";
    const many = await loadExtracts(await extractFolder(files), NO_KEY);
    expect(many.reports[0]!.fatal).toBe("decisions.csv is not in the folder (CSV or text files in it: report-00.csv, report-03.csv, report-06.csv, report-09.csv, report-12.csv and 15 more)");
    const pictures = await loadExtracts(await extractFolder({"a.png": "x", "b.png": "x"}), NO_KEY);
    expect(pictures.reports[0]!.fatal).toBe("decisions.csv is not in the folder (the folder holds no CSV file, only 2 other file(s) or folder(s))");
  });
});

describe("loadExtracts(dir, options): the rules across rows and files (test/fixtures/extracts/mixed)", () => {
  it("accepts exactly the rows that keep every rule and reconciles every file", async () => {
    const loaded = await loadExtracts(fixture("mixed"), NO_KEY);
    expect(loaded.info).toEqual({period: {from: "2023-01-01", to: "2023-12-31"}, extracted: "2024-01-15"});
    expect(loaded.decisions.map((d) => d.decision_id)).toEqual(["B-1", "B-2", "B-5", "B-7"]);
    expect(loaded.inspections.map((d) => d.inspection_id)).toEqual(["I-1", "I-5"]);
    expect(loaded.preparations.map((d) => d.item_id)).toEqual(["P-1", "P-2"]);
    for (const r of loaded.reports) expect(r.rowsRead).toBe(r.rowsAccepted + r.rowsQuarantined);
    expect(loaded.reports.map((r) => [r.rowsRead, r.rowsAccepted, r.rowsQuarantined])).toEqual([[8, 4, 4], [5, 2, 3], [4, 2, 2]]);
  });

  it("names each row set aside by line, column and reason", async () => {
    const {reports} = await loadExtracts(fixture("mixed"), NO_KEY);
    expect(reports.flatMap((r) => r.problems.map((p) => `${p.file}:${p.line} ${p.column}: ${p.reason}`))).toEqual([
      "decisions.csv:4 decision_type: impossible order: no accepted report_back_1 of case A-2 dated on or before it",
      "decisions.csv:5 decision_date: outside the extract period 2023-01-01 – 2023-12-31",
      "decisions.csv:6 decision_id: duplicate id (first on line 2)",
      "decisions.csv:8 deficiencies: decision type criticism always states deficiencies",
      "inspections.csv:3 decision_id: refers to decision B-6 that was set aside (decisions.csv line 8)",
      "inspections.csv:4 decision_id: refers to decision B-7 of case type national, not frequency",
      "inspections.csv:5 no_conversation_reason: required when children_spoken is 0",
      "preparations.csv:4 returns_from: refers to item P-9, which is not in preparations.csv",
      "preparations.csv:5 presented_date: outside the extract period 2023-01-01 – 2023-12-31"
    ]);
  });

  it("fails the whole folder on an invalid extract.json, naming the file", async () => {
    const dir = await extractFolder({"decisions.csv": `${HEADER}\n${ROW}\n`, "extract.json": '{"period": {"from": "2023-01-01"}}'});
    await expect(loadExtracts(dir, NO_KEY)).rejects.toThrow("extract.json: period.to is not a date (YYYY-MM-DD): missing");
  });
});

describe("loadExtracts(dir, options): privacy", () => {
  it("sets aside a row with a personal identity number and never returns the number", async () => {
    const pin = syntheticPin();
    const dir = await extractFolder({"decisions.csv": `${HEADER},note\n${ROW},ok\n${ROW.replace("B-1", "B-2")},${pin}\n`});
    const loaded = await loadExtracts(dir, NO_KEY);
    expect(loaded.decisions).toHaveLength(1);
    expect(loaded.reports[0]!.problems).toEqual([{file: "decisions.csv", line: 3, column: "note", value: "[personnummer]", reason: "contains a personal identity number (masked)", code: "personal-identity-number"}]);
    expect(JSON.stringify(loaded)).not.toContain(pin);
  });

  it("makes a file fatal without a key when most of its rows hold clear ids, saying to set LIKA_PSEUDONYM_KEY and not repeating the ids", async () => {
    const clear = (n: number) => ROW.replace("B-1", `B-${n}`).replace("A-1", `A-${n}`).replace("op_bcdfghjklmnp", `Solgläntan ${n}`);
    const dir = await extractFolder({"decisions.csv": `${HEADER}\n${clear(1)}\n${clear(2)}\n${ROW.replace("B-1", "B-3").replace("A-1", "A-3")}\n`});
    const {decisions, reports} = await loadExtracts(dir, NO_KEY);
    expect(decisions).toEqual([]);
    expect(reports[0]!.fatal).toMatch(/^decisions\.csv: 2 of 3 rows hold ids in clear \(operation_id\) and LIKA_PSEUDONYM_KEY is not set, so the file is not used: set LIKA_PSEUDONYM_KEY/);
    expect(JSON.stringify(reports)).not.toContain("Solgläntan");
    expect(reports[0]).toMatchObject({rowsRead: 3, rowsAccepted: 0, rowsQuarantined: 3, quarantinedByCode: {"clear-ids-without-key": 3}});
    expect(reports[0]!.problems).toEqual([expect.objectContaining({line: 2, column: "operation_id", value: null, code: "clear-id-without-key"})]);
  });

  it("sets aside, without a key, the one row of many that holds a clear id, and reads the rest (one row never costs the file)", async () => {
    const rows = Array.from({length: 5}, (_, k) => ROW.replace("B-1", `B-${k + 1}`).replace("A-1", `A-${k + 1}`));
    rows[2] = rows[2]!.replace("dm_bcdfghjklmnp", "Anna Andersson");
    const {decisions, reports} = await loadExtracts(await extractFolder({"decisions.csv": `${HEADER}\n${rows.join("\n")}\n`}), NO_KEY);
    expect(decisions.map((d) => d.decision_id)).toEqual(["B-1", "B-2", "B-4", "B-5"]);
    expect(reports[0]).toMatchObject({fatal: null, rowsRead: 5, rowsAccepted: 4, rowsQuarantined: 1, quarantinedByCode: {"clear-id-without-key": 1}});
    expect(reports[0]!.warnings).toContainEqual(expect.stringContaining("1 row(s) hold an id in clear"));
    expect(JSON.stringify(reports)).not.toContain("Anna");
  });

  it("pseudonymises clear ids with a key", async () => {
    const dir = await extractFolder({"decisions.csv": `${HEADER}\n${ROW.replace("op_bcdfghjklmnp", "Solgläntan").replace("dm_bcdfghjklmnp", "Anna A")}\n`});
    const {decisions} = await loadExtracts(dir, {env: {LIKA_PSEUDONYM_KEY: TEST_KEY}});
    expect(isPseudonym("operation", decisions[0]!.operation_id)).toBe(true);
    expect(isPseudonym("decisionMaker", decisions[0]!.decision_maker)).toBe(true);
  });
});

describe("buildStopper(loaded, strict)", () => {
  it("stops a build on a fatal file always, and on a row set aside only when strict", async () => {
    const badDate = await loadExtracts(fixture("bad-date"), NO_KEY);
    expect(buildStopper(badDate, false)).toBeNull();
    expect(buildStopper(badDate, true)).toBe("decisions.csv:3, column decision_date: not a date (YYYY-MM-DD): '2023-02-30'");
    const missing = await loadExtracts(await extractFolder({}), NO_KEY);
    expect(buildStopper(missing, false)).toBe("decisions.csv is not in the folder (the folder is empty)");
  });
});

describe("data loader src/data/national-supervision-counts.json.ts", {timeout: 60_000}, () => {
  const run = (env: Record<string, string>) => {
    const result = spawnSync("npx", ["tsx", "src/data/national-supervision-counts.json.ts"], {
      cwd: PROJECT_ROOT, env: {...process.env, LIKA_DATA_DIR: fixture("bad-date"), LIKA_DEBUG: "", LIKA_STRICT: "", ...env}
    });
    return {status: result.status, stdout: result.stdout.toString("latin1"), stderr: result.stderr.toString("utf8")};
  };

  it("with LIKA_STRICT, exits non-zero with one readable line and no stack trace when a row cannot be read", () => {
    const error = run({LIKA_STRICT: "1"});
    expect(error.status).toBe(1);
    expect(error.stdout).toBe("");
    expect(error.stderr).toContain("lika: decisions.csv:3, column decision_date: not a date (YYYY-MM-DD): '2023-02-30'");
    expect(error.stderr).not.toMatch(/\n\s+at /);
  });

  it("without LIKA_STRICT, writes the accepted rows and says on stderr how many were set aside", () => {
    const result = run({});
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(0);
    expect(result.stderr).toContain("lika: decisions.csv: 1 of 2 rows set aside");
  });

  it("exits non-zero with one readable line when decisions.csv is missing", () => {
    const error = run({LIKA_DATA_DIR: join(PROJECT_ROOT, "test/fixtures/extracts/does-not-exist")});
    expect(error.status).toBe(1);
    expect(error.stderr).toContain("lika: decisions.csv is not in the folder");
    expect(error.stderr).not.toMatch(/\n\s+at /);
  });
});
