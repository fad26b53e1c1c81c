/**
 * The flag policy for one unit. Its observed rate O/n is compared with funnel limits around its own expected rate E/n at
 * its own n (E from indirect standardisation against the reference; `referenceFit` chooses it); equivalently,
 * its case-mix adjusted rate (O/E)·target is compared with those limits scaled by target/(E/n). Without case mix E/n is
 * the target and both are the plain funnel plot. The decision is taken on the z of the method (arcsine, or the mid-p
 * exact binomial where the expected events or non-events are few or the policy asks for it), the same as comparing with
 * the limits; a unit exactly at a limit (to rounding) is not flagged.
 */
import type {Interval} from "../stats/types.js";
import {arcsineLimits, midPBinomialLimitsAtTail, midPLowerTail, midPUpperTail} from "../stats/funnel-limits.js";
import {normalCdf, normalQuantile} from "../stats/dists.js";
import type {FlagContext, FlagDirection, FlagLevel, UnitAssessment, UnitCounts} from "./types.js";
import {noFlagReasonText} from "../format/no-flag-reason.js";

/** Slack on the z scale so that a unit lying exactly on a limit is not flagged by rounding error. */
const Z_TOLERANCE = 1e-9;

/** (O/E)·target: the unit's rate had it the reference case mix. Equals target when O = E = 0, +∞ when only E = 0. */
export function adjustedRate(observed: number, expected: number, target: number): number {
  if (expected === 0) return observed === 0 ? target : Infinity;
  return (observed / expected) * target;
}

/**
 * The unit's effective number of cases for the arcsine scale, n²·e(1 − e)/V with e = E/n and V the variance of O − E
 * under the reference: equal to n without case mix; larger when the unit's strata differ (their mix makes O less variable
 * than a binomial at e) or its cases are part of the reference; smaller when the reference leaves the unit out (its own
 * sampling error adds to V; `referencedCounts`). n when V is absent or 0.
 */
export function effectiveCases(counts: UnitCounts): number {
  const {n, expected, variance} = counts;
  if (variance === undefined || !(variance > 0) || n === 0) return n;
  const e = expected / n;
  const nEff = (n * n * e * (1 - e)) / variance;
  return nEff > 0 ? nEff : n;
}

/** Two-sided critical value Φ⁻¹((1 + level)/2). */
function zCritical(level: number): number {
  return normalQuantile((1 + level) / 2);
}

/**
 * Whether a unit is judged by the mid-p exact binomial: always under the "exact-binomial" method; under "arcsine" when
 * its expected events E or non-events n − E are fewer than policy.smallExpected, where the arcsine approximation
 * misjudges the tails (it alarms O = 0 at E ≈ 2.4, whose probability is about 9 %).
 */
export function usesExact(counts: UnitCounts, context: FlagContext): boolean {
  if (context.policy.method === "exact-binomial") return true;
  const {n, expected} = counts;
  return Math.min(expected, n - expected) < (context.policy.smallExpected ?? 0);
}

/**
 * How much a mid-p z (binomial at n, arcsine variance 1/(4n)) is widened: √(1 + 4n·extra) with extra = τ² plus the
 * reference's own sampling error where the unit is outside its reference (1/(4·n_eff) − 1/(4n) when n_eff < n). A
 * case mix that makes O less variable (n_eff > n) is not credited: the exact method errs towards fewer flags there.
 */
function widening(counts: UnitCounts, context: FlagContext): number {
  const n = counts.n;
  const extra = context.tau2 + Math.max(0, 1 / (4 * effectiveCases(counts)) - 1 / (4 * n));
  return Math.sqrt(1 + 4 * n * extra);
}

/**
 * Signed z of `observed` events for a unit against its expected rate e = E/n. Arcsine:
 * (asin√(O/n) − asin√e)/√(1/(4·n_eff) + τ²) with n_eff from `effectiveCases`. Mid-p exact (see `usesExact`):
 * Φ⁻¹ of the mid-p tail of Binomial(n, e) at O on the side O lies (Φ⁻¹(P(R < O) + ½P(R = O)) below, −Φ⁻¹ of the upper
 * tail above), divided by `widening` so τ² (and a leave-out reference's own error) widens it as it widens the arcsine z;
 * it ignores the within-unit mix of strata, which errs towards fewer flags. Always finite (O = 0 and O = n included). 0 when n = 0 or e is 0 or 1.
 */
export function flagZ(observed: number, counts: UnitCounts, context: FlagContext): number {
  const {n, expected} = counts;
  if (!(n > 0)) return 0;
  const e = Math.min(1, Math.max(0, expected / n));
  if (!(e > 0 && e < 1)) return 0;
  if (usesExact(counts, context)) {
    const lower = midPLowerTail(observed, n, e);
    const upper = midPUpperTail(observed, n, e);
    const z = lower <= upper ? normalQuantile(lower) : -normalQuantile(upper);
    return z / widening(counts, context);
  }
  return (Math.asin(Math.sqrt(observed / n)) - Math.asin(Math.sqrt(e))) / Math.sqrt(1 / (4 * effectiveCases(counts)) + context.tau2);
}

