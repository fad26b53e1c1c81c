import {describe, it, expect} from "vitest";
import {betaBinomialShrinkage} from "../../../src/lib/stats/index.js";
import {expectClose} from "./close.js";

/** ∫₀ᵘ t^(a−1)(1 − t)^(b−1) dt / ∫₀¹ … by composite Simpson (a, b ≥ 1 so the integrand is bounded); independent of @stdlib. */
function betaCdfNumeric(u: number, a: number, b: number): number {
  const integrate = (upper: number): number => {
    const steps = 20000;
    const h = upper / steps;
    let sum = 0;
    for (let i = 0; i <= steps; i += 1) {
      const t = i * h;
      const w = i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2;
      sum += w * Math.exp((a - 1) * Math.log(t) + (b - 1) * Math.log(1 - t));
    }
    return (h / 3) * sum;
  };
  return integrate(u) / integrate(1);
}

// Equal group sizes, so the textbook method-of-moments estimator applies (no published fixture: derived in the test).
const equalN = [3, 7, 12, 5, 9, 15, 4, 10].map((x) => ({x, n: 40}));

describe("betaBinomialShrinkage(units)", () => {
  it("estimates the prior by the method of moments: with equal n, ρ = (n·s²/(μ(1 − μ)) − 1)/(n − 1)", () => {
    // Textbook equal-n beta-binomial moment estimator, s² the sample variance (k − 1 divisor) of the unit proportions.
    const n = 40;
    const p = equalN.map((u) => u.x / n);
    const mu = p.reduce((a, b) => a + b, 0) / p.length;
    const s2 = p.reduce((a, b) => a + (b - mu) ** 2, 0) / (p.length - 1);
    const rho = ((n * s2) / (mu * (1 - mu)) - 1) / (n - 1);
    const strength = (1 - rho) / rho;
    const result = betaBinomialShrinkage(equalN);
    expect(result.method).toBe("moments");
    expectClose(result.alpha, mu * strength, 1e-10);
    expectClose(result.beta, (1 - mu) * strength, 1e-10);
    expectClose(result.rho, rho, 1e-10);
  });

  it("returns the posterior mean (α + x)/(α + β + n) and an equal-tailed 95 % interval of Beta(α + x, β + n − x)", () => {
    const result = betaBinomialShrinkage(equalN);
    const {alpha, beta} = result;
    for (const unit of result.units) {
      const a = alpha + unit.x;
      const b = beta + unit.n - unit.x;
      expectClose(unit.posteriorMean, a / (a + b), 1e-14);
      // Tail masses checked by numerical integration of the beta density.
      expectClose(betaCdfNumeric(unit.lower, a, b), 0.025, 1e-6);
      expectClose(betaCdfNumeric(unit.upper, a, b), 0.975, 1e-6);
    }
  });

  it("shrinks every unit between its own proportion and the pooled one, more for smaller n", () => {
    const units = [{x: 1, n: 5}, {x: 30, n: 50}, {x: 2, n: 40}, {x: 60, n: 200}, {x: 9, n: 12}, {x: 70, n: 400}];
    const result = betaBinomialShrinkage(units);
    const pooled = units.reduce((a, u) => a + u.x, 0) / units.reduce((a, u) => a + u.n, 0);
    result.units.forEach((u) => {
      const own = u.x / u.n;
      expect(u.posteriorMean).toBeGreaterThanOrEqual(Math.min(own, pooled) - 1e-12);
      expect(u.posteriorMean).toBeLessThanOrEqual(Math.max(own, pooled) + 1e-12);
      expect(u.lower).toBeLessThan(u.posteriorMean);
      expect(u.upper).toBeGreaterThan(u.posteriorMean);
    });
    const weight = (u: {x: number; n: number; posteriorMean: number}): number =>
      Math.abs(u.posteriorMean - pooled) / Math.abs(u.x / u.n - pooled);
    expect(weight(result.units[0]!)).toBeLessThan(weight(result.units[5]!));
  });

  it("falls back to complete pooling Beta(Σx + ½, Σ(n − x) + ½) when there is no overdispersion", () => {
    const units = [10, 10, 10, 10].map((x) => ({x, n: 50}));
    const result = betaBinomialShrinkage(units);
    expect(result.method).toBe("pooled");
    expect(result.alpha).toBe(40.5);
    expect(result.beta).toBe(160.5);
  });

  it("falls back to pooling for a single unit and when every x = 0 (μ = 0), keeping intervals finite", () => {
    const single = betaBinomialShrinkage([{x: 3, n: 10}]);
    expect(single.method).toBe("pooled");
    expect(single.alpha).toBe(3.5);
    const zeros = betaBinomialShrinkage([{x: 0, n: 10}, {x: 0, n: 30}]);
    expect(zeros.method).toBe("pooled");
    expect(zeros.alpha).toBe(0.5);
    for (const u of zeros.units) {
      expect(u.lower).toBeGreaterThanOrEqual(0);
      expect(u.upper).toBeGreaterThan(0);
      expect(u.upper).toBeLessThan(0.1);
    }
  });

  it("gives a unit with n = 0 the prior mean", () => {
    const result = betaBinomialShrinkage([...equalN, {x: 0, n: 0}]);
    const last = result.units[result.units.length - 1]!;
    expectClose(last.posteriorMean, result.alpha / (result.alpha + result.beta), 1e-14);
  });

  it("widens the intervals as the level grows (options.level)", () => {
    const a = betaBinomialShrinkage(equalN, {level: 0.8}).units[0]!;
    const b = betaBinomialShrinkage(equalN, {level: 0.998}).units[0]!;
    expect(b.lower).toBeLessThan(a.lower);
    expect(b.upper).toBeGreaterThan(a.upper);
  });

  it("throws RangeError for no units, negative n, x > n and level outside (0, 1)", () => {
    expect(() => betaBinomialShrinkage([])).toThrow(RangeError);
    expect(() => betaBinomialShrinkage([{x: 1, n: -1}])).toThrow(RangeError);
    expect(() => betaBinomialShrinkage([{x: 5, n: 4}])).toThrow(RangeError);
    expect(() => betaBinomialShrinkage([{x: -1, n: 4}])).toThrow(RangeError);
    expect(() => betaBinomialShrinkage(equalN, {level: 1})).toThrow(RangeError);
  });
});
