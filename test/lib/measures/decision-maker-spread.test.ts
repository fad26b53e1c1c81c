import {describe, expect, it} from "vitest";
import {decisionMakerSpread, heterogeneity, spreadBeyondChance} from "../../../src/lib/measures/decision-maker-spread.js";
import {indirectStandardisation, type StratifiedCase} from "../../../src/lib/flags/indirect-standardisation.js";

function cases(unit: string, stratum: string, events: number, n: number): StratifiedCase[] {
  return Array.from({length: n}, (_, i) => ({unit, stratum, event: i < events}));
}

describe("heterogeneity(estimates)", () => {
  it("computes Cochran's Q, DerSimonian–Laird τ² and I² (hand computation)", () => {
    // y = 0.2, 0.5, 0.8 with v = 0.01 each: w = 100, ȳ = 0.5, Q = 100·(0.09 + 0 + 0.09) = 18, df = 2,
    // τ² = (18 − 2)/(300 − 30000/300) = 16/200 = 0.08, I² = 16/18.
    const h = heterogeneity([{y: 0.2, v: 0.01}, {y: 0.5, v: 0.01}, {y: 0.8, v: 0.01}]);
    expect(h.q).toBeCloseTo(18, 12);
    expect(h.tau2).toBeCloseTo(0.08, 12);
    expect(h.tauPercentagePoints).toBeCloseTo(100 * Math.sqrt(0.08), 10);
    expect(h.i2).toBeCloseTo(16 / 18, 12);
    expect(h.pQ).toBeCloseTo(Math.exp(-9), 10); // χ²(2) upper tail at 18 is e^(−18/2)
    expect([h.min, h.max, h.mean]).toEqual([0.2, 0.8, 0.5]);
  });

  it("is 0 for τ² and I² when the estimates vary less than chance, and NaN with fewer than two units", () => {
    const h = heterogeneity([{y: 0.5, v: 0.01}, {y: 0.51, v: 0.01}]);
    expect([h.tau2, h.i2]).toEqual([0, 0]);
    expect(heterogeneity([{y: 0.5, v: 0.01}]).tau2).toBeNaN();
  });
});

describe("decisionMakerSpread(standardised, minimumCases)", () => {
  it("shows a spread that case mix explains: raw shares 25 % and 75 % that are both as expected for their homes", () => {
    // A decides only HVB (25 %), B only LSS homes (75 %): raw spread large, adjusted shares identical.
    const data = [...cases("A", "hvb", 10, 40), ...cases("B", "lss", 30, 40), ...cases("C", "hvb", 10, 40), ...cases("D", "lss", 30, 40)];
    const s = decisionMakerSpread(indirectStandardisation(data));
    expect(s.beforeCaseMix.tauPercentagePoints).toBeGreaterThan(20);
    expect(s.beforeCaseMix).toMatchObject({units: 4, min: 0.25, max: 0.75});
    expect(s.afterCaseMix.tau2).toBe(0);
    expect(s.afterCaseMix.i2).toBe(0);
    expect(spreadBeyondChance(s.afterCaseMix)).toBe(false);
  });

  it("shows a spread that case mix does not explain, and leaves out decision-makers below the minimum", () => {
    const data = [...cases("A", "hvb", 5, 40), ...cases("B", "hvb", 35, 40), ...cases("C", "hvb", 20, 40), ...cases("tiny", "hvb", 3, 3)];
    const s = decisionMakerSpread(indirectStandardisation(data), 10);
    expect(s.afterCaseMix.units).toBe(3);
    expect(s.afterCaseMix.tauPercentagePoints).toBeGreaterThan(20);
    expect(spreadBeyondChance(s.afterCaseMix)).toBe(true);
  });
});

describe("spreadBeyondChance(after)", () => {
  it("is null with fewer than two units, else whether Q rejects homogeneity at 5 %", () => {
    const h = heterogeneity([{y: 0.2, v: 0.01}, {y: 0.5, v: 0.01}, {y: 0.8, v: 0.01}]);
    expect(spreadBeyondChance(heterogeneity([{y: 0.5, v: 0.01}]))).toBeNull();
    expect(spreadBeyondChance(h)).toBe(true); // pQ = e^(−9)
    expect(spreadBeyondChance({...h, pQ: 0.05})).toBe(false); // the boundary is not below 5 %
    expect(spreadBeyondChance({...h, pQ: NaN})).toBe(false);
  });
});
