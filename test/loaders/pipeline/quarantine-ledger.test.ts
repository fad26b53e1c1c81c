import {describe, expect, it} from "vitest";
import {masked, quarantineLedger, reconcile, REPORT_PROBLEMS, tallySetAside} from "../../../loaders/pipeline/quarantine-ledger.js";
import {matchHeader} from "../../../src/lib/extract/header.js";
import {DECISIONS_SCHEMA} from "../../../src/lib/extract/schema.js";
import {ruleProblem, type RuleProblem} from "../../../src/lib/extract/validate/index.js";
import {createPseudonymGuard} from "../../../src/lib/privacy/pseudonymise.js";
import {syntheticPin} from "../../lib/extract/validate/helpers.js";
import {DECISIONS_HEADER} from "./helpers.js";

const FILE = "decisions.csv";
const dateProblem = (line: number): RuleProblem => ruleProblem(FILE, line, "decision_date", "2023-02-30", "not a date (YYYY-MM-DD)");
const countProblem = (line: number): RuleProblem => ruleProblem(FILE, line, null, null, "3 field(s) where the header has 14", "wrong number of fields", "field-count");

describe("tallySetAside(setAside)", () => {
  it("counts each row once, by the rule and code of its first problem, and lists problems in line order", () => {
    const setAside = new Map<number, RuleProblem[]>([
      [9, [countProblem(9)]],
      [3, [dateProblem(3), countProblem(3)]],
      [5, [dateProblem(5)]]
    ]);
    const tally = tallySetAside(setAside);
    expect(tally.byReason).toEqual({"decision_date: not a date (YYYY-MM-DD)": 2, "wrong number of fields": 1});
    expect(tally.byCode).toEqual({"not-a-date": 2, "field-count": 1});
    expect(tally.problems.map((p) => [p.line, p.code])).toEqual([[3, "not-a-date"], [3, "field-count"], [5, "not-a-date"], [9, "field-count"]]);
    expect([...tally.shown.keys()]).toEqual([3, 5, 9]);
    expect(tally.shown.get(3)).toHaveLength(2);
  });

  it(`keeps the first ${REPORT_PROBLEMS} problems in the report and every one in the ledger`, () => {
    const setAside = new Map<number, RuleProblem[]>();
    for (let line = 2; line < 2 + REPORT_PROBLEMS + 10; line++) setAside.set(line, [dateProblem(line)]);
    const tally = tallySetAside(setAside);
    expect(tally.problems).toHaveLength(REPORT_PROBLEMS);
    expect(tally.problems.at(-1)!.line).toBe(REPORT_PROBLEMS + 1);
    expect(tally.shown.size).toBe(REPORT_PROBLEMS + 10);
    expect(tally.byCode).toEqual({"not-a-date": REPORT_PROBLEMS + 10});
  });

  it("masks a personal identity number in the values it shows", () => {
    const pin = syntheticPin();
    const tally = tallySetAside(new Map([[2, [ruleProblem(FILE, 2, "case_id", `x ${pin}`, "not an id")]]]));
    expect(tally.problems[0]!.value).toBe("x [personnummer]");
    expect(masked(ruleProblem(FILE, 2, null, pin, "r")).value).toBe("[personnummer]");
  });
});

describe("reconcile(file, rowsRead, rowsAccepted, rowsSetAside)", () => {
  it("passes when every row read was accepted or set aside, and throws naming the three counts otherwise", () => {
    expect(() => reconcile(FILE, 10, 7, 3)).not.toThrow();
    expect(() => reconcile(FILE, 0, 0, 0)).not.toThrow();
    expect(() => reconcile(FILE, 10, 7, 2)).toThrow("decisions.csv: reconciliation failed (10 read, 7 accepted, 2 set aside)");
    expect(() => reconcile(FILE, 10, 8, 3)).toThrow(/reconciliation failed/);
  });
});

describe("quarantineLedger(source)", () => {
  const header = [...DECISIONS_HEADER.split(","), "comment"];
  const match = matchHeader(DECISIONS_SCHEMA, header);
  if (!match.ok) throw new Error("the test header must match");
  const encoding = {encoding: "utf-8", bom: false, skip: 0, reason: "ASCII", warning: null} as const;
  const lines = [4];
  const ledger = quarantineLedger({schema: DECISIONS_SCHEMA, path: "/x/decisions.csv", encoding, literalQuoteLines: lines, header, indexOf: match.indexOf, setAside: new Map(), guard: createPseudonymGuard(undefined)});

  it("names the extract and its file, and keeps its own copy of the quote lines", () => {
    expect([ledger.extract, ledger.file, ledger.path]).toEqual(["decisions", "decisions.csv", "/x/decisions.csv"]);
    lines.push(9);
    expect(ledger.literalQuoteLines).toEqual([4]);
  });

  it("names a field by its canonical column, else by its header text, else by its position", () => {
    expect(ledger.columnOf(0)).toBe("decision_id");
    expect(ledger.columnOf(14)).toBe("comment");
    expect(ledger.columnOf(20)).toBe("field 21");
  });

  it("shows values masked, and a clear id in a pseudonym column withheld when there is no key", () => {
    expect(ledger.display("comment", `see ${syntheticPin()}`)).toBe("see [personnummer]");
    expect(ledger.display("operation_id", "Clear Name AB")).toBe("[not pseudonymised]");
    expect(ledger.display("operation_id", "op_bcdfghjklmnp")).toBe("op_bcdfghjklmnp");
  });
});
