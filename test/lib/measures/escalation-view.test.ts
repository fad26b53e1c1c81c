import {describe, expect, it} from "vitest";
import {escalationCountsFromDecisions} from "../../../src/lib/measures/escalation-counts.js";
import {escalationView} from "../../../src/lib/measures/escalation-view.js";
import {parsePeriod} from "../../../src/lib/period.js";
import {rows} from "./escalation-rows.js";

describe("escalationView(countsIn, period, filter) (stage b)", () => {
  it("summarises per department and flags the share of repeats per department, stratified by case type and rung", () => {
    const view = escalationView(escalationCountsFromDecisions(rows), parsePeriod("2023"), {department: null, operationType: null, caseType: null});
    const [nord, syd] = view.summary.byDepartment;
    expect(nord).toMatchObject({unit: "nord", repeats: 2, stepUps: 2, closures: 1, repeatShare: 0.5, stalledCases: 1});
    expect(syd).toMatchObject({unit: "syd", repeats: 0, stepUps: 0, closures: 1, stalledCases: 1});
    expect(view.byDepartment.strata.map((s) => [s.stratum, s.n, s.events])).toEqual([["self_initiated|3", 3, 2], ["self_initiated|5", 1, 0]]);
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
