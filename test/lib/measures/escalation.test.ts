import {describe, expect, it} from "vitest";
import {escalationRepeats} from "../../../src/lib/measures/escalation.js";
import {rows} from "./escalation-rows.js";
import {YEAR_2023} from "./rows.js";

describe("escalationRepeats(decisions, unitType, window)", () => {
  it("counts a persisting deficiency per repeat or step up, an event per repeat, stratified by case type and rung", () => {
    // Case A-1: two repeats at rung 3 by dm_…b, then its step up to an injunction by dm_…c; A-4: a step up from rung 5.
    // Closures (A-1's final, A-2) and A-3's open report-back are not persisting deficiencies met by a decision.
    const byPerson = escalationRepeats(rows, "decision-maker", YEAR_2023);
    expect(byPerson.units.map((u) => [u.unit, u.n, u.observed])).toEqual([["dm_bbbbbbbbbbbb", 3, 2], ["dm_bbbbbbbbbbbc", 1, 0]]);
    expect(byPerson.polarity).toBe("none");
    const byDepartment = escalationRepeats(rows, "department", YEAR_2023);
    expect(byDepartment.strata.map((s) => [s.stratum, s.n, s.events])).toEqual([["self_initiated|3", 3, 2], ["self_initiated|5", 1, 0]]);
    expect(byDepartment.adjustedFor).toEqual(["case_type", "rung"]);
    expect([byDepartment.cases, byDepartment.events]).toEqual([4, 2]);
  });
});
