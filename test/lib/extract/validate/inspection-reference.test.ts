import {describe, expect, it} from "vitest";
import {inspectionReferenceProblem, type DecisionLookup} from "../../../../src/lib/extract/validate/inspection-reference.js";
import {inspection} from "./helpers.js";

const LOOKUP: Record<string, DecisionLookup> = {
  "B-ok": {status: "accepted", case_type: "frequency", decision_date: "2023-01-10"},
  "B-early": {status: "accepted", case_type: "frequency", decision_date: "2023-01-09"},
  "B-national": {status: "accepted", case_type: "national", decision_date: "2023-02-01"},
  "B-aside": {status: "set-aside", line: 12}
};
const reason = (decision_id: string | null, lookup = (id: string): DecisionLookup => LOOKUP[id] ?? {status: "missing"}) =>
  inspectionReferenceProblem(inspection({decision_id, inspection_date: "2023-01-10"}), 5, "inspections.csv", lookup)?.reason ?? null;

describe("inspectionReferenceProblem(row, line, file, lookup)", () => {
  it("accepts no decision, or an accepted frequency decision on or after the inspection day", () => {
    expect(reason(null)).toBeNull();
    expect(reason("B-ok")).toBeNull();
  });

  it("sets aside a reference to a decision that was set aside, naming it and its line", () => {
    expect(reason("B-aside")).toBe("refers to decision B-aside that was set aside (decisions.csv line 12)");
  });

  it("sets aside a reference to a missing decision, one outside frequency supervision, or one dated before the inspection", () => {
    expect(reason("B-none")).toBe("refers to decision B-none, which is not in decisions.csv");
    expect(reason("B-national")).toBe("refers to decision B-national of case type national, not frequency");
    expect(reason("B-early")).toBe("refers to decision B-early dated 2023-01-09, before the inspection (2023-01-10)");
  });

  it("sets nothing aside when decisions.csv could not be read (the references cannot be checked; the reader warns)", () => {
    expect(reason("B-ok", () => ({status: "unavailable"}))).toBeNull();
  });
});
