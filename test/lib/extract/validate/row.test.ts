import {describe, expect, it} from "vitest";
import {sha256} from "@noble/hashes/sha2.js";
import {bytesToHex, utf8ToBytes} from "@noble/hashes/utils.js";
import {matchHeader} from "../../../../src/lib/extract/header.js";
import {DECISIONS_SCHEMA} from "../../../../src/lib/extract/schema.js";
import {createPseudonymGuard} from "../../../../src/lib/privacy/pseudonymise.js";
import {isPseudonym} from "../../../../src/lib/privacy/pseudonym-format.js";
import {displayValue, validateRow, type RowContext} from "../../../../src/lib/extract/validate/row.js";
import {decisionRowProblems} from "../../../../src/lib/extract/validate/decision-rules.js";
import {syntheticPin} from "./helpers.js";

// A test key derived at run time (never a key anyone uses): SHA-256 of a fixed phrase, as hex.
const TEST_KEY = bytesToHex(sha256(utf8ToBytes("lika row.test.ts key")));

const HEADER = [...DECISIONS_SCHEMA.columns.map((c) => c.name), "comment"];
const ROW: Record<string, string> = {
  decision_id: "B-1", case_id: "A-1", operation_id: "op_bcdfghjklmnp", operation_type: "hvb", case_type: "frequency", national_area: "",
  department: "Öst", decision_maker: "dm_bcdfghjklmnp", decision_maker_role: "unit_manager", case_opened: "2023-01-01", decision_date: "2023-02-01",
  decision_type: "criticism", deficiencies: "ja", deficiency_areas: "documentation|Skyndsamhet", comment: "free text"
};

function context(overrides: Partial<RowContext> = {}): RowContext {
  const match = matchHeader(DECISIONS_SCHEMA, HEADER);
  if (!match.ok) throw new Error("test header does not match");
  return {schema: DECISIONS_SCHEMA, file: "decisions.csv", header: HEADER, indexOf: match.indexOf, pseudonym: createPseudonymGuard(undefined), period: null, rules: decisionRowProblems, ...overrides};
}
const fields = (overrides: Record<string, string> = {}) => HEADER.map((h) => overrides[h] ?? ROW[h]!);

describe("validateRow(context, fields, line)", () => {
  it("accepts a valid row, giving canonical codes, booleans and lists", () => {
    const verdict = validateRow(context(), fields(), 2);
    expect(verdict).toEqual({kind: "accepted", values: expect.objectContaining({department: "ost", deficiencies: true, national_area: null, deficiency_areas: ["documentation", "timeliness"]})});
  });

  it("sets aside a row with a personal identity number in any column, even one the schema ignores, naming the column and masking the value", () => {
    const verdict = validateRow(context(), fields({comment: `called ${syntheticPin()} today`}), 4);
    expect(verdict).toEqual({kind: "set-aside", problems: [expect.objectContaining({line: 4, column: "comment", value: "called [personnummer] today", rule: "personal identity number"})]});
    const inId = validateRow(context(), fields({case_id: syntheticPin()}), 5);
    expect(inId.kind === "set-aside" && inId.problems.map((p) => [p.column, p.value])).toEqual([["case_id", "[personnummer]"]]);
  });

  it("never shows a clear id from a pseudonym column: withheld without a key, pseudonymised with one", () => {
    const clear = `Anna ${syntheticPin()}`;
    const without = validateRow(context(), fields({decision_maker: clear}), 3);
    expect(without.kind === "set-aside" && without.problems[0]!.value).toBe("[not pseudonymised]");
    const withKey = validateRow(context({pseudonym: createPseudonymGuard(TEST_KEY)}), fields({decision_maker: clear}), 3);
    const shown = withKey.kind === "set-aside" ? withKey.problems[0]!.value! : "";
    expect(isPseudonym("decisionMaker", shown)).toBe(true);
    expect(displayValue(context(), "comment", clear)).toBe("Anna [personnummer]");
  });

  it("reports every empty required value and every unparsable value, with line and column", () => {
    const verdict = validateRow(context(), fields({case_id: "", decision_date: "2023-02-30", department: "Nordost"}), 9);
    expect(verdict.kind === "set-aside" && verdict.problems.map((p) => [p.line, p.column, p.reason, p.value])).toEqual([
      [9, "case_id", "required value is empty", null],
      [9, "department", "unknown code", "Nordost"],
      [9, "decision_date", "not a date (YYYY-MM-DD)", "2023-02-30"]
    ]);
  });

  it("sets aside (never fails the file for) a row with a clear id in a pseudonym column without a key, marking it clearId and naming where but not what", () => {
    const verdict = validateRow(context(), fields({operation_id: "Solgläntan HVB"}), 6);
    expect(verdict.kind).toBe("set-aside");
    if (verdict.kind !== "set-aside") return;
    expect(verdict.clearId).toBe(true);
    expect(verdict.problems[0]).toMatchObject({line: 6, column: "operation_id", value: null, code: "clear-id-without-key"});
    expect(verdict.problems[0]!.reason).toContain("LIKA_PSEUDONYM_KEY");
    expect(verdict.problems[0]!.reason).not.toContain("Solgläntan");
  });

  it("sets aside a pseudonym cut off or mistyped (dm_q) as malformed, with and without a key, without marking it clearId", () => {
    for (const pseudonym of [createPseudonymGuard(undefined), createPseudonymGuard(TEST_KEY)]) {
      const verdict = validateRow(context({pseudonym}), fields({decision_maker: "dm_q"}), 7);
      expect(verdict.kind === "set-aside" && [verdict.clearId, verdict.problems.map((p) => [p.column, p.code, p.value])]).toEqual([undefined, [["decision_maker", "malformed-pseudonym", null]]]);
    }
  });

  it("sets aside a row with too few or too many fields, and the header line repeated, each with its code", () => {
    const row = fields();
    for (const [shape, code] of [[row.slice(0, 8), "field-count"], [[...row, "extra"], "field-count"], [[...HEADER], "header-repeated"], [HEADER.map((h) => ` ${h.toUpperCase()} `), "header-repeated"], [["\uFEFFBeslut_ID", ...HEADER.slice(1)], "header-repeated"]] as const) {
      const verdict = validateRow(context(), shape, 5);
      expect(verdict.kind === "set-aside" && verdict.problems.map((p) => [p.line, p.column, p.code])).toEqual([[5, null, code]]);
    }
  });

  it("pseudonymises a clear id with a key", () => {
    const verdict = validateRow(context({pseudonym: createPseudonymGuard(TEST_KEY)}), fields({operation_id: "Solgläntan HVB"}), 6);
    expect(verdict.kind === "accepted" && isPseudonym("operation", verdict.values.operation_id as string)).toBe(true);
  });

  it("sets aside a row dated outside the extract period, but not one whose case opened before it", () => {
    const period = {from: "2023-02-01", to: "2023-02-28"};
    expect(validateRow(context({period}), fields({case_opened: "2022-06-01"}), 2).kind).toBe("accepted");
    const verdict = validateRow(context({period}), fields({decision_date: "2023-03-01"}), 2);
    expect(verdict.kind === "set-aside" && verdict.problems.map((p) => [p.column, p.reason])).toEqual([["decision_date", "outside the extract period 2023-02-01 – 2023-02-28"]]);
  });

  it("applies the extract's row rules once every column parsed", () => {
    const verdict = validateRow(context(), fields({deficiencies: "nej"}), 2);
    expect(verdict.kind === "set-aside" && verdict.problems.map((p) => p.column)).toEqual(["deficiencies", "deficiency_areas"]);
  });
});
