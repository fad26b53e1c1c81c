// Spreadsheet formulas (CSV injection, OWASP) through every CSV route of the loaders: `lika check --quarantine`
// on a damaged extract holding the payloads (test/fixtures/bad-input/formula-injection), the sample writer, and
// `lika sample` as the bench runs it for every scale. The page downloads: test/components/csv-downloads.test.ts.
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {decisionsCsv, inspectionsCsv} from "../../loaders/sample/write.js";
import {generateSample} from "../../loaders/sample/generate.js";
import type {DecisionRow} from "../../src/lib/extract/decision-row.js";
import type {InspectionRow} from "../../src/lib/extract/inspection-row.js";
import {BAD_INPUT_DIR, runLika} from "../fixtures/bad-input/support.js";
import {csvCells, liveFormulaCells} from "../helpers/csv-cells.js";
import {tempDir} from "../helpers/temp-dir.js";

const SUM = "@SUM(1+1)*cmd|' /C calc'!A0";
const HYPERLINK = '=HYPERLINK("http://x","y")';

/** Every CSV file written into `dir`, as name → text. */
function writtenCsvs(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).filter((f) => f.endsWith(".csv")).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

describe("lika check <dir> --quarantine <out> on formula-injection", () => {
  it("writes every payload of the rows set aside, and none as a live formula", async () => {
    const out = tempDir("formula-quarantine");
    const run = await runLika(["check", join(BAD_INPUT_DIR, "formula-injection"), "--quarantine", out]);
    expect(run.code, run.stderr).toBe(0);
    const files = writtenCsvs(out);
    expect([...files.keys()]).toEqual(["decisions.quarantine.csv"]);
    for (const [name, text] of files) expect(liveFormulaCells(text), name).toEqual([]);
    const rows = csvCells(files.get("decisions.quarantine.csv")!);
    expect(rows[0]!.at(-1)).toBe("'@note");
    expect(rows.slice(1).map((r) => r[0])).toEqual(["3", "4", "4", "5", "7", "8", "8"]);
    const cells = new Set(rows.flat());
    // The payloads are there, as text: an id, a date, codes and the free-text column of each kind.
    for (const payload of ["=1+1", "+1+1", SUM, "-1+1", "-3", "+criticism", "@ost", `${HYPERLINK},\nsecond line`, "\t=1+1", "\r=1+1"]) {
      expect(cells.has(`'${payload}`), JSON.stringify(payload)).toBe(true);
    }
    // The accepted row's payload is not written at all.
    expect(cells.has(`'${HYPERLINK}`)).toBe(false);
  });
});

const DECISION: DecisionRow = {
  decision_id: "B-1",
  case_id: SUM,
  operation_id: HYPERLINK,
  operation_type: "elderly_housing",
  case_type: "self_initiated",
  national_area: null,
  department: "ost",
  decision_maker: "-1+1",
  decision_maker_role: "unit_manager",
  case_opened: "2023-01-10",
  decision_date: "2023-03-01",
  decision_type: "criticism",
  deficiencies: true,
  deficiency_areas: ["documentation", "safety"]
};

const INSPECTION: InspectionRow = {
  inspection_id: "\t=1+1",
  home_id: "\r=1+1",
  home_type: "hvb",
  department: "nord",
  inspection_date: "2023-02-01",
  team: "+1+1",
  decision_id: null,
  children_placed: -3,
  children_agreed: 0,
  children_spoken: 2,
  no_conversation_reason: null
};

describe("the sample writer: decisionsCsv(rows), inspectionsCsv(rows)", () => {
  it("writes text cells that start a formula as text, and yes/no, lists and empty cells as the extract does", () => {
    const text = decisionsCsv([DECISION]);
    expect(liveFormulaCells(text)).toEqual([]);
    expect(csvCells(text)[1]).toEqual(["B-1", `'${SUM}`, `'${HYPERLINK}`, "elderly_housing", "self_initiated", "", "ost", "'-1+1", "unit_manager", "2023-01-10", "2023-03-01", "criticism", "yes", "documentation|safety"]);
  });

  it("writes numbers as numbers: children_placed = -3 stays -3", () => {
    const text = inspectionsCsv([INSPECTION]);
    expect(text.split("\n")[1]).toBe(`"'\t=1+1","'\r=1+1",hvb,nord,2023-02-01,"'+1+1",,-3,0,2,`);
  });
});

describe("lika sample --out <dir>, as the bench (test/bench/run.ts) writes its extracts for every scale", () => {
  it("writes extracts that start no formula and equal the sample writer's text", async () => {
    const out = tempDir("formula-sample");
    const run = await runLika(["sample", "--scale", "1", "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    const files = writtenCsvs(out);
    expect([...files.keys()].sort()).toEqual(["decisions.csv", "inspections.csv", "preparations.csv"]);
    for (const [name, text] of files) expect(liveFormulaCells(text), name).toEqual([]);
    expect(files.get("decisions.csv")).toBe(decisionsCsv(generateSample({seed: 1, scale: 1}).decisions));
  });
});
