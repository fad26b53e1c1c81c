import {describe, it, expect} from "vitest";
import {clopperPearsonInterval} from "../../../src/lib/stats/index.js";
import {expectClose, expectRounded} from "./close.js";

/** P(X ≥ x) and P(X ≤ x) for X ~ Binomial(n, p), by direct summation of the pmf built with a product recurrence. */
function binomialTails(x: number, n: number, p: number): {atLeast: number; atMost: number} {
  const pmf: number[] = [];
  let term = (1 - p) ** n;
  for (let r = 0; r <= n; r += 1) {
    pmf.push(term);
    term = (term * (n - r) * p) / ((r + 1) * (1 - p));
  }
  const atLeast = pmf.slice(x).reduce((a, b) => a + b, 0);
  const atMost = pmf.slice(0, x + 1).reduce((a, b) => a + b, 0);
  return {atLeast, atMost};
}

describe("clopperPearsonInterval(x, n, level)", () => {
  it("reproduces R binom.test(2, 12)$conf.int (0.02086253, 0.48413775)", () => {
    // R stats::binom.test(2, 12) output as posted at gist.github.com/johnmyleswhite/a5f5048a5249b9b91e90302c4e6f00df (printed to 7 significant digits).
    const ci = clopperPearsonInterval(2, 12, 0.95);
    expectRounded(ci.lower, 0.02086253, 8);
    expectRounded(ci.upper, 0.48413775, 8);
  });

  it("reproduces R binom.test(c(682, 243), p = 3/4)$conf.int (0.7076683, 0.7654066)", () => {
    // R stats ?binom.test example (Mendel's peas), printed output "95 percent confidence interval: 0.7076683 0.7654066".
    const ci = clopperPearsonInterval(682, 925, 0.95);
    expectRounded(ci.lower, 0.7076683, 7);
    expectRounded(ci.upper, 0.7654066, 7);
  });

  it("has tail probabilities of exactly (1 − level)/2 at each limit (checked by summing the binomial pmf)", () => {
    // Independent check of the defining property: P(X ≥ x | p_lower) = α/2 and P(X ≤ x | p_upper) = α/2.
    for (const [x, n, level] of [[3, 20, 0.95], [17, 40, 0.998], [1, 5, 0.9], [49, 50, 0.95]] as const) {
      const ci = clopperPearsonInterval(x, n, level);
      const alpha = 1 - level;
      expectClose(binomialTails(x, n, ci.lower).atLeast, alpha / 2, 1e-9);
      expectClose(binomialTails(x, n, ci.upper).atMost, alpha / 2, 1e-9);
    }
  });

  it("is [0, 1 − (α/2)^(1/n)] when x = 0 and [(α/2)^(1/n), 1] when x = n", () => {
    // Closed forms: P(X = 0 | p) = (1 − p)^n and P(X = n | p) = p^n.
    for (const n of [1, 4, 30]) {
      const zero = clopperPearsonInterval(0, n, 0.95);
      expect(zero.lower).toBe(0);
      expectClose(zero.upper, 1 - 0.025 ** (1 / n), 1e-12);
      const all = clopperPearsonInterval(n, n, 0.95);
      expect(all.upper).toBe(1);
      expectClose(all.lower, 0.025 ** (1 / n), 1e-12);
    }
  });

  it("is [0, 1] when n = 0", () => {
    expect(clopperPearsonInterval(0, 0, 0.95)).toEqual({lower: 0, upper: 1});
  });

  it("contains x/n and widens with the level (property over a grid)", () => {
    for (const n of [1, 3, 10, 60]) {
      for (let x = 0; x <= n; x += 1) {
        const ci95 = clopperPearsonInterval(x, n, 0.95);
        const ci998 = clopperPearsonInterval(x, n, 0.998);
        expect(ci95.lower).toBeLessThanOrEqual(x / n);
        expect(ci95.upper).toBeGreaterThanOrEqual(x / n);
        expect(ci998.lower).toBeLessThanOrEqual(ci95.lower);
        expect(ci998.upper).toBeGreaterThanOrEqual(ci95.upper);
      }
    }
  });

  it("throws RangeError for negative n, x > n and level outside (0, 1)", () => {
    expect(() => clopperPearsonInterval(0, -2, 0.95)).toThrow(RangeError);
    expect(() => clopperPearsonInterval(3, 2, 0.95)).toThrow(RangeError);
    expect(() => clopperPearsonInterval(1, 2, 1.5)).toThrow(RangeError);
    expect(() => clopperPearsonInterval(1, 2, -0.1)).toThrow(RangeError);
  });
});
