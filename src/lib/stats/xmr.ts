/** Improvement direction of an XmR measure. */
export type Improvement = "increase" | "decrease" | "neutral";

/** Which Making Data Count rule flagged a point (highest priority first: limit, trend, twoOfThree, shift). */
export type SpecialCauseRule = "limit" | "trend" | "twoOfThree" | "shift";

/** Variation type of a point, oriented by the improvement direction ("neither" = special cause of a neutral measure). */
export type VariationType = "common_cause" | "special_cause_improvement" | "special_cause_concern" | "special_cause_neither";

/** Assurance against a target (NHSRplotthedots: consistent_pass / consistent_fail / inconsistent). */
export type Assurance = "pass_consistently" | "fail_consistently" | "hit_and_miss";

export interface XmrOptions {
  /** Direction of improvement (default "increase", as NHSRplotthedots). */
  improvement?: Improvement;
  /** Target value; enables the assurance result (not for a neutral measure). */
  target?: number;
  /** Screen moving ranges ≥ 3.267 × the mean moving range out of the limits (default true). */
  screenOutliers?: boolean;
  /** Compute the mean and limits from the first `baselineLength` points only (NHSRplotthedots' fix_after_n_points); default: all points. */
  baselineLength?: number;
  /** Warn when fewer than this many points set the limits (default 12). */
  minimumBaseline?: number;
}

export interface XmrPoint {
  value: number;
  /** |xᵢ − xᵢ₋₁| (null for the first point). */
  movingRange: number | null;
  /** True if this moving range was screened out of the mean moving range. */
  movingRangeScreened: boolean;
  /** Highest-priority rule that flags the point, or null for common cause. */
  rule: SpecialCauseRule | null;
  /** Side of the special cause: "high" (above / increasing) or "low" (below / decreasing); null for common cause. */
  side: "high" | "low" | null;
  variation: VariationType;
}

export interface XmrResult {
  mean: number;
  /** Mean moving range after screening (if enabled). */
  meanMovingRange: number;
  /** Lower / upper process limits, mean ∓ 2.66 × mean moving range. */
  lower: number;
  upper: number;
  /** The "2σ" lines, mean ∓ (2/3)·2.66 × mean moving range, used by the two-of-three rule. */
  nearLower: number;
  nearUpper: number;
  points: XmrPoint[];
  /** Assurance against options.target, or null without a target or for a neutral measure. */
  assurance: Assurance | null;
  /** True when fewer than options.minimumBaseline (12) points set the limits. */
  shortBaseline: boolean;
  warnings: string[];
}

const LIMIT = 2.66;
const NEAR = (2 * LIMIT) / 3;
const SCREEN = 3.267;

/** Marks every point belonging to a run of 7 that ends at a marked index (markers at run ends). */
function partOfSeven(markers: readonly number[]): boolean[] {
  return markers.map((_, i) => {
    for (let j = i; j <= i + 6 && j < markers.length; j += 1) if (markers[j] !== 0) return true;
    return false;
  });
}

/**
 * XmR (individuals) chart with the NHS "Making Data Count" special-cause rules as NHSRplotthedots 0.2 applies them.
 * Centre = mean; limits = mean ∓ 2.66 × mean moving range, where moving ranges ≥ 3.267 × the mean moving range are
 * screened out and the mean recomputed (unless screenOutliers is false). Rules in priority order: a point beyond a limit;
 * part of 7 consecutive strictly increasing or decreasing points; 2 of 3 consecutive points (all three on one side of the mean)
 * beyond the 2σ line but inside the limits; part of 7 consecutive points on one side of the mean (points on the mean break runs).
 * Points outside the limits and the 2σ test use strict inequalities. If every moving range is 0 the limits equal the mean
 * (no screening; NHSRplotthedots would give NaN). Rebasing is not supported: chart each period separately.
 * Throws RangeError for fewer than 2 values, a non-finite value, or a baselineLength below 2.
 */
