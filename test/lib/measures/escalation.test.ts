import {describe, expect, it} from "vitest";
import {
  escalationCounts,
  escalationCountsFromDecisions,
  escalationCountsFromTertials,
  escalationRepeats,
  escalationView,
  flowCounts,
  repeatsBeforeDistribution,
  stalledCases,
  survivalSummary
} from "../../../src/lib/measures/escalation.js";
import {kaplanMeier} from "../../../src/lib/stats/kaplan-meier.js";
import type {DecisionType} from "../../../src/lib/extract/codes.js";
import {parsePeriod} from "../../../src/lib/period.js";
import {decision, YEAR_2023} from "./rows.js";

/** A case as a sequence of [type, date, decision-maker] steps, all in one department. */
function caseOf(caseId: string, steps: [DecisionType, string, string?][], department: "nord" | "syd" = "nord") {
  return steps.map(([decision_type, decision_date, dm]) =>
    decision({case_id: caseId, operation_id: `op_${caseId}`, case_type: "self_initiated", department, decision_type, decision_date, decision_maker: dm ?? "dm_bbbbbbbbbbbb", deficiencies: decision_type !== "no_deficiencies" && decision_type !== "final"})
  );
}

const rows = [
  // Two repeats at report-back, then an injunction (2 repeats before the step up), then a final decision.
  ...caseOf("A-1", [["report_back_1", "2023-01-10"], ["report_back_2", "2023-03-10"], ["report_back_3", "2023-05-10"], ["injunction", "2023-07-10", "dm_bbbbbbbbbbbc"], ["final", "2023-09-10"]]),
  // Report back, then closure.
  ...caseOf("A-2", [["report_back_1", "2023-02-01"], ["prosecution_report", "2023-02-15"], ["final", "2023-04-01"]], "syd"),
  // Report back in January, nothing since: stalled at the year's end (more than 180 days), and open (censored).
  ...caseOf("A-3", [["report_back_1", "2023-01-15"]], "syd"),
  // Injunction with a fine in 2022, then the fine imposed: a step up from rung 5 to 6; the case started before 2023.
  ...caseOf("A-4", [["injunction_with_fine", "2022-11-01"], ["fine_imposed", "2023-02-01"]]),
  // Criticism demands nothing: no move, no episode.
  ...caseOf("A-5", [["criticism", "2023-03-01"], ["final", "2023-03-20"]])
];

describe("escalationCounts (stage a)", () => {
  const counts = escalationCounts(rows, YEAR_2023);

  it("classifies every move after a demanding decision as repeat, step up or closure, skipping prosecution reports", () => {
    expect(counts.moves.map((m) => [m.decisionMaker, m.department, m.tertial, m.from, m.to, m.kind, m.repeatsBefore, m.count])).toEqual([
      ["dm_bbbbbbbbbbbb", "nord", "2023T1", "injunction_with_fine", "fine_imposed", "step-up", 0, 1],
      ["dm_bbbbbbbbbbbb", "nord", "2023T1", "report_back_1", "report_back_2", "repeat", null, 1],
      ["dm_bbbbbbbbbbbb", "nord", "2023T2", "report_back_2", "report_back_3", "repeat", null, 1],
      ["dm_bbbbbbbbbbbb", "nord", "2023T3", "injunction", "final", "closed", null, 1],
      ["dm_bbbbbbbbbbbb", "syd", "2023T1", "report_back_1", "final", "closed", null, 1],
      ["dm_bbbbbbbbbbbc", "nord", "2023T2", "report_back_3", "injunction", "step-up", 2, 1]
    ]);
  });

  it("keeps one episode per case from its first demanding decision to its first step up or closure, with dates", () => {
    expect(counts.episodes.map((e) => [e.department, e.start, e.end, e.outcome])).toEqual([
      ["nord", "2023-01-10", "2023-07-10", "escalated"],
      ["syd", "2023-02-01", "2023-04-01", "closed"],
      ["syd", "2023-01-15", null, null],
      ["nord", "2022-11-01", "2023-02-01", "escalated"]
    ]);
  });

  it("counts only moves whose later decision is in the window, and tertial counts select the same moves", () => {
    const t1 = parsePeriod("2023T1");
    expect(escalationCounts(rows, t1).moves).toEqual(escalationCountsFromTertials(escalationCounts(rows))(t1).moves);
    expect(escalationCounts(rows, t1).moves.reduce((s, m) => s + m.count, 0)).toBe(3);
  });
});

