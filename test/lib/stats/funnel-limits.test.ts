import {describe, it, expect} from "vitest";
import {arcsineLimits, midPBinomialLimits, midPBinomialLimitsAtTail, midPLowerTail, midPUpperTail, normalProportionLimits} from "../../../src/lib/stats/index.js";
import {expectClose, Z95, Z998} from "./close.js";

/** Binomial pmf built in log space from a running log-binomial coefficient (independent of @stdlib). */
function pmfOf(n: number, p: number): number[] {
  const pmf: number[] = [];
  let logChoose = 0;
  for (let r = 0; r <= n; r += 1) {
    if (r > 0) logChoose += Math.log((n - r + 1) / r);
    pmf.push(Math.exp(logChoose + r * Math.log(p) + (n - r) * Math.log(1 - p)));
  }
  return pmf;
}

/** Brute-force mid-p lower limit: the q-quantile of R + U (U uniform on [−½, ½]) by a linear scan, divided by n. */
function midPLowerLimit(q: number, n: number, p: number): number {
  const pmf = pmfOf(n, p);
  let below = 0;
  for (let r = 0; r <= n; r += 1) {
    const mass = pmf[r] as number;
    if (below + mass >= q) return (r - 0.5 + (q - below) / mass) / n;
    below += mass;
  }
  return (n + 0.5) / n;
}

describe("midPLowerTail / midPUpperTail (o, n, p0)", () => {
  it("is P(R < o) + ½P(R = o), by hand for Binomial(10, ½): 1/2048 at 0, 1 − 1/2048 at 10, ½ at 5", () => {
    expectClose(midPLowerTail(0, 10, 0.5), 1 / 2048, 1e-15);
    expectClose(midPLowerTail(10, 10, 0.5), 1 - 1 / 2048, 1e-12);
    expectClose(midPLowerTail(5, 10, 0.5), 0.5, 1e-12);
    expectClose(midPUpperTail(10, 10, 0.5), 1 / 2048, 1e-15);
  });

  it("treats both tails alike: the lower tail at o equals the upper tail at n − o with p0 and 1 − p0 swapped", () => {
    for (const [o, n, p] of [[0, 20, 0.99], [20, 20, 0.99], [3, 40, 0.1], [150, 150, 0.3]] as const) {
      expectClose(midPLowerTail(o, n, p), midPUpperTail(n - o, n, 1 - p), 1e-12);
    }
  });

  it("stays strictly inside (0, 1) at O = 0 and O = n, also where the probability underflows", () => {
    for (const [o, n, p] of [[0, 5000, 0.5], [5000, 5000, 0.5], [150, 150, 0.3], [0, 20, 0.01]] as const) {
      expect(midPLowerTail(o, n, p)).toBeGreaterThan(0);
      expect(midPUpperTail(o, n, p)).toBeGreaterThan(0);
      expect(midPLowerTail(o, n, p)).toBeLessThanOrEqual(1);
    }
  });
});

