import {flagPolicy} from "../../../src/lib/flags/policy.js";
import {describe, expect, it} from "vitest";
import {decisionsWithoutDeficiencies} from "../../../src/lib/measures/decisions-without-deficiencies.js";
import {decision, decisions, YEAR_2023} from "./rows.js";

const A = "dm_bbbbbbbbbbbc";
const B = "dm_bbbbbbbbbbbd";

describe("decisionsWithoutDeficiencies(decisions, unitType, window)", () => {
  it("counts frequency-supervision assessment decisions in the window, no_deficiencies as events", () => {
    const rows = [
      ...decisions(3, {decision_maker: A, decision_type: "no_deficiencies"}),
      decision({decision_maker: A, decision_type: "criticism", deficiencies: true}),
      decision({decision_maker: A, decision_type: "report_back_2", deficiencies: true}), // follow-up: not an assessment
      decision({decision_maker: A, decision_type: "final"}), // closes a case: not an assessment
      decision({decision_maker: A, case_type: "self_initiated"}), // other case type: not counted by default
      decision({decision_maker: A, decision_date: "2024-01-01"}) // outside the window
    ];
    const r = decisionsWithoutDeficiencies(rows, "decision-maker", YEAR_2023);
    expect(r.units.map((u) => [u.unit, u.n, u.observed])).toEqual([[A, 4, 3]]);
    expect(r).toMatchObject({cases: 4, events: 3, target: 0.75, polarity: "none", adjustedFor: ["operation_type", "case_type"]});
  });

  it("adjusts for type of home: a decision-maker with many LSS homes is expected to have more decisions without deficiencies", () => {
    // Stratum rates: hvb 10/40 = 25 %, LSS homes for children 30/40 = 75 %.
    const rows = [
      ...decisions(5, {decision_maker: A, operation_type: "hvb", decision_type: "no_deficiencies"}),
      ...decisions(25, {decision_maker: A, operation_type: "hvb", decision_type: "criticism", deficiencies: true}),
      ...decisions(8, {decision_maker: A, operation_type: "lss_child_home", decision_type: "no_deficiencies"}),
      ...decisions(2, {decision_maker: A, operation_type: "lss_child_home", decision_type: "criticism", deficiencies: true}),
      ...decisions(5, {decision_maker: B, operation_type: "hvb", decision_type: "no_deficiencies"}),
      ...decisions(5, {decision_maker: B, operation_type: "hvb", decision_type: "criticism", deficiencies: true}),
      ...decisions(22, {decision_maker: B, operation_type: "lss_child_home", decision_type: "no_deficiencies"}),
      ...decisions(8, {decision_maker: B, operation_type: "lss_child_home", decision_type: "criticism", deficiencies: true})
    ];
    const r = decisionsWithoutDeficiencies(rows, "decision-maker", YEAR_2023, {policy: flagPolicy({reference: "all"})});
    const [a, b] = r.units;
    // A: E = 30·0.25 + 10·0.75 = 15; B: E = 10·0.25 + 30·0.75 = 25 (hand computation).
    expect(a!.expected).toBeCloseTo(15, 12);
    expect(b!.expected).toBeCloseTo(25, 12);
    expect(a!.adjustedRate).toBeCloseTo((13 / 15) * 0.5, 12);
    expect(r.strata.map((s) => [s.stratum, s.rate])).toEqual([["hvb|frequency", 0.25], ["lss_child_home|frequency", 0.75]]);
    // The default with two units is leave-one-out: A against B's stratum rates (hvb 5/10, LSS 22/30) and B against A's.
    const [aLoo, bLoo] = decisionsWithoutDeficiencies(rows, "decision-maker", YEAR_2023).units;
    expect(aLoo!.expected).toBeCloseTo(30 * 0.5 + 10 * (22 / 30), 12);
    expect(bLoo!.expected).toBeCloseTo(10 * (5 / 30) + 30 * 0.8, 12);
  });

  it("counts other case types when asked, with case type as a stratum", () => {
    const rows = [decision({case_type: "self_initiated", decision_maker: A}), decision({decision_maker: A})];
    const r = decisionsWithoutDeficiencies(rows, "department", YEAR_2023, {caseTypes: ["frequency", "self_initiated"]});
    expect(r.strata.map((s) => s.stratum)).toEqual(["hvb|frequency", "hvb|self_initiated"]);
    expect(r.units.map((u) => [u.unit, u.n])).toEqual([["nord", 2]]);
  });

  it("flags an outlying decision-maker among 20 like ones, with a sentence that says högre, not bättre", () => {
    const rows = [
      ...Array.from({length: 20}, (_, i) => [
        ...decisions(15, {decision_maker: `dm_normal${i}`, decision_type: "no_deficiencies"}),
        ...decisions(15, {decision_maker: `dm_normal${i}`, decision_type: "criticism", deficiencies: true})
      ]).flat(),
      ...decisions(29, {decision_maker: A, decision_type: "no_deficiencies"}),
      ...decisions(1, {decision_maker: A, decision_type: "criticism", deficiencies: true})
    ];
    const r = decisionsWithoutDeficiencies(rows, "decision-maker", YEAR_2023);
    expect(r.flags.map((f) => [f.unit, f.level, f.direction])).toEqual([[A, "alarm", "high"]]);
    expect(r.flags[0]!.explanation).toMatch(/högre än väntat/);
    expect(r.flags[0]!.explanation).not.toMatch(/bättre|sämre/);
  });
});