describe("escalation stage (b)", () => {
  const counts = escalationCounts(rows);

  it("sums flows from → to in ladder order", () => {
    expect(flowCounts(escalationCounts(rows, YEAR_2023).moves).map((f) => `${f.from}>${f.to}:${f.kind}:${f.count}`)).toEqual([
      "report_back_1>report_back_2:repeat:1",
      "report_back_1>final:closed:1",
      "report_back_2>report_back_3:repeat:1",
      "report_back_3>injunction:step-up:1",
      "injunction>final:closed:1",
      "injunction_with_fine>fine_imposed:step-up:1"
    ]);
  });

  it("gives repeats before escalation as a distribution, not only a mean", () => {
    expect(repeatsBeforeDistribution(escalationCounts(rows, YEAR_2023).moves)).toEqual({
      stepUps: 2,
      mean: 1,
      median: 1,
      counts: [{repeats: 0, stepUps: 1}, {repeats: 1, stepUps: 0}, {repeats: 2, stepUps: 1}]
    });
  });

  it("censors a case still open at the window's end there: not left out, not counted as done", () => {
    const s = survivalSummary(counts.episodes, YEAR_2023, "total", "Alla");
    // Episodes starting in 2023: A-1 escalated after 181 days, A-2 closed after 59, A-3 open: censored at 350 (2023-12-31).
    // A-4 started in 2022 and is not in the 2023 cohort.
    expect(s).toMatchObject({cases: 3, escalated: 1, closed: 1, censored: 1});
    const direct = kaplanMeier([{time: 181, event: true}, {time: 59, event: true}, {time: 350, event: false}]);
    expect(s.steps).toEqual(direct.steps.map(({time, nRisk, events, censored, survival, lower, upper}) => ({time, nRisk, events, censored, survival, lower, upper})));
    expect(s.steps.map((x) => [x.time, x.nRisk, x.events, x.censored])).toEqual([[59, 3, 1, 0], [181, 2, 1, 0], [350, 1, 0, 1]]);
    // S(59) = 2/3, S(181) = 2/3 · 1/2 = 1/3; the censored case keeps the curve above 0 at its last time.
    [2 / 3, 1 / 3, 1 / 3].forEach((expected, i) => expect(s.steps[i]!.survival).toBeCloseTo(expected, 12));
    expect(s.median.time).toBe(181);
    expect(s.atRisk.map((r) => [r.time, r.nRisk])).toEqual([[0, 3], [90, 2], [180, 2], [365, 0], [730, 0]]);
  });

  it("censors an episode that ends after the window's end at the window's end, so a short window leaves the median unreached", () => {
    const firstHalf = {from: "2023-01-01", to: "2023-06-30"};
    const s = survivalSummary(counts.episodes, firstHalf, "total", "Alla");
    // A-1 escalates on 2023-07-10, after the window: censored at 171 days; A-3 at 166; only A-2 (59) is an event.
    expect(s.steps.map((x) => [x.time, x.events, x.censored])).toEqual([[59, 1, 0], [166, 0, 1], [171, 0, 1]]);
    expect(s.median.time).toBeNull();
    // Leaving the open cases out would have given a median of 59 days: escalation would look faster than it is.
    expect(kaplanMeier([{time: 59, event: true}]).median.time).toBe(59);
  });

  it("finds open cases whose last decision demands something and is older than the threshold at the period's end", () => {
    expect(stalledCases(counts.spells, "2023-12-31").map((s) => [s.operationId, s.daysSinceLast, s.department, s.lastDecision, s.rung])).toEqual([
      ["op_A-3", 350, "syd", "report_back_1", 3],
      ["op_A-4", 333, "nord", "fine_imposed", 6]
    ]);
    // At 2023-07-20, A-3 has waited 186 days and A-4 (fine imposed 2023-02-01) 169: only A-3 at 180 days, both at 160.
    expect(stalledCases(counts.spells, "2023-07-20").map((s) => s.operationId)).toEqual(["op_A-3"]);
    expect(stalledCases(counts.spells, "2023-07-20", 160).map((s) => s.operationId)).toEqual(["op_A-3", "op_A-4"]);
    // A-1 waited 61 days between its decisions and was closed: never stalled.
    expect(stalledCases(counts.spells, "2023-09-09", 0).map((s) => s.operationId)).toEqual(["op_A-3", "op_A-4", "op_A-1"]);
    expect(stalledCases(counts.spells, "2023-09-10", 0).map((s) => s.operationId)).toEqual(["op_A-3", "op_A-4"]);
  });

  it("summarises per department and flags the share of repeats per unit, stratified by case type and rung", () => {
    const view = escalationView(escalationCountsFromDecisions(rows), parsePeriod("2023"), {department: null, operationType: null, caseType: null});
    const [nord, syd] = view.summary.byDepartment;
    expect(nord).toMatchObject({unit: "nord", repeats: 2, stepUps: 2, closures: 1, repeatShare: 0.5, stalledCases: 1});
    expect(syd).toMatchObject({unit: "syd", repeats: 0, stepUps: 0, closures: 1, stalledCases: 1});
    expect(view.byDepartment.strata.map((s) => [s.stratum, s.n, s.events])).toEqual([["self_initiated|3", 3, 2], ["self_initiated|5", 1, 0]]);
    const r = escalationRepeats(rows, "decision-maker", YEAR_2023);
    expect(r.units.map((u) => [u.unit, u.n, u.observed])).toEqual([["dm_bbbbbbbbbbbb", 3, 2], ["dm_bbbbbbbbbbbc", 1, 0]]);
    expect(r.polarity).toBe("none");
  });

  it("shows a department's flows, times and stalled cases, and its units compared with the nation", () => {
    const all = escalationView(escalationCountsFromDecisions(rows), parsePeriod("2023"), {department: null, operationType: null, caseType: null});
    const syd = escalationView(escalationCountsFromDecisions(rows), parsePeriod("2023"), {department: "syd", operationType: null, caseType: null});
    expect(syd.flows.map((f) => `${f.from}>${f.to}:${f.count}`)).toEqual(["report_back_1>final:1"]);
    expect(syd.stalled.map((s) => s.operationId)).toEqual(["op_A-3"]);
    expect(syd.survival.total).toMatchObject({cases: 2, closed: 1, censored: 1});
    expect(syd.byDepartment.units.map((u) => u.unit)).toEqual([]);
    expect(all.byDepartment.units.map((u) => u.unit)).toEqual(["nord"]);
    expect(syd.byDepartment.target).toBe(all.byDepartment.target);
    // A case type with no moves gives an empty view, not an error.
    const national = escalationView(escalationCountsFromDecisions(rows), parsePeriod("2023"), {department: null, operationType: null, caseType: "national"});
    expect([national.flows.length, national.stalled.length, national.survival.total.cases]).toEqual([0, 0, 0]);
  });
});
