/**
 * The edges of the flag policy, each pinned to the behaviour chosen in issue 7 (docs/methods.md, "Flag policy"):
 * O = 0 and O = n at small and large expectations under both methods, n = 0, trim = 0, and one truly deviating department
 * among six; plus the robust reference that keeps true outliers from hiding behind the dispersion they cause.
 */
import {describe, expect, it} from "vitest";
import {unitAssessment, flagZ} from "../../../src/lib/flags/unit-assessment.js";
import {assessedUnits} from "../../../src/lib/flags/measure-flags.js";
import {caseMixOverdispersion, overdispersed} from "../../../src/lib/flags/reference-fit.js";
import {flagPolicy} from "../../../src/lib/flags/policy.js";
import {referencedCounts} from "../../../src/lib/flags/reference.js";
import type {FlagContext, UnitCounts} from "../../../src/lib/flags/types.js";
import {dersimonianLairdTau2, overdispersion, winsorisedNormalSecondMoment} from "../../../src/lib/stats/index.js";
import {chisquareCdf, normalQuantile} from "../../../src/lib/stats/dists.js";

const context = (overrides: Parameters<typeof flagPolicy>[0] = {}): FlagContext => ({policy: flagPolicy(overrides), target: 0.5, phi: NaN, tau2: 0});
const arcsine = context();
const exact = context({method: "exact-binomial"});
const unit = (observed: number, n: number, expected: number): UnitCounts => ({unit: "u", n, observed, expected});

describe("O = 0 and O = n", () => {
  it("exact: 20 of 20 at an expected 99 % is not flagged; z is finite and p the two-sided mid-p 0.99²⁰ = 0.818", () => {
    const a = unitAssessment(unit(20, 20, 19.8), exact);
    expect(a.level).toBeNull();
    expect(Number.isFinite(a.z)).toBe(true);
    expect(a.z).toBeGreaterThan(0);
    // Mid-p upper tail ½·P(R = 20) = ½·0.99²⁰, two-sided twice that.
    expect(a.p).toBeCloseTo(0.99 ** 20, 12);
  });

  it("exact: 0 of 20 at an expected 0.1 % is not flagged (and not high): z = Φ⁻¹(½·0.999²⁰) < 0", () => {
    const a = unitAssessment(unit(0, 20, 0.02), exact);
    expect(a.level).toBeNull();
    expect(a.z).toBeCloseTo(normalQuantile(0.5 * 0.999 ** 20), 12);
    expect(a.z).toBeLessThan(0);
  });

  it("exact: 0 and 100 of 100 at an expected 50 % are alarms with finite, opposite z = ∓Φ⁻¹(½·0.5¹⁰⁰)", () => {
    const low = unitAssessment(unit(0, 100, 50), exact);
    const high = unitAssessment(unit(100, 100, 50), exact);
    expect(low).toMatchObject({level: "alarm", direction: "low"});
    expect(high).toMatchObject({level: "alarm", direction: "high"});
    expect(low.z).toBeCloseTo(normalQuantile(0.5 * 0.5 ** 100), 9);
    expect(high.z).toBeCloseTo(-low.z, 9);
    expect(low.z).toBeCloseTo(-11.544, 3);
  });

  it("exact: stays finite where the tail underflows (5 000 of 5 000 at 50 %: z ≈ 38.5, p > 0)", () => {
    const a = unitAssessment(unit(5000, 5000, 2500), exact);
    expect(a).toMatchObject({level: "alarm", direction: "high"});
    expect(Number.isFinite(a.z)).toBe(true);
    expect(a.z).toBeGreaterThan(37);
    expect(a.p).toBeGreaterThan(0);
  });

  it("default: 0 of 40 at an expected 2.4 is judged by the mid-p exact binomial and not flagged (P(R = 0) = 0.94⁴⁰ ≈ 8 %); arcsine alone would alarm it", () => {
    const a = unitAssessment(unit(0, 40, 2.4), arcsine);
    expect(a.level).toBeNull();
    expect(a.z).toBeCloseTo(normalQuantile(0.5 * 0.94 ** 40), 12);
    expect(unitAssessment(unit(0, 40, 2.4), context({smallExpected: 0})).level).toBe("alarm");
  });

  it("default: 40 of 40 at an expected 94 % mirrors 0 of 40 at 6 % (few expected non-events), z of opposite sign", () => {
    const high = unitAssessment(unit(40, 40, 37.6), arcsine);
    const low = unitAssessment(unit(0, 40, 2.4), arcsine);
    expect(high.level).toBeNull();
    expect(high.z).toBeCloseTo(-low.z, 12);
  });

  it("default: 0 and 400 of 400 at an expected 50 % are alarms with finite arcsine z = ∓(π/4)·2√400", () => {
    const low = unitAssessment(unit(0, 400, 200), arcsine);
    const high = unitAssessment(unit(400, 400, 200), arcsine);
    expect(low).toMatchObject({level: "alarm", direction: "low"});
    expect(high).toMatchObject({level: "alarm", direction: "high"});
    expect(low.z).toBeCloseTo(-(Math.PI / 4) * 40, 12);
    expect(high.z).toBeCloseTo((Math.PI / 4) * 40, 12);
  });

  it("limits bracket the expected rate at every n from 1 to 200 and every O, for both methods and small and large expectations", () => {
    for (const e of [0.004, 0.06, 0.5, 0.97]) {
      for (let n = 1; n <= 200; n += 1) {
        for (const ctx of [arcsine, exact]) {
          const a = unitAssessment(unit(0, n, n * e), ctx);
          expect(a.limits.alarm.lower).toBeLessThanOrEqual(e);
          expect(a.limits.alarm.upper).toBeGreaterThanOrEqual(e);
          expect(a.limits.alert.lower).toBeLessThanOrEqual(e);
          expect(a.limits.alert.upper).toBeGreaterThanOrEqual(e);
        }
      }
    }
  });
});

