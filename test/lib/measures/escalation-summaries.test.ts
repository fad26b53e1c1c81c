import {describe, expect, it} from "vitest";
import {escalationCounts} from "../../../src/lib/measures/escalation-counts.js";
import {flowCounts, repeatsBeforeDistribution, stalledCases, survivalSummary} from "../../../src/lib/measures/escalation-summaries.js";
import {kaplanMeier} from "../../../src/lib/stats/kaplan-meier.js";
import {rows} from "./escalation-rows.js";
import {YEAR_2023} from "./rows.js";

describe("escalation summaries (flows, repeats before escalation, survival, stalled cases)", () => {
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
});
