import {betaQuantile} from "./dists.js";
import {checkLevel} from "./validate.js";

export interface BetaBinomialUnit {
  /** Successes. */
  x: number;
  /** Trials. */
  n: number;
}

export interface BetaBinomialPosterior extends BetaBinomialUnit {
  /** Posterior mean (α + x)/(α + β + n). */
  posteriorMean: number;
  /** Lower end of the equal-tailed posterior interval, Beta⁻¹((1 − level)/2; α + x, β + n − x). */
  lower: number;
  /** Upper end of the equal-tailed posterior interval, Beta⁻¹((1 + level)/2; α + x, β + n − x). */
  upper: number;
}

export interface BetaBinomialResult {
  /** Prior Beta(α, β) shape α. */
  alpha: number;
  /** Prior Beta(α, β) shape β. */
  beta: number;
  /** How the prior was obtained: "moments" (method of moments) or "pooled" (the fallback, see betaBinomialShrinkage). */
  method: "moments" | "pooled";
  /** Estimated intra-unit correlation ρ = 1/(α + β + 1). */
  rho: number;
  /** One entry per input unit, in input order. */
  units: BetaBinomialPosterior[];
}

export interface BetaBinomialOptions {
  /** Posterior interval level (default 0.95). */
  level?: number;
}

/**
 * Empirical-Bayes beta-binomial shrinkage of unit proportions x/n towards the pooled proportion.
 * The Beta(α, β) prior is estimated by the method of moments: μ = Σx/Σn and, with S = Σ nᵢ(pᵢ − μ)², k units and N = Σn,
 * ρ = (S/(μ(1 − μ)) − (k − 1)) / (N − Σnᵢ²/N − (k − 1)) (the expectation of S under the beta-binomial, solved for ρ),
 * α + β = (1 − ρ)/ρ, α = μ(α + β), β = (1 − μ)(α + β).
 * Fallback ("pooled"), used when no between-unit variance is detectable (ρ ≤ 0), ρ cannot be computed (fewer than two units,
 * μ = 0 or 1, no spread in n to identify it) or the moment prior would be stronger than the pooled data (α + β > N + 1):
 * α = Σx + ½, β = Σ(n − x) + ½, i.e. complete pooling with a Jeffreys start, which keeps intervals finite at μ = 0 or 1.
 * ρ is capped just below 1 so α, β stay positive. Units with n = 0 get the prior itself.
 * Throws RangeError for no units, x < 0, n < 0, x > n or level ∉ (0, 1).
 */
export function betaBinomialShrinkage(units: readonly BetaBinomialUnit[], options: BetaBinomialOptions = {}): BetaBinomialResult {
  const fn = "betaBinomialShrinkage";
  const level = options.level ?? 0.95;
  checkLevel(level, fn);
  if (units.length === 0) throw new RangeError(`${fn}: at least one unit is required`);
  for (const [i, u] of units.entries()) {
    if (!(Number.isFinite(u.n) && u.n >= 0)) throw new RangeError(`${fn}: unit ${i} has n = ${String(u.n)}; it must be ≥ 0`);
    if (!(Number.isFinite(u.x) && u.x >= 0)) throw new RangeError(`${fn}: unit ${i} has x = ${String(u.x)}; it must be ≥ 0`);
    if (u.x > u.n) throw new RangeError(`${fn}: unit ${i} has x = ${u.x} above n = ${u.n}`);
  }

  const informative = units.filter((u) => u.n > 0);
  const k = informative.length;
  const sumX = units.reduce((acc, u) => acc + u.x, 0);
  const sumN = units.reduce((acc, u) => acc + u.n, 0);
  const mu = sumN > 0 ? sumX / sumN : NaN;

  let rho = NaN;
  if (k >= 2 && mu > 0 && mu < 1) {
    const s = informative.reduce((acc, u) => acc + u.n * (u.x / u.n - mu) ** 2, 0);
    const sumN2 = informative.reduce((acc, u) => acc + u.n * u.n, 0);
    const denominator = sumN - sumN2 / sumN - (k - 1);
    if (denominator > 0) rho = (s / (mu * (1 - mu)) - (k - 1)) / denominator;
  }

  let alpha: number;
  let beta: number;
  let method: "moments" | "pooled";
  const maxRho = 1 - 1e-9;
  const strength = Number.isFinite(rho) && rho > 0 ? (1 - Math.min(rho, maxRho)) / Math.min(rho, maxRho) : NaN;
  if (Number.isFinite(strength) && strength <= sumN + 1) {
    alpha = mu * strength;
    beta = (1 - mu) * strength;
    method = "moments";
  } else {
    alpha = sumX + 0.5;
    beta = sumN - sumX + 0.5;
    method = "pooled";
  }

  const lowerQ = (1 - level) / 2;
  const upperQ = (1 + level) / 2;
  const posteriors = units.map((u) => {
    const a = alpha + u.x;
    const b = beta + u.n - u.x;
    return {
      x: u.x,
      n: u.n,
      posteriorMean: a / (a + b),
      lower: betaQuantile(lowerQ, a, b),
      upper: betaQuantile(upperQ, a, b)
    };
  });
  return {alpha, beta, method, rho: 1 / (alpha + beta + 1), units: posteriors};
}
