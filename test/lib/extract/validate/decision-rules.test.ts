import {describe, expect, it} from "vitest";
import {ALWAYS_DEFICIENT, decisionRowProblems} from "../../../../src/lib/extract/validate/decision-rules.js";
import {decision} from "./helpers.js";

const check = (overrides: Parameters<typeof decision>[0]) => decisionRowProblems(decision(overrides) as never, "decisions.csv", 7);

describe("decisionRowProblems(row, file, line)", () => {
  it("finds nothing wrong with a consistent decision", () => {
    expect(check({})).toEqual([]);
  });

  it("requires national_area exactly when case_type is national", () => {
    expect(check({case_type: "national", national_area: null}).map((p) => [p.line, p.column, p.reason])).toEqual([[7, "national_area", "national_area is required when case_type is national"]]);
    expect(check({case_type: "frequency", national_area: "lss_adults"}).map((p) => p.value)).toEqual(["lss_adults"]);
    expect(check({case_type: "national", national_area: "lss_adults"})).toEqual([]);
  });

  it("refuses deficiencies on a decision without deficiencies", () => {
    expect(check({decision_type: "no_deficiencies", deficiencies: true, deficiency_areas: []}).map((p) => p.column)).toEqual(["deficiencies"]);
  });

  it("requires deficiencies = yes for criticism and every rung above it, as the contract lists them", () => {
    // The contract's list (ingestion brief): criticism, report_back_1/2/3, injunction, injunction_with_fine, fine_imposed, prohibition, licence_revoked.
    expect([...ALWAYS_DEFICIENT].sort()).toEqual(["criticism", "fine_imposed", "injunction", "injunction_with_fine", "licence_revoked", "prohibition", "report_back_1", "report_back_2", "report_back_3"]);
    for (const type of ALWAYS_DEFICIENT) {
      expect(check({decision_type: type as never, deficiencies: false, deficiency_areas: []}).map((p) => p.reason)).toEqual([`decision type ${type} always states deficiencies`]);
    }
    expect(check({decision_type: "final", deficiencies: false, deficiency_areas: []})).toEqual([]);
    expect(check({decision_type: "prosecution_report", deficiencies: false, deficiency_areas: []})).toEqual([]);
  });

  it("refuses deficiency areas on a decision without deficiencies", () => {
    expect(check({decision_type: "final", deficiencies: false, deficiency_areas: ["timeliness", "documentation"]}).map((p) => [p.column, p.value])).toEqual([["deficiency_areas", "timeliness|documentation"]]);
  });

  it("refuses a case opened after the decision date, but accepts the same day", () => {
    expect(check({case_opened: "2023-02-02"}).map((p) => p.reason)).toEqual(["case opened after the decision date 2023-02-01"]);
    expect(check({case_opened: "2023-02-01"})).toEqual([]);
  });
});
