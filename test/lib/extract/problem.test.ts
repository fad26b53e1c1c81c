import {describe, expect, it} from "vitest";
import {formatProblem, maskProblem} from "../../../src/lib/extract/problem.js";
import {syntheticPin} from "../../helpers/synthetic-pin.js";

// Synthetic numbers only, assembled at run time (test/helpers/synthetic-pin.ts).
const TEN = syntheticPin("12", "12", "12", "121");
const TWELVE_DASH = syntheticPin("12", "12", "12", "121", {century: "19", separator: "-"});

describe("maskProblem", () => {
  it("masks the problem's file name, value and reason, keeping line and column", () => {
    const p = maskProblem({
      file: "export-" + TEN + ".csv",
      line: 12,
      column: "free_text",
      value: "kontakt " + TWELVE_DASH,
      reason: "contains a personal identity number " + TWELVE_DASH
    });
    expect(p).toEqual({
      file: "export-[personnummer].csv",
      line: 12,
      column: "free_text",
      value: "kontakt [personnummer]",
      reason: "contains a personal identity number [personnummer]"
    });
  });

  it("keeps a null value null", () => {
    expect(maskProblem({file: "a.csv", line: 2, column: null, value: null, reason: "r"}).value).toBeNull();
  });
});

describe("formatProblem", () => {
  it("names file, line, column and reason, then the value quoted and masked", () => {
    expect(formatProblem({file: "a.csv", line: 3, column: "x", value: "v " + TEN, reason: "bad"})).toBe("a.csv:3, column x: bad: 'v [personnummer]'");
    expect(formatProblem({file: "a.csv", line: 1, column: null, value: null, reason: "file is empty"})).toBe("a.csv:1: file is empty");
  });
});
