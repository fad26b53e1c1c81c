import {assurance, checkImprovement, specialCauses, trialLimitWarnings} from "./spc-rules.js";
import type {Assurance, Improvement, SpecialCause, SpecialCauseRule, VariationType} from "./spc-rules.js";

// The rule and assurance types live with the shared rules; re-exported so xmr's API is unchanged.
export type {Assurance, Improvement, SpecialCauseRule, VariationType} from "./spc-rules.js";

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
  checkImprovement(improvement, fn);
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
  const causes = specialCauses(
    values,
    {
      centre: mean,
      lower: Array<number>(n).fill(lower),
      upper: Array<number>(n).fill(upper),
      nearLower: Array<number>(n).fill(nearLower),
      nearUpper: Array<number>(n).fill(nearUpper)
    },
    improvement
  );
  const points: XmrPoint[] = values.map((value, i) => {
    const screenedIndex = i - 1;
    return {
      value,
      movingRange: i === 0 ? null : Math.abs(value - at(i - 1)),
      movingRangeScreened: i > 0 && screenedIndex < screenedFlags.length ? !!screenedFlags[screenedIndex] : false,
      ...(causes[i] as SpecialCause)
    };
  });

  const assuranceResult = assurance(options.target, lower, upper, improvement, fn);

  const shortBaseline = baselineLength < minimumBaseline;
  const warnings = trialLimitWarnings(baselineLength, minimumBaseline);
  return {mean, meanMovingRange, lower, upper, nearLower, nearUpper, points, assurance: assuranceResult, shortBaseline, warnings};
}
