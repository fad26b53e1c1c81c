import {describe, expect, it} from "vitest";
import {decisionCaseProblems} from "../../../../src/lib/extract/validate/decision-cases.js";
import type {DecisionRow} from "../../../../src/lib/extract/decision-row.js";
import {decision} from "./helpers.js";

/** Runs the case rules with lines 2, 3, … and returns [line, column, rule] of every row set aside. */
function setAside(rows: DecisionRow[]): [number, string | null, string][] {
  const lines = rows.map((_, i) => i + 2);
  const found = decisionCaseProblems(rows, lines, "decisions.csv");
  return [...found.entries()].sort((a, b) => a[0] - b[0]).map(([i, ps]) => [lines[i]!, ps[0]!.column, ps[0]!.rule]);
}

describe("decisionCaseProblems(rows, lines, file)", () => {
  it("accepts a case that climbs the ladder in order and ends with its final decision", () => {
    expect(setAside([
      decision({decision_id: "B-1", decision_type: "report_back_1", decision_date: "2023-02-01"}),
      decision({decision_id: "B-2", decision_type: "report_back_2", decision_date: "2023-03-01"}),
      decision({decision_id: "B-3", decision_type: "report_back_3", decision_date: "2023-03-01"}),
      decision({decision_id: "B-4", decision_type: "injunction_with_fine", decision_date: "2023-04-01"}),
      decision({decision_id: "B-5", decision_type: "fine_imposed", decision_date: "2023-04-01"}),
      decision({decision_id: "B-6", decision_type: "final", decision_date: "2023-05-01", deficiencies: false, deficiency_areas: []})
    ])).toEqual([]);
  });

  it("sets aside a later decision whose operation, case type or national area differs from the case's first", () => {
    const rows = [
      decision({decision_id: "B-1"}),
      decision({decision_id: "B-2", operation_id: "op_cdfghjklmnpq"}),
      decision({decision_id: "B-3", case_type: "national", national_area: "lss_adults"}),
      decision({decision_id: "B-4", case_id: "A-2", operation_id: "op_cdfghjklmnpq"})
    ];
    expect(setAside(rows)).toEqual([[3, "operation_id", "operation_id: differs between decisions of one case"], [4, "case_type", "case_type: differs between decisions of one case"]]);
    expect(decisionCaseProblems(rows, [2, 3, 4, 5], "decisions.csv").get(1)![0]!.reason).toBe("case A-1 has operation_id 'op_bcdfghjklmnp' on line 2");
  });

  it("sets aside report_back_2 without an earlier-or-same-day report_back_1, and report_back_3 that needed it", () => {
    expect(setAside([
      decision({decision_id: "B-1", decision_type: "report_back_1", decision_date: "2023-03-02"}),
      decision({decision_id: "B-2", decision_type: "report_back_2", decision_date: "2023-03-01"}),
      decision({decision_id: "B-3", decision_type: "report_back_3", decision_date: "2023-04-01"})
    ])).toEqual([[3, "decision_type", "decision_type: impossible order"], [4, "decision_type", "decision_type: impossible order"]]);
  });

  it("sets aside fine_imposed without an injunction_with_fine on or before it in the same case", () => {
    expect(setAside([
      decision({decision_id: "B-1", decision_type: "fine_imposed"}),
      decision({decision_id: "B-2", case_id: "A-2", decision_type: "injunction_with_fine", decision_date: "2023-01-15"})
    ])).toEqual([[2, "decision_type", "decision_type: impossible order"]]);
  });

  it("sets aside decisions dated after the case's final decision, not those on the same day", () => {
    const rows = [
      decision({decision_id: "B-1", decision_type: "final", decision_date: "2023-03-01", deficiencies: false, deficiency_areas: []}),
      decision({decision_id: "B-2", decision_type: "criticism", decision_date: "2023-03-01"}),
      decision({decision_id: "B-3", decision_type: "criticism", decision_date: "2023-03-02"})
    ];
    expect(setAside(rows)).toEqual([[4, "decision_date", "decision_date: after the case's final decision"]]);
    expect(decisionCaseProblems(rows, [2, 3, 4], "decisions.csv").get(2)![0]!.reason).toBe("dated after the final decision of case A-1 (2023-03-01, line 2)");
  });
});
