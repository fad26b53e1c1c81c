/**
 * The NHS "Making Data Count" special-cause rules and assurance, shared by every SPC chart (xmr.ts, p-chart.ts):
 * one implementation, applied to a centre line and per-point limits.
 */

/** Improvement direction of an SPC measure. */
export type Improvement = "increase" | "decrease" | "neutral";

/** Which Making Data Count rule flagged a point (highest priority first: limit, trend, twoOfThree, shift). */
export type SpecialCauseRule = "limit" | "trend" | "twoOfThree" | "shift";

/** Variation type of a point, oriented by the improvement direction ("neither" = special cause of a neutral measure). */
export type VariationType = "common_cause" | "special_cause_improvement" | "special_cause_concern" | "special_cause_neither";

/** Assurance against a target (NHSRplotthedots: consistent_pass / consistent_fail / inconsistent). */
export type Assurance = "pass_consistently" | "fail_consistently" | "hit_and_miss";

/** The centre line and, per point, the process limits (3σ) and the "2σ" lines of a chart, on the values' scale. */
export interface SpcLimits {
  centre: number;
  lower: readonly number[];
  upper: readonly number[];
  nearLower: readonly number[];
  nearUpper: readonly number[];
}

/** The special-cause verdict for one point. */
export interface SpecialCause {
  /** Highest-priority rule that flags the point, or null for common cause. */
  rule: SpecialCauseRule | null;
  /** Side of the special cause: "high" (above / increasing) or "low" (below / decreasing); null for common cause. */
  side: "high" | "low" | null;
  variation: VariationType;
}

/** Throws RangeError unless `improvement` is one of the three directions. */
export function checkImprovement(improvement: string, fn: string): asserts improvement is Improvement {
  if (!["increase", "decrease", "neutral"].includes(improvement)) {
    throw new RangeError(`${fn}: improvement must be "increase", "decrease" or "neutral"`);
  }
}

/** Marks every point belonging to a run of 7 that ends at a marked index (markers at run ends). */
function partOfSeven(markers: readonly number[]): boolean[] {
  return markers.map((_, i) => {
    for (let j = i; j <= i + 6 && j < markers.length; j += 1) if (markers[j] !== 0) return true;
    return false;
  });
}

/**
 * Special causes by the Making Data Count rules as NHSRplotthedots 0.2 applies them, in priority order: a point beyond
 * its limit (strictly); part of 7 consecutive strictly increasing or decreasing points; 2 of 3 consecutive points (all
 * three on one side of the centre) strictly beyond their 2σ line but inside their limits; part of 7 consecutive points
 * on one side of the centre (points on the centre break runs). Limits may differ from point to point (a p-chart's do);
 * `limits` arrays must be as long as `values`. Variation is oriented by `improvement`.
 */
export function specialCauses(values: readonly number[], limits: SpcLimits, improvement: Improvement): SpecialCause[] {
  const n = values.length;
  const {centre} = limits;
  const at = (i: number): number => values[i] as number;
  const outside = values.map((v, i) => v > (limits.upper[i] as number) || v < (limits.lower[i] as number));
  const sideOfMean = values.map((v) => Math.sign(v - centre));
  const close = values.map(
    (v, i) => !outside[i] && (v < (limits.nearLower[i] as number) || v > (limits.nearUpper[i] as number))
  );

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

  // Rule 3: 2 of 3 beyond the 2σ line, all three on the same side of the centre.
  const closeAt = (i: number): number => (i >= 0 && i < n && close[i] ? 1 : 0);
  const sideAt = (i: number): number => (i >= 0 && i < n ? (sideOfMean[i] as number) : 0);
  const windowFlags = (start: number): boolean =>
    closeAt(start) + closeAt(start + 1) + closeAt(start + 2) >= 2 &&
    Math.abs(sideAt(start) + sideAt(start + 1) + sideAt(start + 2)) === 3;
  const inTwoOfThree = values.map((_, i) => !!close[i] && (windowFlags(i - 2) || windowFlags(i - 1) || windowFlags(i)));

  // Rule 4: 7-point shift. Marker at the last point of 7 consecutive points on the same side of the centre.
  const shiftEnd = values.map((_, i) => {
    if (i < 6) return 0;
    const side = sideOfMean[i] as number;
    if (side === 0) return 0;
    for (let j = i - 6; j < i; j += 1) if (sideOfMean[j] !== side) return 0;
    return side;
  });
  const inShift = partOfSeven(shiftEnd);

  return values.map((_, i) => {
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
    return {rule, side: rule === null ? null : direction > 0 ? "high" : "low", variation};
  });
}

/**
 * Assurance of a target against the process limits (NHSRplotthedots' ptd_calculate_assurance_type, which uses the
 * limits of the last point): a target beyond the upper limit is failed consistently by an "increase" measure and passed
 * consistently by a "decrease" one, and the reverse below the lower limit; within the limits it is hit and miss.
 * Null without a target or for a neutral measure. Throws RangeError for a non-finite target.
 */
export function assurance(
  target: number | undefined,
  lower: number,
  upper: number,
  improvement: Improvement,
  fn: string
): Assurance | null {
  if (target === undefined || improvement === "neutral") return null;
  if (!Number.isFinite(target)) throw new RangeError(`${fn}: target must be a finite number, got ${String(target)}`);
  const increasing = improvement === "increase";
  if (target > upper) return increasing ? "fail_consistently" : "pass_consistently";
  if (target < lower) return increasing ? "pass_consistently" : "fail_consistently";
  return "hit_and_miss";
}

/** The warning shown while fewer than `minimumBaseline` points set the limits (trial limits), or none. */
export function trialLimitWarnings(baselineLength: number, minimumBaseline: number): string[] {
  return baselineLength < minimumBaseline
    ? [`Only ${baselineLength} points set the limits (fewer than ${minimumBaseline}); treat them as trial limits.`]
    : [];
}