/** The level and direction a z reaches under the policy, or nulls inside the alert limits. */
export function levelOfZ(z: number, context: FlagContext): {level: FlagLevel | null; direction: FlagDirection | null} {
  const a = Math.abs(z);
  const level: FlagLevel | null = a > zCritical(context.policy.alarmLevel) + Z_TOLERANCE ? "alarm" : a > zCritical(context.policy.alertLevel) + Z_TOLERANCE ? "alert" : null;
  return {level, direction: level === null ? null : z > 0 ? "high" : "low"};
}

/**
 * Limits for the observed rate O/n around the expected rate E/n: arcsine at n_eff with the applied τ², or (`usesExact`)
 * mid-p exact binomial at n with the tail probability of a z widened by `widening`. n = 0 gives [0, 1].
 */
export function limitsAt(counts: UnitCounts, context: FlagContext, level: number): Interval {
  const {n, expected} = counts;
  if (!(n > 0)) return {lower: 0, upper: 1};
  const e = Math.min(1, Math.max(0, expected / n));
  if (usesExact(counts, context)) {
    return midPBinomialLimitsAtTail(e, n, Math.max(Number.MIN_VALUE, normalCdf(-zCritical(level) * widening(counts, context))));
  }
  return arcsineLimits(e, effectiveCases(counts), level, context.tau2);
}

/** Limits on the observed-rate scale carried to the adjusted-rate scale, multiplying by target/(E/n). */
function toAdjustedScale(limits: Interval, n: number, expected: number, target: number): Interval {
  const factor = expected > 0 ? (target * n) / expected : NaN;
  return {lower: limits.lower * factor, upper: limits.upper * factor};
}

/**
 * The smallest change k ≥ 1 in the observed count (fewer events for a high flag, more for a low one; n, E, φ and τ² held
 * fixed) that brings the unit inside the alert limits; null if it is not flagged or no count in [0, n] does.
 */
export function casesToDiffer(counts: UnitCounts, context: FlagContext): number | null {
  const {n, observed} = counts;
  const zOf = (o: number) => flagZ(o, counts, context);
  const {direction} = levelOfZ(zOf(observed), context);
  if (direction === null) return null;
  const inside = (o: number) => levelOfZ(zOf(o), context).level === null;
  // z is monotone in the observed count: binary search for the nearest count on the near side of the alert limit
  // (not above it for a high flag, not below it for a low one), then check that it lies inside both limits.
  const zAlert = zCritical(context.policy.alertLevel);
  let nearest: number;
  if (direction === "high") {
    const notAbove = (o: number) => zOf(o) <= zAlert + Z_TOLERANCE;
    if (!notAbove(0)) return null;
    let lo = 0; // not above
    let hi = Math.ceil(observed); // above (integer, so the search ends)
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (notAbove(mid)) lo = mid;
      else hi = mid;
    }
    nearest = lo;
  } else {
    const notBelow = (o: number) => zOf(o) >= -zAlert - Z_TOLERANCE;
    if (!notBelow(n)) return null;
    let lo = Math.floor(observed); // below (integer, so the search ends)
    let hi = n; // not below
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (notBelow(mid)) hi = mid;
      else lo = mid;
    }
    nearest = hi;
  }
  return inside(nearest) ? Math.abs(observed - nearest) : null;
}

/**
 * Assesses one unit under a measure's fixed context: rates, limits at both levels (for O/n and for the adjusted rate), z,
 * two-sided p, level, direction and cases to differ. A unit with fewer than policy.minimumCases cases (n = 0 included)
 * is not assessed (z and p NaN, no flag, a reason given; its limits are [0, 1] when n = 0). q is left NaN; `assessedUnits` fills it in across the units of the measure.
 */
export function unitAssessment(counts: UnitCounts, context: FlagContext): UnitAssessment {
  const {n, observed, expected} = counts;
  const {policy, target} = context;
  const alert = limitsAt(counts, context, policy.alertLevel);
  const alarm = limitsAt(counts, context, policy.alarmLevel);
  const base = {
    unit: counts.unit,
    n,
    observed,
    expected,
    ...(counts.variance === undefined ? {} : {variance: counts.variance}),
    rate: n > 0 ? observed / n : NaN,
    expectedRate: n > 0 ? expected / n : NaN,
    adjustedRate: adjustedRate(observed, expected, target),
    target,
    limits: {alert, alarm},
    adjustedLimits: {alert: toAdjustedScale(alert, n, expected, target), alarm: toAdjustedScale(alarm, n, expected, target)},
    phi: context.phi,
    tau2: context.tau2,
    method: policy.method,
    q: NaN
  };
  if (n < policy.minimumCases || n === 0) {
    return {...base, z: NaN, p: NaN, level: null, direction: null, casesToDiffer: null, noFlagReason: noFlagReasonText({code: "too-few-cases", cases: n, minimumCases: policy.minimumCases})};
  }
  const z = flagZ(observed, counts, context);
  const p = Math.min(1, 2 * normalCdf(-Math.abs(z)));
  const {level, direction} = levelOfZ(z, context);
  const e = expected / n;
  // p from z; for a mid-p unit this is the two-sided mid-p value (twice the smaller tail) when τ² is not applied.
  return {
    ...base,
    z,
    p,
    level,
    direction,
    casesToDiffer: level === null ? null : casesToDiffer(counts, context),
    noFlagReason: e > 0 && e < 1 ? null : noFlagReasonText({code: "no-variation"})
  };
}
