import type {Interval} from "./types.js";
import {binomialCdf, binomialPmf, binomialQuantile} from "./dists.js";
import {checkLevel, checkNonNegative, checkProportion, zFor} from "./validate.js";

/**
 * Smallest integer r in [0, n] with P(R ≤ r) ≥ q for R ~ Binomial(n, p0), i.e. R's qbinom(q, n, p0).
 * The @stdlib quantile is used as a starting point and then checked against the distribution function,
 * so the result does not depend on the quantile routine's search tolerance.
 */
function binomialQuantileChecked(q: number, n: number, p0: number): number {
  let r = binomialQuantile(q, n, p0);
  if (!Number.isFinite(r)) r = Math.round(n * p0);
  r = Math.min(n, Math.max(0, Math.round(r)));
  while (r > 0 && binomialCdf(r - 1, n, p0) >= q) r -= 1;
  while (r < n && binomialCdf(r, n, p0) < q) r += 1;
  return r;
}

/** One interpolated limit of Spiegelhalter (2005) appendix A.1.1 at tail probability q. */
function interpolatedBinomialLimit(q: number, n: number, p0: number): number {
  const r = binomialQuantileChecked(q, n, p0);
  const cdf = binomialCdf(r, n, p0);
  const pmf = binomialPmf(r, n, p0);
  const alpha = (cdf - q) / pmf;
  return (r - alpha) / n;
}

/**
 * Funnel-plot control limits for a proportion with target p0 at sample size n, from the exact binomial with
 * the interpolation of Spiegelhalter (2005, Stat Med 24:1185, appendix A.1.1): with r_q the q-quantile of
 * Binomial(n, p0) and α = (P(R ≤ r_q) − q) / P(R = r_q), the limit is (r_q − α)/n, for q = (1 ∓ level)/2.
 * Returned as proportions and unclipped (the lower limit can be negative at small n·p0).
 * Edges: p0 = 0 or 1 is degenerate and gives {lower: p0, upper: p0}; n = 0 gives {−∞, +∞}.
 * n must be a whole number; throws RangeError for n < 0 or non-integer, p0 ∉ [0, 1], level ∉ (0, 1).
 */
export function exactBinomialLimits(p0: number, n: number, level: number): Interval {
  const fn = "exactBinomialLimits";
  checkLevel(level, fn);
  checkProportion(p0, "p0", fn);
  checkNonNegative(n, "n", fn);
  if (!Number.isInteger(n)) throw new RangeError(`${fn}: n must be a whole number, got ${n}`);
  if (n === 0) return {lower: -Infinity, upper: Infinity};
  if (p0 === 0 || p0 === 1) return {lower: p0, upper: p0};
  const tail = (1 - level) / 2;
  return {
    lower: interpolatedBinomialLimit(tail, n, p0),
    upper: interpolatedBinomialLimit(1 - tail, n, p0)
  };
}

/**
 * Normal-approximation funnel limits for a proportion, p0 ± z·√(p0(1 − p0)/n) with z = Φ⁻¹((1 + level)/2),
 * as proportions and unclipped (they can leave [0, 1]).
 * Edges: p0 = 0 or 1 gives {lower: p0, upper: p0}; n = 0 (with 0 < p0 < 1) gives {−∞, +∞}.
 * Throws RangeError for n < 0, p0 ∉ [0, 1], level ∉ (0, 1).
 */
export function normalProportionLimits(p0: number, n: number, level: number): Interval {
  const fn = "normalProportionLimits";
  checkLevel(level, fn);
  checkProportion(p0, "p0", fn);
  checkNonNegative(n, "n", fn);
  const variance = p0 * (1 - p0);
  if (variance === 0) return {lower: p0, upper: p0};
  if (n === 0) return {lower: -Infinity, upper: Infinity};
  const half = zFor(level) * Math.sqrt(variance / n);
  return {lower: p0 - half, upper: p0 + half};
}

/**
 * Funnel limits for a proportion on the arcsine (variance-stabilising) scale, as FunnelPlotR draws them:
 * sin²(asin√p0 ∓ z·√(1/(4n) + τ²)), with τ² the additive between-unit variance on that scale (0 = unadjusted).
 * The angle is clamped to [0, π/2] before back-transforming, so each limit stays in [0, 1] and is monotone in n
 * (a limit whose angle would leave the range becomes exactly 0 or 1). n = 0 gives [0, 1]; p0 = 0 gives lower 0.
 * Throws RangeError for n < 0, tau2 < 0, p0 ∉ [0, 1], level ∉ (0, 1).
 */
export function arcsineLimits(p0: number, n: number, level: number, tau2 = 0): Interval {
  const fn = "arcsineLimits";
  checkLevel(level, fn);
  checkProportion(p0, "p0", fn);
  checkNonNegative(n, "n", fn);
  checkNonNegative(tau2, "tau2", fn);
  if (n === 0) return {lower: 0, upper: 1};
  const angle = Math.asin(Math.sqrt(p0));
  const half = zFor(level) * Math.sqrt(1 / (4 * n) + tau2);
  const lowerAngle = Math.max(0, angle - half);
  const upperAngle = Math.min(Math.PI / 2, angle + half);
  const lower = lowerAngle === 0 ? 0 : Math.sin(lowerAngle) ** 2;
  const upper = upperAngle === Math.PI / 2 ? 1 : Math.sin(upperAngle) ** 2;
  return {lower, upper};
}
