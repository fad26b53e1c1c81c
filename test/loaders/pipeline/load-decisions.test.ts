import {describe, expect, it} from "vitest";
import {execFileSync} from "node:child_process";
import {mkdtemp, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvRecords, loadDecisions} from "../../../loaders/pipeline/load-decisions.js";
import {PROJECT_ROOT} from "../../../loaders/pipeline/data-directory.js";

const HEADER = "decision_id,case_id,operation_id,operation_type,case_type,national_area,department,decision_maker,decision_maker_role,case_opened,decision_date,decision_type,deficiencies,deficiency_areas";
const ROW = "B-1,A-1,op_bcdfghjklmnp,elderly_housing,national,elderly_housing,ost,dm_bcdfghjklmnp,unit_manager,2022-12-01,2023-01-02,report_back_1,yes,documentation|timeliness";

async function extract(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "lika-extract-"));
  await writeFile(join(dir, "decisions.csv"), text);
  return join(dir, "decisions.csv");
}

describe("csvRecords(text)", () => {
  it("gives the physical line each record starts on, across quoted newlines and CRLF", () => {
    const records = csvRecords('a,b\r\n"x\ny",1\r\n\r\nz,2\r\n');
    expect(records.map((r) => [r.line, r.fields])).toEqual([[1, ["a", "b"]], [2, ["x\ny", "1"]], [5, ["z", "2"]]]);
  });
});

describe("loadDecisions(path)", () => {
  it("reads Swedish header aliases in any case and a UTF-8 byte-order mark", async () => {
    const header = "\uFEFFBeslut_ID;Ärende_ID;Verksamhet_id;Verksamhetstyp;Ärendeslag;Nationell_tillsyn;Avdelning;Beslutsfattare;Beslutsfattarroll;Ärende_öppnat;Beslutsdatum;Beslutstyp;Brister;Bristområden";
    // The skeleton reader takes commas; the Swedish names are matched all the same.
    const rows = await loadDecisions(await extract(header.replaceAll(";", ",") + "\n" + ROW.replace("ost", "Öst") + "\n"));
    expect(rows).toEqual([expect.objectContaining({decision_id: "B-1", department: "ost", deficiencies: true, national_area: "elderly_housing", deficiency_areas: ["documentation", "timeliness"]})]);
  });

  it("fails on an impossible date naming file, line, column, reason and value", async () => {
    await expect(loadDecisions(join(PROJECT_ROOT, "test/fixtures/extracts/bad-date/decisions.csv"))).rejects.toThrow(
      "decisions.csv:3, column decision_date: not a date (YYYY-MM-DD): '2023-02-30'"
    );
  });

  it("fails on a missing required column, saying what is missing and what was found", async () => {
    const path = await extract(HEADER.replace(",decision_type", "") + "\n");
    await expect(loadDecisions(path)).rejects.toThrow(/decisions\.csv:1: missing required column\(s\): decision_type; found: decision_id, case_id/);
  });

  it("fails on an unknown code and on a duplicate id", async () => {
    await expect(loadDecisions(await extract(`${HEADER}\n${ROW.replace("report_back_1", "warning")}\n`))).rejects.toThrow("decisions.csv:2, column decision_type: unknown code: 'warning'");
    await expect(loadDecisions(await extract(`${HEADER}\n${ROW}\n${ROW}\n`))).rejects.toThrow("decisions.csv:3, column decision_id: duplicate id (first on line 2)");
  });

  it("fails on an empty file", async () => {
    await expect(loadDecisions(await extract(""))).rejects.toThrow("decisions.csv: the file is empty");
  });
});

describe("data loader src/data/national-decisions.arrow.ts", () => {
  it("exits non-zero with one readable line and no stack trace when a row cannot be read", () => {
    let error: {status: number; stderr: string; stdout: string} | undefined;
    try {
      execFileSync("npx", ["tsx", "src/data/national-decisions.arrow.ts"], {
        cwd: PROJECT_ROOT,
        encoding: "utf8",
        stdio: "pipe",
        env: {...process.env, LIKA_DATA_DIR: join(PROJECT_ROOT, "test/fixtures/extracts/bad-date"), LIKA_DEBUG: ""}
      });
    } catch (e) {
      error = e as typeof error;
    }
    expect(error?.status).toBe(1);
    expect(error?.stdout).toBe("");
    expect(error?.stderr).toContain("lika: decisions.csv:3, column decision_date: not a date (YYYY-MM-DD): '2023-02-30'");
    expect(error?.stderr).not.toMatch(/\n\s+at /);
  });
});