describe("n = 0", () => {
  it("unitAssessment does not throw: no assessment, limits [0, 1], a reason", () => {
    for (const ctx of [arcsine, exact]) {
      const a = unitAssessment(unit(0, 0, 0), ctx);
      expect(a).toMatchObject({level: null, direction: null, casesToDiffer: null, noFlagReason: "färre än 20 fall (0)", limits: {alert: {lower: 0, upper: 1}, alarm: {lower: 0, upper: 1}}});
      expect(a.z).toBeNaN();
      expect(flagZ(0, unit(0, 0, 0), ctx)).toBe(0);
    }
  });

  it("assessedUnits takes a unit with no cases beside others", () => {
    const r = assessedUnits([unit(0, 0, 0), unit(30, 60, 30), unit(31, 60, 30)]);
    expect(r.units[0]!.p).toBeNaN();
    expect(r.units).toHaveLength(3);
  });
});

describe("dispersion: trim = 0, the consistent φ, the τ² gate and the one DerSimonian–Laird τ²", () => {
  const z = [-2, -0.5, 0.3, 1.1, 2.6, -1.4, 0.2, 4.0];
  const units = z.map((zi, i) => ({numerator: 50 + zi * 5, denominator: 100, i}));

  it("overdispersion trims nothing at trim = 0, winsorising or truncating: φ is the plain mean of z²", () => {
    for (const trimming of ["winsorise", "truncate"] as const) {
      const r = overdispersion(units, {type: "proportion", trim: 0, trimming});
      expect(r.trimmed.every((t) => !t)).toBe(true);
      expect(r.nUsed).toBe(units.length);
      expect(r.phi).toBeCloseTo(r.z.reduce((s, x) => s + x * x, 0) / r.z.length, 12);
    }
  });

  it("caseMixOverdispersion trims nothing at trim = 0", () => {
    const counts = units.map((u, i) => ({unit: `u${i}`, n: 100, observed: u.numerator, expected: 50}));
    const r = caseMixOverdispersion(counts, 0);
    expect(r.phi).toBeCloseTo(r.z.reduce((s, x) => s + x * x, 0) / r.z.length, 12);
  });

  it("scales FunnelPlotR's winsorised φ to about 1 under chance: c = 0.8 − 2aφ(a) + 0.2a² = 0.679 at 10 % (a = Φ⁻¹(0.9)), 1 at trim 0", () => {
    const a = normalQuantile(0.9);
    expect(winsorisedNormalSecondMoment(0.1)).toBeCloseTo(0.8 - (2 * a * Math.exp(-a * a / 2)) / Math.sqrt(2 * Math.PI) + 0.2 * a * a, 12);
    expect(winsorisedNormalSecondMoment(0.1)).toBeCloseTo(0.6787, 4);
    expect(winsorisedNormalSecondMoment(0)).toBe(1);
    const counts = units.map((u, i) => ({unit: `u${i}`, n: 100, observed: u.numerator, expected: 50}));
    expect(caseMixOverdispersion(counts, 0.1, "consistent").phi).toBeCloseTo(caseMixOverdispersion(counts).phi / winsorisedNormalSecondMoment(0.1), 12);
  });

  it("gates τ² on a χ² test for overdispersion at 5 %: k·φ against χ² with k − 1 degrees of freedom", () => {
    // 40 units: φ 1.2 gives 48 (p ≈ 0.15, no τ²), φ 1.6 gives 64 (p ≈ 0.007, τ²); φ ≤ 1 never.
    expect(overdispersed(1.2, 40)).toBe(false);
    expect(overdispersed(1.6, 40)).toBe(true);
    expect(1 - chisquareCdf(64, 39)).toBeLessThan(0.05);
    expect(overdispersed(0.9, 400)).toBe(false);
  });

  it("is max(0, (Q − (k − 1))/(Σw − Σw²/Σw)): Q = 10, w = 1, 2, 3 gives 8/(6 − 14/6) (hand computation); 0 at Q ≤ k − 1 or one unit", () => {
    expect(dersimonianLairdTau2(10, [1, 2, 3])).toBeCloseTo(8 / (6 - 14 / 6), 12);
    expect(dersimonianLairdTau2(2, [1, 2, 3])).toBe(0);
    expect(dersimonianLairdTau2(5, [4])).toBe(0);
  });
});

