import {describe, it, expect} from "vitest";
import {xmr} from "../../../src/lib/stats/index.js";
import {expectClose, expectRounded} from "./close.js";

// R: set.seed(123); rnorm(20) — the data of NHSRplotthedots 0.2.2 tests/testthat/test-ptd_spc_standard.R
// (its snapshot _snaps/ptd_spc_standard.md shows the same leading values -0.56047565, -0.23017749, 1.55870831, 0.07050839).
const rnorm123 = [-0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621, -1.26506123,
  -0.68685285, -0.44566197, 1.2240818, 0.35981383, 0.40077145, 0.11068272, -0.55584113, 1.78691314, 0.49785048,
  -1.96661716, 0.7013559, -0.47279141];

const rules = (values: number[], options = {}): (string | null)[] => xmr(values, options).points.map((p) => p.rule);

describe("xmr(values, options)", () => {
  it("reproduces NHSRplotthedots' mean 0.1416238 and limits −3.01138 / 3.294627 for rnorm(20) with seed 123", () => {
    // NHSRplotthedots 0.2.2 tests/testthat/_snaps/ptd_spc_standard.md, glimpse(r1): mean_col, lpl, upl (printed to 7 significant digits),
    // and _snaps/ptd_spc.md: 20 points, 20 common cause.
    const r = xmr(rnorm123);
    expectRounded(r.mean, 0.1416238, 7);
    expectRounded(r.lower, -3.01138, 5);
    expectRounded(r.upper, 3.294627, 6);
    expect(r.points.every((p) => p.variation === "common_cause")).toBe(true);
  });

  it("screens moving ranges ≥ 3.267 × the mean moving range: with y[15] = 10 the limits are −2.383666 / 3.722497", () => {
    // Same snapshot, glimpse(r2): data$y[15] <- 10, screen_outliers = TRUE → mean 0.6694159, lpl -2.383666, upl 3.722497.
    const y = [...rnorm123];
    y[14] = 10;
    const r = xmr(y);
    expectRounded(r.mean, 0.6694159, 7);
    expectRounded(r.lower, -2.383666, 6);
    expectRounded(r.upper, 3.722497, 6);
    expect(r.points[14]?.movingRangeScreened).toBe(true);
    expect(r.points[15]?.movingRangeScreened).toBe(true);
    expect(r.points[14]?.rule).toBe("limit");
  });

  it("keeps every moving range when screenOutliers is false: limits −4.596625 / 5.935457", () => {
    // Same snapshot, glimpse(r3): screen_outliers = FALSE.
    const y = [...rnorm123];
    y[14] = 10;
    const r = xmr(y, {screenOutliers: false});
    expectRounded(r.lower, -4.596625, 6);
    expectRounded(r.upper, 5.935457, 6);
    expect(r.points.some((p) => p.movingRangeScreened)).toBe(false);
  });

  it("computes centre = mean and limits = mean ± 2.66 × mean moving range (hand example)", () => {
    // 1, 3, 2, 4: mean 2.5, moving ranges 2, 1, 2 → mean 5/3; none ≥ 3.267 × 5/3.
    const r = xmr([1, 3, 2, 4]);
    expectClose(r.mean, 2.5, 1e-15);
    expectClose(r.meanMovingRange, 5 / 3, 1e-15);
    expectClose(r.upper, 2.5 + 2.66 * (5 / 3), 1e-14);
    expectClose(r.lower, 2.5 - 2.66 * (5 / 3), 1e-14);
    expectClose(r.nearUpper, 2.5 + ((2 * 2.66) / 3) * (5 / 3), 1e-14);
    expect(r.points.map((p) => p.movingRange)).toEqual([null, 2, 1, 2]);
  });

  it("does not flag two points near opposite limits (NHSRplotthedots test: 2 of 3 needs one side of the mean)", () => {
    // NHSRplotthedots test-ptd_spc_standard.R: data rep(c(1, -1), 8) with data[15] = 5.5, data[16] = -5.5 → last two common_cause.
    const data: number[] = [];
    for (let i = 0; i < 8; i += 1) data.push(1, -1);
    data[14] = 5.5;
    data[15] = -5.5;
    const r = xmr(data);
    expect(r.points.slice(-2).map((p) => p.variation)).toEqual(["common_cause", "common_cause"]);
  });

  it("flags 2 of 3 consecutive points beyond the 2σ line on the same side (rule 3)", () => {
    const values = [1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 0.5, 4.6, 4.8, 0.5, -1, 1, -1];
    const r = xmr(values);
    // Preconditions, so the expectation follows from the rule: both points between the 2σ line and the upper limit, neighbours above the mean.
    for (const i of [13, 14]) {
      expect(values[i]).toBeGreaterThan(r.nearUpper);
      expect(values[i]).toBeLessThan(r.upper);
    }
    expect(values[12]).toBeGreaterThan(r.mean);
    const flagged = r.points.map((p, i) => (p.rule ? i : -1)).filter((i) => i >= 0);
    expect(flagged).toEqual([13, 14]);
    expect(r.points[13]).toMatchObject({rule: "twoOfThree", side: "high", variation: "special_cause_improvement"});
  });

  it("flags every point of a run of 7 strictly increasing values as a trend (rule 2)", () => {
    const values = [0, 1, 0, 1, 0, 1, 0, 1, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0, 1, 0, 1];
    const r = xmr(values);
    const flagged = r.points.map((p, i) => (p.rule ? i : -1)).filter((i) => i >= 0);
    expect(flagged).toEqual([8, 9, 10, 11, 12, 13, 14]);
    expect(r.points.slice(8, 15).every((p) => p.rule === "trend" && p.side === "high")).toBe(true);
  });

  it("does not count a tie as part of a trend (NHSRplotthedots: c(1:3, 3:6) is no trend)", () => {
    // NHSRplotthedots test-ptd_calculate_point_type.R, ptd_seven_point_trend(c(1:3, 3:6)) is all 0.
    const values = [2, 2.5, 2, 2.5, 1, 2, 3, 3, 4, 5, 6, 2, 2.5, 2];
    expect(rules(values).slice(4, 11).includes("trend")).toBe(false);
  });

  it("flags a decreasing trend as concern when improvement is \"increase\" and as improvement when \"decrease\"", () => {
    const values = [0, 1, 0, 1, 0, 1, 0, 1, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0, 1, 0, 1].map((v) => v + 10);
    const up = xmr(values, {improvement: "increase"});
    const down = xmr(values, {improvement: "decrease"});
    expect(up.points[10]).toMatchObject({rule: "trend", side: "low", variation: "special_cause_concern"});
    expect(down.points[10]?.variation).toBe("special_cause_improvement");
    expect(xmr(values, {improvement: "neutral"}).points[10]?.variation).toBe("special_cause_neither");
  });

  it("flags 7 consecutive points on one side of the mean as a shift (rule 4)", () => {
    const values = [1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 0.6, 0.4, 0.6, 0.4, 0.6, 0.4, 0.6];
    const r = xmr(values);
    const flagged = r.points.map((p, i) => (p.rule ? i : -1)).filter((i) => i >= 0);
    expect(flagged).toEqual([10, 11, 12, 13, 14, 15, 16]);
    expect(r.points[16]).toMatchObject({rule: "shift", side: "high"});
    // Six on one side is not enough.
    expect(rules(values.slice(0, 16)).every((x) => x === null)).toBe(true);
  });

  it("gives a point beyond a limit priority over the trend it belongs to (rule 1 before rule 2)", () => {
    const values = [0, 0.2, 0, 0.2, 0, 0.2, 0, 0.2, 0, 0.2, 0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 3];
    const r = xmr(values);
    expect(values[18]).toBeGreaterThan(r.upper);
    expect(r.points[18]?.rule).toBe("limit");
    expect(r.points[17]?.rule).toBe("trend");
  });

  it("gives assurance pass/fail consistently or hit-and-miss by where the target lies (NHSRplotthedots assurance rules)", () => {
    // NHSRplotthedots test-ptd_calculate_assurance_type.R: target above upl → increase: consistent_fail; below lpl → consistent_pass;
    // between → inconsistent; decrease reverses; neutral gives NA.
    const r = xmr(rnorm123);
    expect(xmr(rnorm123, {target: r.upper + 1}).assurance).toBe("fail_consistently");
    expect(xmr(rnorm123, {target: r.lower - 1}).assurance).toBe("pass_consistently");
    expect(xmr(rnorm123, {target: 0.5}).assurance).toBe("hit_and_miss");
    expect(xmr(rnorm123, {target: r.upper + 1, improvement: "decrease"}).assurance).toBe("pass_consistently");
    expect(xmr(rnorm123, {target: r.lower - 1, improvement: "decrease"}).assurance).toBe("fail_consistently");
    expect(xmr(rnorm123, {target: 0.5, improvement: "neutral"}).assurance).toBeNull();
    expect(r.assurance).toBeNull();
  });

  it("warns about a short baseline below 12 points but not at 12 (NHSRplotthedots short-group warning)", () => {
    // NHSRplotthedots test-ptd_add_short_group_warnings.R with warning_threshold 12: 11 points warn, 12 do not.
    const eleven = xmr(rnorm123.slice(0, 11));
    expect(eleven.shortBaseline).toBe(true);
    expect(eleven.warnings.length).toBe(1);
    const twelve = xmr(rnorm123.slice(0, 12));
    expect(twelve.shortBaseline).toBe(false);
    expect(twelve.warnings).toEqual([]);
  });

  it("fixes the limits on the first baselineLength points (NHSRplotthedots' fix_after_n_points)", () => {
    const fixed = xmr(rnorm123, {baselineLength: 12});
    const first12 = xmr(rnorm123.slice(0, 12));
    expectClose(fixed.mean, first12.mean, 1e-15);
    expectClose(fixed.upper, first12.upper, 1e-15);
    expect(fixed.points.length).toBe(20);
  });

  it("has limits equal to the mean and no special cause for a constant series", () => {
    const r = xmr([5, 5, 5, 5, 5, 5, 5, 5]);
    expect(r.lower).toBe(5);
    expect(r.upper).toBe(5);
    expect(r.points.every((p) => p.rule === null)).toBe(true);
  });

  it("throws RangeError for fewer than 2 values, non-finite values and a baselineLength below 2", () => {
    expect(() => xmr([1])).toThrow(RangeError);
    expect(() => xmr([1, Number.NaN, 3])).toThrow(RangeError);
    expect(() => xmr([1, 2, 3], {baselineLength: 1})).toThrow(RangeError);
  });
});
