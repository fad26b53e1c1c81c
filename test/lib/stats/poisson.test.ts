import {describe, it, expect} from "vitest";
import {byarsInterval, poissonExactInterval, ratioInterval} from "../../../src/lib/stats/index.js";
import {expectClose, expectRounded} from "./close.js";

/** P(X ≤ k) for X ~ Poisson(mu), by summing the pmf with a product recurrence (independent of @stdlib). */
function poissonAtMost(k: number, mu: number): number {
  let term = Math.exp(-mu);
  let sum = term;
  for (let i = 1; i <= k; i += 1) {
    term = (term * mu) / i;
    sum += term;
  }
  return sum;
}

describe("poissonExactInterval(o, level)", () => {
  it("reproduces R poisson.test(137, 24.19893) (rate 4.753125 to 6.692709)", () => {
    // R stats ?poisson.test example (Welsh nickel workers), printed "95 percent confidence interval: 4.753125 6.692709";
    // the same figures are shown for the exact method in the poissonCI() reference page (x = 137, n = 24.19893).
    const ci = poissonExactInterval(137, 0.95);
    expectRounded(ci.lower / 24.19893, 4.753125, 6);
    expectRounded(ci.upper / 24.19893, 6.692709, 6);
  });

  it("reproduces the exact interval for the horse-kick data, 196 events in 280 corps-years (0.6054271, 0.8051570)", () => {
    // poissonCI(196, 280) reference page, method "exact" (= stats::poisson.test), printed to 7 decimals.
    const ci = poissonExactInterval(196, 0.95);
    expectRounded(ci.lower / 280, 0.6054271, 7);
    expectRounded(ci.upper / 280, 0.805157, 7);
  });

  it("reproduces FunnelPlotR 0.6 unadjusted SR limits at E = O = 15, 20, 30 (tests/testthat/test-poisson_limits.R)", () => {
    // FunnelPlotR calculate_limits(number_seq = c(15, 20, 30), target = 1): ll95 = qchisq(0.025, 2E)/2/E, ul95 = qchisq(0.975, 2E + 2)/2/E,
    // ll99/ul99 the same at 0.001/0.999 — i.e. the exact interval of a count O = E divided by E. Fixture rounding: 7 and 6 decimals.
    const ll95 = [0.5596924, 0.610826, 0.6746958];
    const ul95 = [1.649348, 1.544419, 1.427562];
    const ll99 = [0.386265, 0.4479107, 0.5289724];
    const ul99 = [2.082907, 1.902094, 1.702771];
    [15, 20, 30].forEach((e, i) => {
      const a = poissonExactInterval(e, 0.95);
      const b = poissonExactInterval(e, 0.998);
      expectRounded(a.lower / e, ll95[i] as number, 7);
      expectRounded(a.upper / e, ul95[i] as number, 6);
      expectRounded(b.lower / e, ll99[i] as number, 7);
      expectRounded(b.upper / e, ul99[i] as number, 6);
    });
  });

  it("has lower 0 and upper −ln(α/2) when o = 0", () => {
    // Closed form: P(X = 0 | mu) = e^−mu = α/2.
    const ci = poissonExactInterval(0, 0.95);
    expect(ci.lower).toBe(0);
    expectClose(ci.upper, -Math.log(0.025), 1e-12);
  });

  it("has tail probabilities (1 − level)/2 at each limit (checked by summing the Poisson pmf)", () => {
    for (const [o, level] of [[1, 0.95], [4, 0.998], [9, 0.9], [25, 0.95]] as const) {
      const ci = poissonExactInterval(o, level);
      const half = (1 - level) / 2;
      expectClose(1 - poissonAtMost(o - 1, ci.lower), half, 1e-9);
      expectClose(poissonAtMost(o, ci.upper), half, 1e-9);
    }
  });

  it("contains o and widens as the level grows", () => {
    for (const o of [0, 1, 2, 5, 10, 50, 500]) {
      const a = poissonExactInterval(o, 0.95);
      const b = poissonExactInterval(o, 0.998);
      expect(a.lower).toBeLessThanOrEqual(o);
      expect(a.upper).toBeGreaterThanOrEqual(o);
      expect(b.lower).toBeLessThanOrEqual(a.lower);
      expect(b.upper).toBeGreaterThan(a.upper);
    }
  });

  it("throws RangeError for o < 0 and level outside (0, 1)", () => {
    expect(() => poissonExactInterval(-1, 0.95)).toThrow(RangeError);
    expect(() => poissonExactInterval(3, 0)).toThrow(RangeError);
  });
});