describe("one truly deviating department among six", () => {
  // Five departments at exactly 80 % of 150, one at 80 of 150 (53 %). No case mix.
  const departments: UnitCounts[] = [...Array.from({length: 5}, (_, i) => ({unit: `d${i}`, n: 150, observed: 120})), {unit: "low", n: 150, observed: 80}].map((u) => ({...u, expected: u.n * (680 / 900)}));

  it("by default (leave-one-out, six units) sets the deviating one aside: it is alarmed low against 80 %, the others sit at z = 0", () => {
    const r = assessedUnits(departments);
    expect(r.context.reference).toBe("leave-one-out");
    expect(r.context.setAside).toEqual(["low"]);
    const low = r.units.find((u) => u.unit === "low")!;
    expect(low).toMatchObject({level: "alarm", direction: "low"});
    expect(low.expectedRate).toBeCloseTo(0.8, 12);
    for (const u of r.units.filter((x) => x.unit !== "low")) {
      expect(u.expectedRate).toBeCloseTo(0.8, 12);
      expect(u.z).toBeCloseTo(0, 12);
    }
  });

  it("with every unit in the reference the low department drags the others' expectation down to 75.6 % and their z up", () => {
    const r = assessedUnits(departments, flagPolicy({reference: "all"}));
    for (const u of r.units.filter((x) => x.unit !== "low")) {
      expect(u.expectedRate).toBeCloseTo(680 / 900, 12);
      expect(u.z).toBeGreaterThan(1.2);
    }
  });
});

