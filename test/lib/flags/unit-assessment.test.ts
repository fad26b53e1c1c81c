import {describe, expect, it} from "vitest";
import {unitAssessment, casesToDiffer, effectiveCases, flagZ} from "../../../src/lib/flags/unit-assessment.js";
import {flagPolicy} from "../../../src/lib/flags/policy.js";
import type {FlagContext, UnitCounts} from "../../../src/lib/flags/types.js";
import {arcsineLimits, midPBinomialLimits} from "../../../src/lib/stats/index.js";
import {normalCdf} from "../../../src/lib/stats/dists.js";

const arcsine: FlagContext = {policy: flagPolicy(), target: 0.5, phi: 1, tau2: 0};
const exact: FlagContext = {policy: flagPolicy({method: "exact-binomial"}), target: 0.5, phi: 1, tau2: 0};
const unit = (observed: number, n = 100, expected = n * 0.5, variance?: number): UnitCounts => ({unit: "dm_x", n, observed, expected, ...(variance === undefined ? {} : {variance})});

describe("unitAssessment(counts, context)", () => {
  it("gives z = (asin√0.7 − asin√0.5)·2√100 ≈ 4.115 and an alarm, high, for 70 of 100 against 50 % (hand computation)", () => {
    const a = unitAssessment(unit(70), arcsine);
    const z = (Math.asin(Math.sqrt(0.7)) - Math.asin(Math.sqrt(0.5))) * 20;
    expect(a.z).toBeCloseTo(z, 12);
    expect(a.z).toBeCloseTo(4.1152, 3);
    expect(a.p).toBeCloseTo(2 * normalCdf(-z), 14);
    expect(a).toMatchObject({level: "alarm", direction: "high", rate: 0.7, expectedRate: 0.5, adjustedRate: 0.7});
  });

  it("raises an alert, not an alarm, between the 95 % and 99.8 % limits, and nothing inside (62, 58 of 100)", () => {
    // 62/100: z = (asin√0.62 − π/4)·20 ≈ 2.41, between 1.96 and 3.09; 58/100: z ≈ 1.60.
    expect(unitAssessment(unit(62), arcsine)).toMatchObject({level: "alert", direction: "high"});
    expect(unitAssessment(unit(38), arcsine)).toMatchObject({level: "alert", direction: "low"});
    expect(unitAssessment(unit(58), arcsine)).toMatchObject({level: null, direction: null, casesToDiffer: null});
  });

  it("does not flag a unit exactly at the 95 % upper arcsine limit, and flags one a hair beyond it", () => {
    const upper = arcsineLimits(0.5, 100, 0.95).upper;
    expect(unitAssessment(unit(upper * 100), arcsine).level).toBeNull();
    expect(unitAssessment(unit(upper * 100 * (1 + 1e-6)), arcsine).level).toBe("alert");
  });

  it("does not flag a unit exactly at the 95 % lower mid-p exact limit, and flags one a hair below it", () => {
    const lower = midPBinomialLimits(0.5, 100, 0.95).lower;
    expect(unitAssessment(unit(lower * 100), exact).level).toBeNull();
    expect(unitAssessment(unit(lower * 100 * (1 - 1e-6)), exact)).toMatchObject({level: "alert", direction: "low"});
  });

  it("reports the limits of its method at its own n: arcsineLimits and midPBinomialLimits around E/n", () => {
    expect(unitAssessment(unit(50, 40, 10), arcsine).limits.alarm).toEqual(arcsineLimits(0.25, 40, 0.998));
    expect(unitAssessment(unit(50, 40, 10), exact).limits.alert.lower).toBeCloseTo(midPBinomialLimits(0.25, 40, 0.95).lower, 12);
    expect(unitAssessment(unit(50, 40, 10), exact).limits.alert.upper).toBeCloseTo(midPBinomialLimits(0.25, 40, 0.95).upper, 12);
  });

  it("gives no flag to a unit below the minimum number of cases, however extreme, and says why", () => {
    const a = unitAssessment(unit(0, 19, 9.5), arcsine);
    expect(a).toMatchObject({level: null, direction: null, casesToDiffer: null, noFlagReason: "färre än 20 fall (19)"});
    expect(a.p).toBeNaN();
    expect(unitAssessment(unit(0, 20, 10), arcsine).level).toBe("alarm");
  });

  it("honours a configured minimum number of cases", () => {
    const context = {...arcsine, policy: flagPolicy({minimumCases: 5})};
    expect(unitAssessment(unit(0, 19, 9.5), context).level).toBe("alarm");
  });

  it("compares the adjusted rate (O/E)·target: 30 of 100 where 20 were expected is high although 30 % is below the 50 % target", () => {
    const a = unitAssessment(unit(30, 100, 20), arcsine);
    expect(a.adjustedRate).toBeCloseTo(0.75, 12);
    expect(a.direction).toBe("high");
    // The adjusted limits are the O/n limits scaled by target/(E/n) = 2.5.
    expect(a.adjustedLimits.alert.upper).toBeCloseTo(a.limits.alert.upper * 2.5, 12);
  });

  it("cannot flag a unit whose expected rate is 0 or 1", () => {
    expect(unitAssessment(unit(0, 30, 0), arcsine)).toMatchObject({z: 0, level: null, noFlagReason: "förväntad andel är 0 eller 100 %, så inget utfall kan avvika"});
  });
});

describe("casesToDiffer(counts, context)", () => {
  const check = (counts: UnitCounts, context: FlagContext) => {
    const k = casesToDiffer(counts, context);
    expect(k).not.toBeNull();
    const {direction} = unitAssessment(counts, context);
    const shift = direction === "high" ? -1 : 1;
    // Recomputing the flag with the count changed by k removes it; by k − 1 it does not.
    expect(unitAssessment({...counts, observed: counts.observed + shift * k!}, context).level).toBeNull();
    expect(unitAssessment({...counts, observed: counts.observed + shift * (k! - 1)}, context).level).not.toBeNull();
    return k!;
  };

  it("is the smallest change in O that brings a high arcsine flag inside the alert limits (70 of 100 → 11: 60 is still beyond, 59 inside)", () => {
    // Upper 95 % arcsine limit at p0 = 0.5, n = 100: sin²(π/4 + 1.96/20) ≈ 0.5979, so 59 is inside and 60 beyond.
    expect(check(unit(70), arcsine)).toBe(11);
  });

  it("works for low flags, the exact method, case mix and τ²", () => {
    check(unit(28), arcsine);
    check(unit(26, 80, 40), exact);
    check(unit(45, 60, 25, 12), {...arcsine, tau2: 0.002});
  });

  it("is null inside the limits", () => {
    expect(casesToDiffer(unit(52), arcsine)).toBeNull();
  });
});

describe("effectiveCases(counts) and flagZ", () => {
  it("is n without case mix and n²e(1 − e)/V with it: 50 cases at 20 % and 50 at 80 % give 100²·¼/16 = 156.25 (hand computation)", () => {
    expect(effectiveCases(unit(50))).toBe(100);
    expect(effectiveCases(unit(50, 100, 50, 50 * 0.16 * 2))).toBeCloseTo(156.25, 12);
  });

  it("widens z with τ²: (asin√0.7 − π/4)/√(1/400 + 0.01)", () => {
    const z = flagZ(70, unit(70), {...arcsine, tau2: 0.01});
    expect(z).toBeCloseTo((Math.asin(Math.sqrt(0.7)) - Math.PI / 4) / Math.sqrt(1 / 400 + 0.01), 12);
  });
});
