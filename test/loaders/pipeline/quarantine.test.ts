import {describe, expect, it} from "vitest";
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import Papa from "papaparse";
import {loadExtracts} from "../../../loaders/pipeline/load-extracts.js";
import {QUARANTINE_COLUMNS, writeQuarantine} from "../../../loaders/pipeline/quarantine.js";
import {PROJECT_ROOT} from "../../../loaders/pipeline/data-directory.js";
import {syntheticPin} from "../../lib/extract/validate/helpers.js";
import {DECISION_ROW as ROW, DECISIONS_HEADER as HEADER, extractFolder} from "./helpers.js";
import {tempDir} from "../../helpers/temp-dir.js";

async function quarantined(dir: string, env: NodeJS.ProcessEnv = {}): Promise<{files: Awaited<ReturnType<typeof writeQuarantine>>; read: (name: string) => Promise<string[][]>; text: (name: string) => Promise<string>}> {
  const out = tempDir("quarantine");
  const files = await writeQuarantine((await loadExtracts(dir, {env})).quarantine, out);
  const text = (name: string) => readFile(join(out, name), "utf8");
  return {files, text, read: async (name) => Papa.parse<string[]>((await text(name)).replace(/^\uFEFF/, "").trimEnd(), {header: false}).data};
}

describe("writeQuarantine(ledgers, outDir)", () => {
  it("writes line, code, column, reason, value and the original fields of every row set aside, in file order", async () => {
    const {files, read} = await quarantined(join(PROJECT_ROOT, "test/fixtures/extracts/mixed"));
    expect(files.map((f) => [f.file, f.rows])).toEqual([["decisions.quarantine.csv", 4], ["inspections.quarantine.csv", 3], ["preparations.quarantine.csv", 2]]);
    const rows = await read("decisions.quarantine.csv");
    expect(rows[0]).toEqual([...QUARANTINE_COLUMNS, ...HEADER.split(",")]);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[5]])).toEqual([["4", "decision_type", "B-3"], ["5", "decision_date", "B-4"], ["6", "decision_id", "B-1"], ["8", "deficiencies", "B-6"]]);
    expect(rows[3]!.slice(0, 5)).toEqual(["6", "duplicate-id", "decision_id", "duplicate id (first on line 2)", "B-1"]);
  });

  it("masks personal identity numbers in every field and never writes a clear id of a pseudonym column", async () => {
    const pin = syntheticPin();
    const dir = await extractFolder({"decisions.csv": `${HEADER},note\n${ROW.replace("dm_bcdfghjklmnp", `Anna ${pin}`)},see ${pin}\n`});
    const {read, text} = await quarantined(dir);
    const rows = await read("decisions.quarantine.csv");
    expect(rows.slice(1).map((r) => [r[0], r[2], r[4]])).toEqual([["2", "decision_maker", "[not pseudonymised]"], ["2", "note", "see [personnummer]"]]);
    expect(rows[1]![QUARANTINE_COLUMNS.length + HEADER.split(",").indexOf("decision_maker")]).toBe("[not pseudonymised]");
    const all = await text("decisions.quarantine.csv");
    expect(all).not.toContain(pin);
    expect(all).not.toContain("Anna");
  });

  it("writes a header-only file for an extract with nothing set aside", async () => {
    const {files, read} = await quarantined(await extractFolder({"decisions.csv": `${HEADER}\n${ROW}\n`}));
    expect(files).toEqual([{extract: "decisions", file: "decisions.quarantine.csv", rows: 0, lines: 0}]);
    expect(await read("decisions.quarantine.csv")).toHaveLength(1);
  });
});