describe("the robust reference", () => {
  // 34 units of 100 cases spread evenly around 50 % (less than chance would), and ten true outliers near 80 and 20 of 100,
  // more than the 10 % that winsorising clips on each side.
  const normal = Array.from({length: 34}, (_, i) => ({unit: `n${i}`, n: 100, observed: 50 + ((i % 9) - 4)}));
  const outliers = [76, 78, 80, 82, 84, 16, 18, 20, 23, 25].map((observed, i) => ({unit: `${observed > 50 ? "hi" : "lo"}${i}`, n: 100, observed}));
  const all = [...normal, ...outliers];
  const p0 = all.reduce((s, u) => s + u.observed, 0) / all.reduce((s, u) => s + u.n, 0);
  const units: UnitCounts[] = all.map((u) => ({...u, expected: u.n * p0}));

  it("sets the outliers aside, estimates φ and τ² from the rest (no τ²) and alarms every outlier; with every unit in the reference τ² shrinks their z", () => {
    const robust = assessedUnits(units);
    expect(robust.context.reference).toBe("robust-iterative");
    expect([...robust.context.setAside!].sort()).toEqual(outliers.map((o) => o.unit).sort());
    expect(robust.context.tau2).toBe(0);
    for (const o of outliers) expect(robust.units.find((u) => u.unit === o.unit)!.level).toBe("alarm");
    expect(robust.units.filter((u) => u.unit.startsWith("n") && u.level === "alarm")).toEqual([]);
    const textbook = assessedUnits(units, flagPolicy({reference: "all"}));
    expect(textbook.context.tau2).toBeGreaterThan(0);
    for (const o of outliers) {
      const z = (r: typeof robust) => Math.abs(r.units.find((u) => u.unit === o.unit)!.z);
      expect(z(textbook)).toBeLessThan(z(robust));
    }
  });

  it("re-estimates stratum rates without the units set aside, and each unit's own with leave-one-out (hand computation)", () => {
    const stratified: UnitCounts[] = [
      {unit: "a", n: 20, observed: 14, expected: 0, strata: [{stratum: "x", n: 10, events: 9}, {stratum: "y", n: 10, events: 5}]},
      {unit: "b", n: 20, observed: 6, expected: 0, strata: [{stratum: "x", n: 10, events: 5}, {stratum: "y", n: 10, events: 1}]},
      {unit: "c", n: 10, observed: 6, expected: 0, strata: [{stratum: "x", n: 10, events: 6}]}
    ];
    // b set aside: x from a and c = 15/20, y from a = 5/10.
    const aside = referencedCounts(stratified, new Set([1]), false);
    expect(aside.units[0]!.expected).toBeCloseTo(10 * 0.75 + 10 * 0.5, 12);
    expect(aside.units[1]!.expected).toBeCloseTo(10 * 0.75 + 10 * 0.5, 12);
    expect(aside.target).toBeCloseTo(20 / 30, 12);
    // Variance of O − E: a's cases are in its reference of 20 x and 10 y cases, so each stratum's term shrinks by 1 − nₛ/Nₛ.
    expect(aside.units[0]!.variance).toBeCloseTo(10 * 0.75 * 0.25 * (1 - 10 / 20) + 10 * 0.5 * 0.5 * (1 - 10 / 10), 12);
    // b is outside its reference: the reference's own error adds, 1 + nₛ/Nₛ.
    expect(aside.units[1]!.variance).toBeCloseTo(10 * 0.75 * 0.25 * (1 + 10 / 20) + 10 * 0.5 * 0.5 * (1 + 10 / 10), 12);
    // Leave-one-out as well: a against c only for x (6/10, variance ×(1 + 10/10)) and, with no y left, the y rate over all
    // units (6/20, which hold a's own 10 of 20: ×(1 − 10/20)).
    const loo = referencedCounts(stratified, new Set([1]), true);
    expect(loo.units[0]!.expected).toBeCloseTo(10 * 0.6 + 10 * 0.3, 12);
    expect(loo.units[0]!.variance).toBeCloseTo(10 * 0.6 * 0.4 * 2 + 10 * 0.3 * 0.7 * 0.5, 12);
  });
});