export function xmr(values: readonly number[], options: XmrOptions = {}): XmrResult {
  const fn = "xmr";
  if (values.length < 2) throw new RangeError(`${fn}: at least 2 values are required, got ${values.length}`);
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new RangeError(`${fn}: value ${i} is ${String(v)}; values must be finite numbers`);
  });
  const improvement = options.improvement ?? "increase";
  if (!["increase", "decrease", "neutral"].includes(improvement)) {
    throw new RangeError(`${fn}: improvement must be "increase", "decrease" or "neutral"`);
  }
  const screen = options.screenOutliers ?? true;
  const baselineLength = Math.min(values.length, options.baselineLength ?? values.length);
  if (!(Number.isInteger(baselineLength) && baselineLength >= 2)) {
    throw new RangeError(`${fn}: baselineLength must be a whole number ≥ 2, got ${String(options.baselineLength)}`);
  }
  const minimumBaseline = options.minimumBaseline ?? 12;

  const baseline = values.slice(0, baselineLength);
  const mean = baseline.reduce((a, b) => a + b, 0) / baseline.length;
  const baselineRanges = baseline.slice(1).map((v, i) => Math.abs(v - (baseline[i] as number)));
  const rawMeanRange = baselineRanges.reduce((a, b) => a + b, 0) / baselineRanges.length;
  let screenedFlags = baselineRanges.map(() => false);
  let meanMovingRange = rawMeanRange;
  if (screen && rawMeanRange > 0) {
    screenedFlags = baselineRanges.map((r) => !(r < SCREEN * rawMeanRange));
    const kept = baselineRanges.filter((_, i) => !screenedFlags[i]);
    meanMovingRange = kept.reduce((a, b) => a + b, 0) / kept.length;
  }
  const lower = mean - LIMIT * meanMovingRange;
  const upper = mean + LIMIT * meanMovingRange;
  const nearLower = mean - NEAR * meanMovingRange;
  const nearUpper = mean + NEAR * meanMovingRange;

  const n = values.length;
  const at = (i: number): number => values[i] as number;
  const outside = values.map((v) => v > upper || v < lower);
  const sideOfMean = values.map((v) => Math.sign(v - mean));
  const close = values.map((v, i) => !outside[i] && (v < nearLower || v > nearUpper));

  // Rule 2: 7-point trend. Marker at the last point of a strictly monotone run of 7.
  const trendEnd = values.map((_, i) => {
    if (i < 6) return 0;
    let up = true;
    let down = true;
    for (let j = i - 5; j <= i; j += 1) {
      const d = at(j) - at(j - 1);
      if (!(d > 0)) up = false;
      if (!(d < 0)) down = false;
    }
    return up ? 1 : down ? -1 : 0;
  });
  const inTrend = partOfSeven(trendEnd);
  // Direction of the trend at each point: the step to the next point if that point is also in a trend, else the step from the previous.
  const trendDirection = values.map((v, i) => {
    const useNext = inTrend[i] && i + 1 < n && inTrend[i + 1];
    const d = useNext ? at(i + 1) - v : i > 0 ? v - at(i - 1) : 0;
    return Math.sign(d);
  });

  // Rule 3: 2 of 3 beyond the 2σ line, all three on the same side of the mean.
  const closeAt = (i: number): number => (i >= 0 && i < n && close[i] ? 1 : 0);
  const sideAt = (i: number): number => (i >= 0 && i < n ? (sideOfMean[i] as number) : 0);
  const windowFlags = (start: number): boolean =>
    closeAt(start) + closeAt(start + 1) + closeAt(start + 2) >= 2 &&
    Math.abs(sideAt(start) + sideAt(start + 1) + sideAt(start + 2)) === 3;
  const inTwoOfThree = values.map((_, i) => !!close[i] && (windowFlags(i - 2) || windowFlags(i - 1) || windowFlags(i)));

  // Rule 4: 7-point shift. Marker at the last point of 7 consecutive points on the same side of the mean.
  const shiftEnd = values.map((_, i) => {
    if (i < 6) return 0;
    const side = sideOfMean[i] as number;
    if (side === 0) return 0;
    for (let j = i - 6; j < i; j += 1) if (sideOfMean[j] !== side) return 0;
    return side;
  });
  const inShift = partOfSeven(shiftEnd);

  const points: XmrPoint[] = values.map((value, i) => {
    let rule: SpecialCauseRule | null = null;
    let direction = 0;
    if (outside[i]) {
      rule = "limit";
      direction = sideOfMean[i] === 1 ? 1 : -1;
    } else if (inTrend[i]) {
      rule = "trend";
      direction = trendDirection[i] === 1 ? 1 : -1;
    } else if (inTwoOfThree[i]) {
      rule = "twoOfThree";
      direction = (sideOfMean[i] as number) > 0 ? 1 : -1;
    } else if (inShift[i]) {
      rule = "shift";
      direction = (sideOfMean[i] as number) > 0 ? 1 : -1;
    }
    let variation: VariationType = "common_cause";
    if (rule !== null) {
      if (improvement === "neutral") variation = "special_cause_neither";
      else {
        const oriented = improvement === "increase" ? direction : -direction;
        variation = oriented > 0 ? "special_cause_improvement" : "special_cause_concern";
      }
    }
    const screenedIndex = i - 1;
    return {
      value,
      movingRange: i === 0 ? null : Math.abs(value - at(i - 1)),
      movingRangeScreened: i > 0 && screenedIndex < screenedFlags.length ? !!screenedFlags[screenedIndex] : false,
      rule,
      side: rule === null ? null : direction > 0 ? "high" : "low",
      variation
    };
  });

  let assurance: Assurance | null = null;
  const target = options.target;
  if (target !== undefined && improvement !== "neutral") {
    if (!Number.isFinite(target)) throw new RangeError(`${fn}: target must be a finite number, got ${String(target)}`);
    const increasing = improvement === "increase";
    if (target > upper) assurance = increasing ? "fail_consistently" : "pass_consistently";
    else if (target < lower) assurance = increasing ? "pass_consistently" : "fail_consistently";
    else assurance = "hit_and_miss";
  }

  const shortBaseline = baselineLength < minimumBaseline;
  const warnings = shortBaseline
    ? [`Only ${baselineLength} points set the limits (fewer than ${minimumBaseline}); treat them as trial limits.`]
    : [];
  return {mean, meanMovingRange, lower, upper, nearLower, nearUpper, points, assurance, shortBaseline, warnings};
}
