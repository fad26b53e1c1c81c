import {randomLcg, randomNormal, randomUniform} from "d3";
import {describe, expect, it} from "vitest";
import {indirectStandardisation, type StratifiedCase} from "../../../src/lib/flags/indirect-standardisation.js";
import {adjustedShrinkage} from "../../../src/lib/measures/adjusted-shrinkage.js";
import {betaBinomialShrinkage} from "../../../src/lib/stats/beta-binomial.js";

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));

/**
 * One simulated measure with a known truth: unit u has log-odds offset δᵤ ~ N(0, sd²) on every stratum's base rate, and
 * leans towards one stratum; its true adjusted share is its rate had it the national stratum mix, Σₛ πₛ·logistic(logit pₛ + δᵤ).
 */
function simulate(seed: number, units = 60, sd = 0.35) {
  const source = randomLcg(seed);
  const uniform = randomUniform.source(source);
  const normal = randomNormal.source(source);
  const base = [0.25, 0.5, 0.8];
  const cases: StratifiedCase[] = [];
  const delta = new Map<string, number>();
  for (let u = 0; u < units; u++) {
    const unit = `u${u}`;
    delta.set(unit, normal(0, sd)());
    const n = Math.round(uniform(4, 120)());
    const lean = Math.floor(uniform(0, base.length)());
    for (let i = 0; i < n; i++) {
      const s = uniform(0, 1)() < 0.6 ? lean : Math.floor(uniform(0, base.length)());
      cases.push({unit, stratum: `s${s}`, event: source() < logistic(logit(base[s]!) + delta.get(unit)!)});
    }
  }
  const standardised = indirectStandardisation(cases);
  const share = new Map(standardised.strata.map((s) => [s.stratum, s.n / cases.length]));
  const truth = (unit: string) => base.reduce((acc, p, s) => acc + (share.get(`s${s}`) ?? 0) * logistic(logit(p) + delta.get(unit)!), 0);
  return {standardised, truth};
}

describe("adjustedShrinkage(units, target, level)", () => {
  it("is betaBinomialShrinkage of O/n when there is no case mix (E = n·target)", () => {
    const target = 0.4;
    const units = [{n: 8, o: 8}, {n: 50, o: 18}, {n: 120, o: 49}, {n: 30, o: 6}, {n: 75, o: 33}].map((u, i) => ({unit: `u${i}`, n: u.n, observed: u.o, expected: u.n * target}));
    const shrunk = adjustedShrinkage(units, target);
    const plain = betaBinomialShrinkage(units.map((u) => ({x: u.observed, n: u.n})));
    shrunk.units.forEach((u, i) => {
      expect(u.shrunken).toBeCloseTo(plain.units[i]!.posteriorMean, 12);
      expect(u.lower).toBeCloseTo(plain.units[i]!.lower, 12);
      expect(u.upper).toBeCloseTo(plain.units[i]!.upper, 12);
    });
    expect(shrunk.alpha).toBeCloseTo(plain.alpha, 12);
  });

  it("does not show a unit with 8 cases, all events, at 100 %: its estimate lies between the prior mean and its own share", () => {
    const {standardised} = simulate(0.42);
    const units = [...standardised.units, {unit: "eight", n: 8, observed: 8, expected: 8 * standardised.target}];
    const result = adjustedShrinkage(units, standardised.target);
    const eight = result.units.at(-1)!;
    expect(eight.adjustedShare).toBe(1);
    expect(eight.shrunken).toBeLessThan(0.9);
    expect(eight.shrunken).toBeGreaterThan(result.priorMean);
    expect(eight.upper).toBeLessThan(1);
    for (const u of result.units) {
      if (!(u.adjustedShare <= 1)) continue; // clipped units are pulled from 1, not from their own share
      expect(u.shrunken).toBeGreaterThanOrEqual(Math.min(u.adjustedShare, result.priorMean) - 1e-9);
      expect(u.shrunken).toBeLessThanOrEqual(Math.max(u.adjustedShare, result.priorMean) + 1e-9);
    }
  });

  it("gives NaNs for a unit it cannot place (E = 0 or n = 0) and leaves it out of the prior", () => {
    const units = [{unit: "a", n: 40, observed: 10, expected: 12}, {unit: "b", n: 30, observed: 20, expected: 15}, {unit: "none", n: 5, observed: 1, expected: 0}, {unit: "empty", n: 0, observed: 0, expected: 0}];
    const result = adjustedShrinkage(units, 0.4);
    expect(result.units.map((u) => u.unit)).toEqual(["a", "b", "none", "empty"]);
    expect(Number.isNaN(result.units[2]!.shrunken) && Number.isNaN(result.units[3]!.upper)).toBe(true);
    expect(adjustedShrinkage(units.slice(0, 2), 0.4).alpha).toBe(result.alpha);
    expect(adjustedShrinkage([], 0.4).units).toEqual([]);
    expect(() => adjustedShrinkage(units, 1)).toThrow(RangeError);
  });

  // Simulation with a known truth (not a calibrated sample): 40 seeds × 60 units with their own case mix and true effects.
  it("estimates the true adjusted shares better than the raw adjusted shares, and its 95 % intervals cover them about 95 % of the time", () => {
    let rawError = 0;
    let shrunkError = 0;
    let covered = 0;
    let total = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const {standardised, truth} = simulate(seed / 41);
      const result = adjustedShrinkage(standardised.units, standardised.target);
      for (const u of result.units) {
        const t = truth(u.unit);
        rawError += (u.adjustedShare - t) ** 2;
        shrunkError += (u.shrunken - t) ** 2;
        if (u.lower <= t && t <= u.upper) covered += 1;
        total += 1;
      }
    }
    // Measured 0.36 and 94 % coverage at the time of writing (d3 7.9.2 randomLcg); the bounds leave room for other seeds.
    expect(shrunkError / rawError).toBeLessThan(0.6);
    expect(covered / total).toBeGreaterThan(0.9);
    expect(covered / total).toBeLessThan(0.99);
  });
});