describe("byarsInterval(o, level)", () => {
  // PHEindicatormethods 2.1.0, tests/testthat/testdata_Byars_Wilson.xlsx, rows method = "Byars" (x, level, lowercl, uppercl),
  // used by testByars.R for byars_lower/byars_upper; full precision.
  const fixtures: [number, number, number, number][] = [
    [65, 0.95, 50.163187710459454, 82.849138545939837],
    [1045, 0.95, 982.59320180733255, 1110.3312129856499],
    [1, 0.95, 1.3072132901504351e-2, 5.5637555824752605],
    [65, 0.998, 42.880261471480203, 94.000290844318016],
    [1045, 0.998, 947.94070356103737, 1148.8061609880331],
    [10, 0.998, 2.916318374695686, 24.193724927880535]
  ];

  it.each(fixtures)("reproduces PHEindicatormethods byars_lower/upper for o = %d at level %d", (o, level, lo, up) => {
    const ci = byarsInterval(o, level);
    expectClose(ci.lower, lo, 1e-9);
    expectClose(ci.upper, up, 1e-9);
  });

  it("clamps a negative lower limit to 0 (o = 1 at 99.8%, where PHEindicatormethods gives NA) and keeps the upper 9.362180217908362", () => {
    // Same fixture, row 14: x = 1, 99.8%, lowercl empty (NA), uppercl 9.362180217908362.
    const ci = byarsInterval(1, 0.998);
    expect(ci.lower).toBe(0);
    expectClose(ci.upper, 9.362180217908362, 1e-9);
  });

  it("has lower 0 when o = 0", () => {
    expect(byarsInterval(0, 0.95).lower).toBe(0);
  });

  it("is close to the exact interval for large counts (within 0.1% at o = 1000)", () => {
    const b = byarsInterval(1000, 0.95);
    const e = poissonExactInterval(1000, 0.95);
    expect(Math.abs(b.lower / e.lower - 1)).toBeLessThan(1e-3);
    expect(Math.abs(b.upper / e.upper - 1)).toBeLessThan(1e-3);
  });

  it("throws RangeError for o < 0 and level outside (0, 1)", () => {
    expect(() => byarsInterval(-0.5, 0.95)).toThrow(RangeError);
    expect(() => byarsInterval(5, 1)).toThrow(RangeError);
  });
});

describe("ratioInterval(o, e, level)", () => {
  // PHEindicatormethods 2.1.0, tests/testthat/testdata_DSR_ISR.xlsx, sheet testresults_ISR, rows "indirectly standardised ratio x 1":
  // observed, expected, lower95_0cl, upper95_0cl, lower99_8cl, upper99_8cl; method Byars for 895 and 91, Exact for 9.
  const expected = 835.88356123117433;
  const fixtures: [number, number, number, number, number][] = [
    [895, 1.0017147712553987, 1.1432332872498949, 0.96351556196144372, 1.1860070415876287],
    [91, 8.765040101829405e-2, 0.13366576328418911, 7.6954255283921108e-2, 0.14897920510466744],
    [9, 4.9233808250957762e-3, 2.043921455549973e-2, 2.9339306550682617e-3, 2.7105896514690211e-2]
  ];

  it.each(fixtures)("reproduces PHEindicatormethods calculate_ISRatio limits for O = %d", (o, lo95, up95, lo998, up998) => {
    const a = ratioInterval(o, expected, 0.95);
    const b = ratioInterval(o, expected, 0.998);
    expectClose(a.lower, lo95, 1e-9);
    expectClose(a.upper, up95, 1e-9);
    expectClose(b.lower, lo998, 1e-9);
    expectClose(b.upper, up998, 1e-9);
  });

  it("uses the exact interval below 10 observed and Byar's from 10 upward", () => {
    const e = 7.3;
    for (const o of [0, 3, 9]) {
      const ci = poissonExactInterval(o, 0.95);
      expect(ratioInterval(o, e, 0.95)).toEqual({lower: ci.lower / e, upper: ci.upper / e});
    }
    for (const o of [10, 11, 40]) {
      const ci = byarsInterval(o, 0.95);
      expect(ratioInterval(o, e, 0.95)).toEqual({lower: ci.lower / e, upper: ci.upper / e});
    }
  });

  it("has lower 0 when O = 0", () => {
    expect(ratioInterval(0, 2.5, 0.95).lower).toBe(0);
  });

  it("throws RangeError for o < 0, e ≤ 0 and level outside (0, 1)", () => {
    expect(() => ratioInterval(-1, 2, 0.95)).toThrow(RangeError);
    expect(() => ratioInterval(1, 0, 0.95)).toThrow(RangeError);
    expect(() => ratioInterval(1, -2, 0.95)).toThrow(RangeError);
    expect(() => ratioInterval(1, 2, 0)).toThrow(RangeError);
  });
});
