import {describe, expect, it} from "vitest";
import {escalationCounts, escalationCountsFromTertials} from "../../../src/lib/measures/escalation-counts.js";
import {parsePeriod} from "../../../src/lib/period.js";
import {rows} from "./escalation-rows.js";
import {YEAR_2023} from "./rows.js";

describe("escalationCounts(decisions, window) (stage a)", () => {
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
