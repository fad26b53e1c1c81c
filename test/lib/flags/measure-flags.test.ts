import {describe, expect, it} from "vitest";
import {assessedUnits} from "../../../src/lib/flags/measure-flags.js";
import {caseMixOverdispersion, flagContext} from "../../../src/lib/flags/reference-fit.js";
import {flagPolicy} from "../../../src/lib/flags/policy.js";
import type {UnitCounts} from "../../../src/lib/flags/types.js";
import {arcsineLimits, benjaminiHochberg, midPBinomialLimitsAtTail} from "../../../src/lib/stats/index.js";
import {normalCdf, normalQuantile} from "../../../src/lib/stats/dists.js";

/** Units without case mix (E = n·target) from [n, O] pairs. */
function plain(pairs: [number, number][]): UnitCounts[] {
  const target = pairs.reduce((s, [, o]) => s + o, 0) / pairs.reduce((s, [n]) => s + n, 0);
  return pairs.map(([n, observed], i) => ({unit: `u${i}`, n, observed, expected: n * target}));
}

/** These examples have 6–8 units; allow φ from as few as two (the default asks for ten); every unit in the reference. */
const few = flagPolicy({minimumUnitsForOverdispersion: 2, reference: "all", dispersionEstimate: "funnelplotr"});
const calm = plain([[100, 50], [80, 40], [60, 31], [120, 59], [90, 45], [50, 25]]);
const dispersed = plain([[100, 20], [80, 60], [60, 15], [120, 90], [90, 45], [50, 40], [70, 10], [110, 70]]);

describe("assessedUnits(units, policy)", () => {
  it("applies no τ² when φ ≤ 1: the limits are the plain arcsine limits", () => {
    const {context, units} = assessedUnits(calm, few);
    expect(context.phi).toBeLessThanOrEqual(1);
    expect(context.tau2).toBe(0);
    expect(units[0]!.limits.alarm).toEqual(arcsineLimits(0.5, 100, 0.998));
  });

  it("adds τ² when φ > 1, widening the limits (FunnelPlotR's behaviour)", () => {
    const {context, units} = assessedUnits(dispersed, few);
    expect(context.phi).toBeGreaterThan(1);
    expect(context.tau2).toBeGreaterThan(0);
    expect(context.tau2).toBeCloseTo(caseMixOverdispersion(dispersed).tau2, 14);
    const u0 = units[0]!;
    expect(u0.limits.alert).toEqual(arcsineLimits(u0.expectedRate, 100, 0.95, context.tau2));
    expect(u0.limits.alert.upper).toBeGreaterThan(arcsineLimits(u0.expectedRate, 100, 0.95).upper);
    // Fewer flags than without the adjustment.
    const unadjusted = assessedUnits(dispersed, flagPolicy({overdispersion: "off", minimumUnitsForOverdispersion: 2}));
    const count = (r: typeof unadjusted) => r.units.filter((u) => u.level !== null).length;
    expect(count(unadjusted)).toBeGreaterThan(count({context, units}));
  });

  it("widens the mid-p exact limits with the same τ²: tail Φ(−z·√(1 + 4nτ²)) instead of Φ(−z)", () => {
    const {context, units} = assessedUnits(dispersed, flagPolicy({method: "exact-binomial", minimumUnitsForOverdispersion: 2, reference: "all"}));
    expect(context.phi).toBeGreaterThan(1);
    expect(context.tau2).toBeGreaterThan(0);
    const u0 = units[0]!;
    const tail = normalCdf(-normalQuantile(0.975) * Math.sqrt(1 + 4 * 100 * context.tau2));
    expect(u0.limits.alert).toEqual(midPBinomialLimitsAtTail(u0.expectedRate, 100, tail));
  });

  it("estimates φ only from units with at least the minimum number of cases", () => {
    const withSmall = [...calm, {unit: "tiny", n: 5, observed: 5, expected: 2.5}];
    // (with every unit in the reference, the small unit's cases move nobody's expectation)
    expect(flagContext(withSmall, few).phi).toBeCloseTo(flagContext(calm, few).phi, 12);
  });

  it("estimates no φ and adds no τ² with fewer eligible units than policy.minimumUnitsForOverdispersion (default 10)", () => {
    const context = flagContext(dispersed);
    expect(context.phi).toBeNaN();
    expect(context.tau2).toBe(0);
    const ten = [...dispersed, ...plain([[100, 20], [90, 80]]).map((u, i) => ({...u, unit: `extra${i}`}))];
    expect(flagContext(ten, flagPolicy({reference: "all"})).tau2).toBeGreaterThan(0);
  });

  it("gives Benjamini–Hochberg q-values over the assessed units only", () => {
    const units = [...dispersed, {unit: "tiny", n: 5, observed: 5, expected: 2.5}];
    const r = assessedUnits(units);
    const assessed = r.units.filter((u) => !Number.isNaN(u.p));
    expect(assessed).toHaveLength(dispersed.length);
    expect(assessed.map((u) => u.q)).toEqual(benjaminiHochberg(assessed.map((u) => u.p)));
    expect(r.units[r.units.length - 1]!.q).toBeNaN();
  });

  it("uses Σ O / Σ n as the target unless one is given", () => {
    expect(flagContext(calm, flagPolicy({reference: "all"})).target).toBeCloseTo(250 / 500, 12);
    expect(flagContext(calm, undefined, 0.4).target).toBe(0.4);
  });
});
