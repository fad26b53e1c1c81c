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

/** The smallest positive double: a tail probability that underflows is held here so that z stays finite. */
const TINY = Number.MIN_VALUE;

/**
 * The mid-p lower tail of an observed count o under R ~ Binomial(n, p0): P(R < o) + ½·P(R = o) for a whole o in [0, n];
 * for any o in [−½, n + ½], the distribution function of the continuised count R + U (U uniform on [−½, ½]), which
 * takes those values at whole counts and is linear between: P(R < r) + (o − r + ½)·P(R = r) with r = ⌊o + ½⌋. It lies
 * strictly inside (0, 1) for 0 < p0 < 1 (O = 0 gives ½·P(R = 0), O = n gives 1 − ½·P(R = n)); the two tails are
 * symmetric: midPLowerTail(o, n, p0) = midPUpperTail(n − o, n, 1 − p0). Underflow is held at the smallest positive double.
 */
export function midPLowerTail(o: number, n: number, p0: number): number {
  const r = Math.min(n, Math.max(0, Math.floor(o + 0.5)));
  const below = r <= 0 ? 0 : binomialCdf(r - 1, n, p0);
  const within = Math.min(1, Math.max(0, o - r + 0.5));
  return Math.max(TINY, Math.min(1, below + within * binomialPmf(r, n, p0)));
}

/** The mid-p upper tail P(R > o) + ½·P(R = o) (continuised likewise), computed from the lower tail of n − o at 1 − p0 (accurate far out). */
export function midPUpperTail(o: number, n: number, p0: number): number {
  return midPLowerTail(n - o, n, 1 - p0);
}

/**
 * The point x of the continuised count R + U (U uniform on [−½, ½], R ~ Binomial(n, p0)) with P(R + U ≤ x) = q, for
 * 0 < q ≤ ½: with r the smallest count with P(R ≤ r) ≥ q, x = r − ½ + (q − P(R ≤ r − 1))/P(R = r). Its distribution
 * function at a whole count o is the mid-p lower tail, so a count lies beyond the limit exactly when its mid-p tail is
 * below q. x lies in [−½, n + ½].
 */
function midPQuantile(q: number, n: number, p0: number): number {
  const r = binomialQuantileChecked(q, n, p0);
  const below = r === 0 ? 0 : binomialCdf(r - 1, n, p0);
  const pmf = binomialPmf(r, n, p0);
  return pmf > 0 ? r - 0.5 + Math.min(1, Math.max(0, (q - below) / pmf)) : r - 0.5;
}

/**
 * Exact binomial funnel limits with the mid-p correction, for a tail probability `tail` on each side: the lower limit is
 * x/n with x the `tail` quantile of the continuised count R + U (see `midPLowerTail`), the upper one the same computed
 * from the other tail (n − x at 1 − p0), so both tails are treated alike. As proportions, in [−½/n, 1 + ½/n] (unclipped);
 * the limits bracket p0 at every n. Edges: p0 = 0 or 1 gives {p0, p0}; n = 0 gives {0, 1}.
 * Throws RangeError for n not a whole number ≥ 0, p0 ∉ [0, 1] or tail ∉ (0, ½).
 */
export function midPBinomialLimitsAtTail(p0: number, n: number, tail: number): Interval {
  const fn = "midPBinomialLimitsAtTail";
  checkProportion(p0, "p0", fn);
  checkNonNegative(n, "n", fn);
  if (!Number.isInteger(n)) throw new RangeError(`${fn}: n must be a whole number, got ${n}`);
  if (!(tail > 0 && tail < 0.5)) throw new RangeError(`${fn}: tail must be in (0, 0.5), got ${String(tail)}`);
  if (n === 0) return {lower: 0, upper: 1};
  if (p0 === 0 || p0 === 1) return {lower: p0, upper: p0};
  return {lower: midPQuantile(tail, n, p0) / n, upper: (n - midPQuantile(tail, n, 1 - p0)) / n};
}

/**
 * Mid-p exact binomial funnel limits for a proportion with target p0 at n cases and a two-sided confidence level:
 * `midPBinomialLimitsAtTail` with tail (1 − level)/2. Throws RangeError as that does, and for level ∉ (0, 1).
 */
export function midPBinomialLimits(p0: number, n: number, level: number): Interval {
  checkLevel(level, "midPBinomialLimits");
  return midPBinomialLimitsAtTail(p0, n, (1 - level) / 2);
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