describe("midPBinomialLimits(p0, n, level)", () => {
  it("is ((1 + (0.025 − 11/1024)/(45/1024)) − ½)/10 below for p0 = ½, n = 10 at 95 % (hand computation), and symmetric above", () => {
    // Binomial(10, ½): P(R ≤ 1) = 11/1024 < 0.025 ≤ P(R ≤ 2) = 56/1024, P(R = 2) = 45/1024.
    const lim = midPBinomialLimits(0.5, 10, 0.95);
    expectClose(lim.lower, (2 - 0.5 + (0.025 - 11 / 1024) / (45 / 1024)) / 10, 1e-12);
    expectClose(lim.upper, 1 - lim.lower, 1e-12);
  });

  it("matches a brute-force evaluation over a grid of p0, n and level (upper limit from the other tail)", () => {
    for (const p0 of [0.02, 0.1, 0.37, 0.5, 0.81, 0.97]) {
      for (const n of [1, 2, 5, 17, 60, 250, 1000]) {
        for (const level of [0.8, 0.95, 0.998]) {
          const lim = midPBinomialLimits(p0, n, level);
          const tail = (1 - level) / 2;
          expectClose(lim.lower, midPLowerLimit(tail, n, p0), 1e-9);
          expectClose(lim.upper, 1 - midPLowerLimit(tail, n, 1 - p0), 1e-9);
        }
      }
    }
  });

  it("brackets p0 at every n from 1 to 300 and at extreme p0, and widens with the level", () => {
    for (const p0 of [0.001, 0.01, 0.2, 0.5, 0.95, 0.999]) {
      for (let n = 1; n <= 300; n += 1) {
        const l95 = midPBinomialLimits(p0, n, 0.95);
        const l998 = midPBinomialLimits(p0, n, 0.998);
        expect(l95.lower).toBeLessThan(p0);
        expect(l95.upper).toBeGreaterThan(p0);
        expect(l998.lower).toBeLessThanOrEqual(l95.lower);
        expect(l998.upper).toBeGreaterThanOrEqual(l95.upper);
      }
    }
  });

  it("approaches the normal-approximation limits as n grows", () => {
    for (const p0 of [0.1, 0.5]) {
      const n = 20000;
      const exact = midPBinomialLimits(p0, n, 0.998);
      const normal = normalProportionLimits(p0, n, 0.998);
      expect(Math.abs(exact.lower - normal.lower)).toBeLessThan(2 / n + 1e-4);
      expect(Math.abs(exact.upper - normal.upper)).toBeLessThan(2 / n + 1e-4);
    }
  });

  it("is {p0, p0} when p0 = 0 or 1, [0, 1] when n = 0, and rejects a fractional n or a bad tail", () => {
    expect(midPBinomialLimits(0, 25, 0.95)).toEqual({lower: 0, upper: 0});
    expect(midPBinomialLimits(1, 25, 0.95)).toEqual({lower: 1, upper: 1});
    expect(midPBinomialLimits(0.4, 0, 0.95)).toEqual({lower: 0, upper: 1});
    expect(() => midPBinomialLimits(0.4, 2.5, 0.95)).toThrow(RangeError);
    expect(() => midPBinomialLimitsAtTail(0.4, 20, 0.5)).toThrow(RangeError);
  });
});

describe("normalProportionLimits(p0, n, level)", () => {
  it("is p0 ± z·√(p0(1 − p0)/n): 0.2 ± 1.959963984540054 × 0.04 for p0 = 0.2, n = 100 at 95%", () => {
    // Closed form with z = R's qnorm(0.975).
    const lim = normalProportionLimits(0.2, 100, 0.95);
    expectClose(lim.lower, 0.2 - Z95 * 0.04, 1e-14);
    expectClose(lim.upper, 0.2 + Z95 * 0.04, 1e-14);
  });

  it("is unclipped at small n (p0 = 0.05, n = 10 at 99.8% goes below 0)", () => {
    const lim = normalProportionLimits(0.05, 10, 0.998);
    expectClose(lim.lower, 0.05 - Z998 * Math.sqrt((0.05 * 0.95) / 10), 1e-14);
    expect(lim.lower).toBeLessThan(0);
  });

  it("is symmetric about p0 and widens as the level grows", () => {
    const a = normalProportionLimits(0.37, 80, 0.9);
    const b = normalProportionLimits(0.37, 80, 0.99);
    expectClose(a.upper - 0.37, 0.37 - a.lower, 1e-14);
    expect(b.upper - b.lower).toBeGreaterThan(a.upper - a.lower);
  });

  it("is {p0, p0} when p0 = 0 or 1 and {−∞, +∞} when n = 0", () => {
    expect(normalProportionLimits(0, 10, 0.95)).toEqual({lower: 0, upper: 0});
    expect(normalProportionLimits(1, 10, 0.95)).toEqual({lower: 1, upper: 1});
    expect(normalProportionLimits(0.5, 0, 0.95)).toEqual({lower: -Infinity, upper: Infinity});
  });

  it("throws RangeError for negative n, p0 outside [0, 1] and level outside (0, 1)", () => {
    expect(() => normalProportionLimits(0.5, -3, 0.95)).toThrow(RangeError);
    expect(() => normalProportionLimits(-0.1, 3, 0.95)).toThrow(RangeError);
    expect(() => normalProportionLimits(0.5, 3, 0)).toThrow(RangeError);
  });
});

