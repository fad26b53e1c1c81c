import {describe, expect, it} from "vitest";
import {escalationCases, escalationEvents, escalationRepeats, escalationSummary} from "../../../src/lib/measures/escalation.js";
import type {DecisionType} from "../../../src/lib/extract/codes.js";
import {decision, YEAR_2023} from "./rows.js";

/** A case as a sequence of [type, date, decision-maker] steps, all in one department. */
function caseOf(caseId: string, steps: [DecisionType, string, string?][], department: "nord" | "syd" = "nord") {
  return steps.map(([decision_type, decision_date, dm]) =>
    decision({case_id: caseId, case_type: "self_initiated", department, decision_type, decision_date, decision_maker: dm ?? "dm_bbbbbbbbbbbb", deficiencies: decision_type !== "no_deficiencies" && decision_type !== "final"})
  );
}

describe("escalationEvents(decisions, window)", () => {
  const rows = [
    // Two repeats at report-back, then an injunction (1 repeat before the step up), then a final decision.
    ...caseOf("A-1", [["report_back_1", "2023-01-10"], ["report_back_2", "2023-03-10"], ["report_back_3", "2023-05-10"], ["injunction", "2023-07-10", "dm_bbbbbbbbbbbc"], ["final", "2023-09-10"]]),
    // Report back, then closure.
    ...caseOf("A-2", [["report_back_1", "2023-02-01"], ["prosecution_report", "2023-02-15"], ["final", "2023-04-01"]], "syd"),
    // Report back in January, nothing since: stalled at the year's end (more than 180 days).
    ...caseOf("A-3", [["report_back_1", "2023-01-15"]], "syd"),
    // Injunction with a fine, then the fine imposed: a step up from rung 5 to 6.
    ...caseOf("A-4", [["injunction_with_fine", "2022-11-01"], ["fine_imposed", "2023-02-01"]]),
    // Criticism demands nothing: no move.
    ...caseOf("A-5", [["criticism", "2023-03-01"], ["final", "2023-03-20"]])
  ];
  const events = escalationEvents(rows, YEAR_2023);

  it("classifies every move after a demanding decision as repeat, step up or closure, skipping prosecution reports", () => {
    expect(events.moves.map((m) => [m.caseId, m.from, m.to, m.kind, m.repeatsBefore])).toEqual([
      ["A-1", "report_back_1", "report_back_2", "repeat", null],
      ["A-1", "report_back_2", "report_back_3", "repeat", null],
      ["A-1", "report_back_3", "injunction", "step-up", 2],
      ["A-1", "injunction", "final", "closed", null],
      ["A-2", "report_back_1", "final", "closed", null],
      ["A-4", "injunction_with_fine", "fine_imposed", "step-up", 0]
    ]);
    expect(events.moves[2]).toMatchObject({decisionMaker: "dm_bbbbbbbbbbbc", days: 61});
  });

  it("measures days from the first demanding decision to the first step up or closure", () => {
    expect(events.episodes.map((e) => [e.caseId, e.outcome, e.days])).toEqual([
      ["A-1", "escalated", 181],
      ["A-2", "closed", 59],
      ["A-4", "escalated", 92]
    ]);
  });

  it("finds open cases whose last decision demands something and is more than 180 days before the window's end", () => {
    expect(events.stalled.map((s) => [s.caseId, s.daysSinceLast, s.department])).toEqual([
      ["A-3", 350, "syd"],
      ["A-4", 333, "nord"]
    ]);
    // At 2023-07-20, A-3 has waited 186 days and A-4 (fine imposed 2023-02-01) 169: only A-3 is stalled.
    expect(escalationEvents(rows, {from: "2023-01-01", to: "2023-07-20"}).stalled.map((s) => s.caseId)).toEqual(["A-3"]);
  });

  it("summarises per department: repeats, step ups, share of repeats, repeats before escalation, days and stalled cases", () => {
    const [nord, syd] = escalationSummary(events, "department");
    expect(nord).toMatchObject({unit: "nord", repeats: 2, stepUps: 2, closures: 1, repeatShare: 0.5, stalledCases: 1});
    expect(nord!.repeatsBeforeEscalation).toEqual({stepUps: 2, mean: 1, median: 1});
    expect(nord!.daysToEscalation).toEqual({cases: 2, median: (181 + 92) / 2});
    expect(syd).toMatchObject({unit: "syd", repeats: 0, stepUps: 0, closures: 1, stalledCases: 1, daysToClosure: {cases: 1, median: 59}});
    expect(syd!.repeatShare).toBeNaN();
  });

  it("gives the flagged measure one case per persisting deficiency, stratified by case type and rung", () => {
    expect(escalationCases(events, "department").map((c) => [c.unit, c.stratum, c.event])).toEqual([
      ["nord", "self_initiated|3", true],
      ["nord", "self_initiated|3", true],
      ["nord", "self_initiated|3", false],
      ["nord", "self_initiated|5", false]
    ]);
    const r = escalationRepeats(rows, "decision-maker", YEAR_2023);
    expect(r.units.map((u) => [u.unit, u.n, u.observed])).toEqual([["dm_bbbbbbbbbbbb", 3, 2], ["dm_bbbbbbbbbbbc", 1, 0]]);
    expect(r.polarity).toBe("none");
  });
});
