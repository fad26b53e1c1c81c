import {randomLcg, randomUniform} from "d3";
import {describe, expect, it} from "vitest";
import {alarmFatigue, BROAD_VARIATION_MIN_FLAGGED, expectedFalseFlags, isBroadVariation} from "../../../src/lib/flags/alarm-fatigue.js";
import {assessedUnits} from "../../../src/lib/flags/measure-flags.js";
import {DEFAULT_FLAG_POLICY, flagPolicy} from "../../../src/lib/flags/policy.js";

describe("expectedFalseFlags(units, level)", () => {
  it("is units × (1 − level): 300 units give 0.6 at 99.8 % and 15 at 95 %", () => {
    expect(expectedFalseFlags(300, 0.998)).toBeCloseTo(0.6, 12);
    expect(expectedFalseFlags(300, 0.95)).toBeCloseTo(15, 12);
    expect(expectedFalseFlags(0, 0.95)).toBe(0);
  });

  // Simulation with a known truth (no unit differs): the policy raises about as many flags as the summary says to expect.
  it("matches the flags the policy raises over 100 seeded measures where no unit truly differs", () => {
    const policy = flagPolicy({overdispersion: "off"});
    let alarms = 0;
    let flagged = 0;
    let expectedAlarms = 0;
    let expectedFlags = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const source = randomLcg(seed / 101);
      const uniform = randomUniform.source(source);
      const units = Array.from({length: 200}, (_, i) => {
        const n = Math.round(uniform(40, 250)());
        let observed = 0;
        for (let k = 0; k < n; k++) if (source() < 0.45) observed += 1;
        return {unit: `u${i}`, n, observed, expected: n * 0.45};
      });
      const {units: assessed} = assessedUnits(units, policy, 0.45);
      const fatigue = alarmFatigue(assessed, policy);
      alarms += fatigue.alarms;
      flagged += fatigue.alarms + fatigue.alerts;
      expectedAlarms += fatigue.expectedFalseAlarms;
      expectedFlags += fatigue.expectedFalseAlerts;
    }
    // 20 000 null units: 40 alarms and 1 000 flags expected (measured 47 and 1 048 with d3 7.9.2 randomLcg); Poisson sd ≈ 6.3 and 32 (bounds ≈ ±3.5 sd, plus the arcsine approximation).
    expect(expectedAlarms).toBeCloseTo(40, 6);
    expect(expectedFlags).toBeCloseTo(1000, 6);
    expect(alarms).toBeGreaterThan(18);
    expect(alarms).toBeLessThan(65);
    expect(flagged).toBeGreaterThan(880);
    expect(flagged).toBeLessThan(1120);
  });
});

describe("alarmFatigue(units, policy)", () => {
  // Six departments, as on delegation: no τ² (fewer than 10 units), 500 cases each, shares far apart.
  const departments = [0.21, 0.35, 0.5, 0.6, 0.66, 0.8].map((p, i) => ({unit: `d${i}`, n: 500, observed: Math.round(500 * p), expected: 500 * 0.5}));
  const assessed = assessedUnits(departments, DEFAULT_FLAG_POLICY, 0.5).units;

  it("calls it broad variation when most assessed units are flagged (5 of 6 departments), not a list of anomalies", () => {
    const fatigue = alarmFatigue(assessed, DEFAULT_FLAG_POLICY);
    expect(fatigue.assessed).toBe(6);
    expect(fatigue.alarms + fatigue.alerts).toBe(5);
    expect(fatigue.broad).toBe(true);
  });

  it("gives each flagged unit's difference in percentage points, largest first, signed by direction", () => {
    const {differences} = alarmFatigue(assessed, DEFAULT_FLAG_POLICY);
    // The flagged units, each once; sizes from each unit's own assessment (its adjusted share against the target).
    const flagged = assessed.filter((a) => a.level !== null);
    expect(differences.map((d) => d.unit).sort()).toEqual(flagged.map((a) => a.unit).sort());
    for (const d of differences) {
      const a = flagged.find((u) => u.unit === d.unit)!;
      expect(d.differencePercentagePoints).toBeCloseTo(100 * (a.adjustedRate - a.target), 9);
    }
    // Largest absolute difference first: the far-low d0 (21 %) and far-high d5 (80 %) lead, d3 (60 %) comes last.
    const sizes = differences.map((d) => Math.abs(d.differencePercentagePoints));
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeLessThanOrEqual(sizes[i - 1]!);
    expect(differences.slice(0, 2).map((d) => d.unit).sort()).toEqual(["d0", "d5"]);
    expect(differences.at(-1)!.unit).toBe("d3");
    expect(differences.find((d) => d.unit === "d0")).toMatchObject({direction: "low", level: "alarm"});
    for (const d of differences) expect(Math.sign(d.differencePercentagePoints)).toBe(d.direction === "high" ? 1 : -1);
    expect(differences.every((d) => d.q >= 0 && d.q <= 1)).toBe(true);
  });

  it("is not broad with fewer than three flagged units or fewer than half the assessed ones; units not assessed do not count", () => {
    expect(isBroadVariation(BROAD_VARIATION_MIN_FLAGGED - 1, 3)).toBe(false);
    expect(isBroadVariation(3, 6)).toBe(true);
    expect(isBroadVariation(3, 7)).toBe(false);
    expect(isBroadVariation(0, 0)).toBe(false);
    const withSmall = assessedUnits([...departments, ...Array.from({length: 10}, (_, i) => ({unit: `small${i}`, n: 5, observed: 2, expected: 2.5}))], DEFAULT_FLAG_POLICY, 0.5).units;
    const fatigue = alarmFatigue(withSmall, DEFAULT_FLAG_POLICY);
    expect(fatigue.assessed).toBe(6);
    expect(fatigue.broad).toBe(true);
    // A unit whose expected share is 0 gets p = 1 but a reason for no flag: it was not compared, so it does not count.
    const withZero = assessedUnits([...departments, {unit: "zero", n: 100, observed: 0, expected: 0}], DEFAULT_FLAG_POLICY, 0.5).units;
    expect(alarmFatigue(withZero, DEFAULT_FLAG_POLICY).assessed).toBe(6);
    expect(alarmFatigue([], DEFAULT_FLAG_POLICY)).toMatchObject({assessed: 0, alarms: 0, expectedFalseAlarms: 0, broad: false, differences: []});
  });
});
