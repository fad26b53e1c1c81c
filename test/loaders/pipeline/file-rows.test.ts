import {describe, expect, it} from "vitest";
import {FileRows, type RowCheck} from "../../../loaders/pipeline/file-rows.js";
import type {DecisionRow} from "../../../src/lib/extract/decision-row.js";
import {bytesChunks} from "../../../src/lib/extract/csv/chunks.js";
import {readCsv} from "../../../src/lib/extract/csv/read-csv.js";
import {matchHeader} from "../../../src/lib/extract/header.js";
import {DECISIONS_SCHEMA} from "../../../src/lib/extract/schema.js";
import {ruleProblem, rowRulesOf, type RowContext} from "../../../src/lib/extract/validate/index.js";
import {createPseudonymGuard} from "../../../src/lib/privacy/pseudonymise.js";
import {DECISION_ROW as ROW, DECISIONS_HEADER as HEADER} from "./helpers.js";

const FILE = "decisions.csv";
const row = (n: number) => ROW.replace("B-1", `B-${n}`).replace("A-1", `A-${n}`);

/** Reads `text` as decisions.csv (no key) through a FileRows, every record offered to the fast path first. */
async function sortRows(text: string, check: RowCheck | null = null): Promise<{sorted: FileRows<DecisionRow>; records: number}> {
  const csv = await readCsv(bytesChunks(new TextEncoder().encode(text)), {file: FILE});
  const match = matchHeader(DECISIONS_SCHEMA, csv.header);
  if (!match.ok) throw new Error("the test header must match");
  const context: RowContext = {schema: DECISIONS_SCHEMA, file: FILE, header: csv.header, indexOf: match.indexOf, pseudonym: createPseudonymGuard(undefined), period: null, rules: rowRulesOf("decisions")};
  const sorted = new FileRows<DecisionRow>(context, check);
  await csv.forEach(sorted.fast, sorted.visit);
  return {sorted, records: (await csv.report).records};
}

describe("FileRows: sorting the records of one file", () => {
  it("accepts clean rows with their lines and sets a later duplicate aside, every record counted once", async () => {
    const {sorted, records} = await sortRows(`${HEADER}\n${row(1)}\n\n${row(2)}\n${row(1)}\n`);
    expect(sorted.rows.map((r) => r.decision_id)).toEqual(["B-1", "B-2"]);
    expect(sorted.lines).toEqual([2, 4]);
    expect([...sorted.setAside.keys()]).toEqual([5]);
    expect(sorted.setAside.get(5)![0]!.reason).toBe("duplicate id (first on line 2)");
    expect(sorted.read).toBe(records);
    expect(sorted.rows.length + sorted.setAside.size).toBe(records);
    expect(sorted.keys.firstLine("B-2")).toBe(4);
  });

  it("sets aside a row the text path refuses, remembering its key and its case for the rules across rows", async () => {
    const {sorted} = await sortRows(`${HEADER}\n${row(1)}\n${row(2).replace("2023-01-02", "2023-02-30")}\n`);
    expect(sorted.rows.map((r) => r.decision_id)).toEqual(["B-1"]);
    expect(sorted.setAside.get(3)!.map((p) => p.code)).toEqual(["not-a-date"]);
    expect(sorted.setAsideKeys.get("B-2")).toBe(3);
    expect(sorted.setAsideCases.get("A-2")).toBe(3);
  });

  it("applies `check` to rows the row rules accept, on both paths", async () => {
    const check: RowCheck = (values, line) => (values.decision_id === "B-2" ? ruleProblem(FILE, line, "decision_id", "B-2", "refused by the check") : null);
    const {sorted} = await sortRows(`${HEADER}\n${row(1)}\n${row(2)}\n${row(3).replace("ost", "Öst")}\n`, check);
    expect(sorted.rows.map((r) => r.decision_id)).toEqual(["B-1", "B-3"]);
    expect(sorted.setAside.get(3)![0]!.reason).toBe("refused by the check");
  });

  it("counts the rows with an id in clear, their columns and the first such row's problems", async () => {
    const clear = (n: number) => row(n).replace("op_bcdfghjklmnp", `Solgläntan ${n}`);
    const {sorted} = await sortRows(`${HEADER}\n${row(1)}\n${clear(2)}\n${clear(3)}\n`);
    expect(sorted.clearIdRows).toBe(2);
    expect([...sorted.clearIdColumns]).toEqual(["operation_id"]);
    expect(sorted.firstClearIdProblems().map((p) => [p.line, p.code])).toEqual([[3, "clear-id-without-key"]]);
  });

  it("has no clear-id problems to show when no row held a clear id", async () => {
    const {sorted} = await sortRows(`${HEADER}\n${row(1)}\n`);
    expect(sorted.firstClearIdProblems()).toEqual([]);
  });

  it("acrossRows() keeps every row when the rules across rows find nothing, and sets aside the rows they break", async () => {
    const fine = (await sortRows(`${HEADER}\n${row(1)}\n${row(2)}\n`)).sorted;
    const kept = fine.acrossRows();
    expect(kept.accepted).toBe(fine.rows);
    expect(kept.lines).toEqual([2, 3]);
    // A second report-back decision of a case with no first one: the rung before it is missing.
    const rung = ROW.replace("B-1", "B-2").replace("report_back_1", "report_back_2");
    const broken = (await sortRows(`${HEADER}\n${rung}\n${row(3)}\n`)).sorted;
    const result = broken.acrossRows();
    expect(result.accepted.map((r) => r.decision_id)).toEqual(["B-3"]);
    expect(result.lines).toEqual([3]);
    expect([...broken.setAside.keys()]).toEqual([2]);
  });
});
