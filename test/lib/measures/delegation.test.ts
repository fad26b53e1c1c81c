import {describe, expect, it} from "vitest";
import {delegationByDepartment} from "../../../src/lib/measures/delegation.js";
import {decisions, YEAR_2023} from "./rows.js";

describe("delegationByDepartment(decisions, window)", () => {
  it("is the share of decisions by inspectors with delegation per department, adjusted for case type", () => {
    const rows = [
      ...decisions(3, {department: "nord", decision_maker_role: "inspector_delegated"}),
      ...decisions(1, {department: "nord", decision_maker_role: "unit_manager"}),
      ...decisions(1, {department: "syd", decision_maker_role: "inspector_delegated", case_type: "complaint"}),
      ...decisions(3, {department: "syd", decision_maker_role: "legal_officer", case_type: "complaint"}),
      ...decisions(2, {department: "syd", decision_maker_role: "inspector_delegated", decision_date: "2022-12-31"})
    ];
    const r = delegationByDepartment(rows, YEAR_2023);
    expect(r.units.map((u) => [u.unit, u.unitLabel, u.n, u.observed, u.rate])).toEqual([
      ["nord", "Nord", 4, 3, 0.75],
      ["syd", "Syd", 4, 1, 0.25]
    ]);
    expect(r.strata.map((s) => s.stratum)).toEqual(["complaint", "frequency"]);
    // Each department is alone in its stratum, so case type explains everything: E = O.
    expect(r.units.map((u) => u.expected)).toEqual([3, 1]);
    expect(r.polarity).toBe("none");
  });
});
