import {describe, expect, it} from "vitest";
import {inspectionRowProblems} from "../../../../src/lib/extract/validate/inspection-rules.js";
import {inspection} from "./helpers.js";

const columns = (overrides: Parameters<typeof inspection>[0]) => inspectionRowProblems(inspection(overrides) as never, "inspections.csv", 3).map((p) => p.column);

describe("inspectionRowProblems(row, file, line)", () => {
  it("accepts spoken ≤ agreed ≤ placed with no reason when children were spoken with", () => {
    expect(columns({})).toEqual([]);
    expect(columns({children_placed: 2, children_agreed: 2, children_spoken: 2})).toEqual([]);
  });

  it("refuses more agreed than placed and more spoken than agreed", () => {
    expect(columns({children_placed: 1, children_agreed: 2, children_spoken: 1})).toEqual(["children_agreed"]);
    expect(columns({children_placed: 3, children_agreed: 1, children_spoken: 2})).toEqual(["children_spoken"]);
  });

  it("needs a reason exactly when no child was spoken with", () => {
    expect(columns({children_spoken: 0})).toEqual(["no_conversation_reason"]);
    expect(columns({children_spoken: 0, no_conversation_reason: "not_offered"})).toEqual([]);
    expect(columns({no_conversation_reason: "other"})).toEqual(["no_conversation_reason"]);
  });

  it("uses no_child_present exactly when no child was placed", () => {
    expect(columns({children_placed: 0, children_agreed: 0, children_spoken: 0, no_conversation_reason: "no_child_present"})).toEqual([]);
    expect(columns({children_placed: 0, children_agreed: 0, children_spoken: 0, no_conversation_reason: "not_offered"})).toEqual(["no_conversation_reason"]);
    expect(columns({children_placed: 3, children_agreed: 0, children_spoken: 0, no_conversation_reason: "no_child_present"})).toEqual(["no_conversation_reason"]);
  });

  it("allows all_declined only when no child agreed", () => {
    expect(columns({children_placed: 3, children_agreed: 0, children_spoken: 0, no_conversation_reason: "all_declined"})).toEqual([]);
    expect(columns({children_placed: 3, children_agreed: 1, children_spoken: 0, no_conversation_reason: "all_declined"})).toEqual(["no_conversation_reason"]);
  });
});
