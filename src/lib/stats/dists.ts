/**
 * Typed wrappers around the @stdlib distribution functions used by the statistics core.
 * Keeping every @stdlib import in one module means the rest of the code depends only on
 * these small, documented signatures (and the CommonJS interop lives in one place).
 */
import erfcinv from "@stdlib/math-base-special-erfcinv";
import normalCdfImpl from "@stdlib/stats-base-dists-normal-cdf";
import binomialCdfImpl from "@stdlib/stats-base-dists-binomial-cdf";
import binomialPmfImpl from "@stdlib/stats-base-dists-binomial-pmf";
import binomialQuantileImpl from "@stdlib/stats-base-dists-binomial-quantile";
import betaQuantileImpl from "@stdlib/stats-base-dists-beta-quantile";
import chisquareCdfImpl from "@stdlib/stats-base-dists-chisquare-cdf";

/**
 * Standard normal quantile Φ⁻¹(p) = −√2·erfc⁻¹(2p): accurate far into the lower tail (Φ⁻¹(10⁻³⁰⁰) ≈ −37.05), where
 * @stdlib's normal quantile, built on erf⁻¹(2p − 1), returns −∞ below about 10⁻¹⁷. ±∞ at 0 and 1, NaN outside [0, 1].
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  return -Math.SQRT2 * erfcinv(2 * p);
}

/** Standard normal distribution function Φ(x). */
export function normalCdf(x: number): number {
  return normalCdfImpl(x, 0, 1);
}

/** P(R ≤ r) for R ~ Binomial(n, p). */
export function binomialCdf(r: number, n: number, p: number): number {
  return binomialCdfImpl(r, n, p);
}

/** P(R = r) for R ~ Binomial(n, p). */
export function binomialPmf(r: number, n: number, p: number): number {
  return binomialPmfImpl(r, n, p);
}

/** Smallest r with P(R ≤ r) ≥ q for R ~ Binomial(n, p) (as @stdlib computes it; see `binomialQuantileExact`). */
export function binomialQuantile(q: number, n: number, p: number): number {
  return binomialQuantileImpl(q, n, p);
}

/** Quantile of the Beta(a, b) distribution. */
export function betaQuantile(q: number, a: number, b: number): number {
  return betaQuantileImpl(q, a, b);
}

/** Distribution function of the chi-square distribution with k degrees of freedom. */
export function chisquareCdf(x: number, k: number): number {
  return chisquareCdfImpl(x, k);
}