describe("arcsineLimits(p0, n, level, tau2 = 0)", () => {
  it("is sin²(asin√p0 ∓ z/(2√n)) without overdispersion", () => {
    // Closed form (Spiegelhalter 2005 variance-stabilising scale), z = R's qnorm(0.975).
    const theta = Math.asin(Math.sqrt(0.3));
    const h = Z95 / (2 * Math.sqrt(200));
    const lim = arcsineLimits(0.3, 200, 0.95);
    expectClose(lim.lower, Math.sin(theta - h) ** 2, 1e-14);
    expectClose(lim.upper, Math.sin(theta + h) ** 2, 1e-14);
  });

  it("adds τ² to the sampling variance 1/(4n) on the arcsine scale", () => {
    const theta = Math.asin(Math.sqrt(0.3));
    const h = Z998 * Math.sqrt(1 / 800 + 0.004);
    const lim = arcsineLimits(0.3, 200, 0.998, 0.004);
    expectClose(lim.lower, Math.sin(theta - h) ** 2, 1e-14);
    expectClose(lim.upper, Math.sin(theta + h) ** 2, 1e-14);
  });

  it("agrees with FunnelPlotR 0.6 calculate_limits (PR) to 1e-6 where its limits are monotone", () => {
    // FunnelPlotR R/calculate_limits.R, data_type "PR": sin(asin(sqrt(target)) ± 1.959964·sqrt(s² + tau2))², s = 1/(2√n),
    // with the rounded multiplier 1.959964 (hence 1e-6). Re-evaluated here from that formula; no printed values exist.
    for (const [p0, n, tau2] of [[0.25, 40, 0], [0.25, 400, 0.01], [0.7, 120, 0.002]] as const) {
      const theta = Math.asin(Math.sqrt(p0));
      const spread = 1.959964 * Math.sqrt(1 / (4 * n) + tau2);
      const lim = arcsineLimits(p0, n, 0.95, tau2);
      expectClose(lim.lower, Math.sin(theta - spread) ** 2, 1e-6);
      expectClose(lim.upper, Math.sin(theta + spread) ** 2, 1e-6);
    }
  });

  it("clamps the angle to [0, π/2]: the lower limit is 0 and the upper 1 where the angle would leave the range", () => {
    // asin√0.02 ≈ 0.1419 < z/(2√10) ≈ 0.31, so the lower angle would be negative; sin² of it would wrongly rise again.
    const small = arcsineLimits(0.02, 10, 0.95);
    expect(small.lower).toBe(0);
    const large = arcsineLimits(0.98, 10, 0.95);
    expect(large.upper).toBe(1);
  });

  it("stays in [0, 1] and is monotone in n (lower rises, upper falls) for any p0", () => {
    for (const p0 of [0, 0.01, 0.2, 0.5, 0.9, 1]) {
      let previous = arcsineLimits(p0, 1, 0.998, 0.001);
      for (const n of [2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 1000]) {
        const lim = arcsineLimits(p0, n, 0.998, 0.001);
        expect(lim.lower).toBeGreaterThanOrEqual(0);
        expect(lim.upper).toBeLessThanOrEqual(1);
        expect(lim.lower).toBeGreaterThanOrEqual(previous.lower);
        expect(lim.upper).toBeLessThanOrEqual(previous.upper);
        previous = lim;
      }
    }
  });

  it("is [0, 1] when n = 0 and has lower limit 0 when p0 = 0", () => {
    expect(arcsineLimits(0.4, 0, 0.95)).toEqual({lower: 0, upper: 1});
    const zero = arcsineLimits(0, 50, 0.95);
    expect(zero.lower).toBe(0);
    expectClose(zero.upper, Math.sin(Z95 / (2 * Math.sqrt(50))) ** 2, 1e-14);
  });

  it("throws RangeError for negative n, negative tau2, p0 outside [0, 1] and level outside (0, 1)", () => {
    expect(() => arcsineLimits(0.5, -1, 0.95)).toThrow(RangeError);
    expect(() => arcsineLimits(0.5, 10, 0.95, -0.1)).toThrow(RangeError);
    expect(() => arcsineLimits(2, 10, 0.95)).toThrow(RangeError);
    expect(() => arcsineLimits(0.5, 10, 1.01)).toThrow(RangeError);
  });
});
