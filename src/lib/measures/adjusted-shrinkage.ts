/**
 * Empirical-Bayes shrinkage of case-mix adjusted shares, for the ranked interval plot: so a unit with 8 cases, all events,
 * is not shown at 100 %. It reuses the one beta-binomial estimator (`betaBinomialShrinkage`) on adjusted counts.
 */
import {betaBinomialShrinkage} from "../stats/beta-binomial.js";
import type {UnitCounts} from "../flags/types.js";

export interface ShrunkenShare {
  unit: string;
  n: number;
  /** Case-mix adjusted share (O/E)·target before shrinkage; NaN when E = 0. */
  adjustedShare: number;
  /** Posterior mean of the adjusted share (a proportion); NaN when E = 0. */
  shrunken: number;
  /** Equal-tailed posterior interval at `level`. */
  lower: number;
  upper: number;
}

export interface AdjustedShrinkage {
  /** The prior Beta(α, β) every unit is pulled towards, its mean α/(α + β) and how it was estimated. */
  alpha: number;
  beta: number;
  priorMean: number;
  method: "moments" | "pooled";
  /** One entry per input unit, in input order. */
  units: ShrunkenShare[];
}

/**
 * Shrinks each unit's case-mix adjusted share towards the common mean: the unit counts as n cases with
 * x = n·(O/E)·target adjusted events (its events had it the reference case mix, clipped to [0, n]), and
 * `betaBinomialShrinkage` estimates the prior from all such units and returns each posterior mean and interval.
 * Without case mix (E = n·target) x = O and this is the plain beta-binomial shrinkage of O/n.
 * The adjusted count treats the standardised share as if it were a raw share of n cases: an approximation that ignores
 * the (small) extra uncertainty of E. Units with E = 0 or n = 0 cannot be placed (NaNs) and do not inform the prior.
 * No units give no units; throws RangeError for target ∉ (0, 1) or level ∉ (0, 1).
 */
export function adjustedShrinkage(units: readonly UnitCounts[], target: number, level = 0.95): AdjustedShrinkage {
  if (!(target > 0 && target < 1)) throw new RangeError(`adjustedShrinkage: the target must lie in (0, 1), got ${target}`);
  const placeable = units.filter((u) => u.n > 0 && u.expected > 0);
  if (placeable.length === 0) {
    return {alpha: NaN, beta: NaN, priorMean: NaN, method: "pooled", units: units.map((u) => ({unit: u.unit, n: u.n, adjustedShare: NaN, shrunken: NaN, lower: NaN, upper: NaN}))};
  }
  const adjustedEvents = (u: UnitCounts) => Math.min(u.n, Math.max(0, (u.observed / u.expected) * target * u.n));
  const result = betaBinomialShrinkage(placeable.map((u) => ({x: adjustedEvents(u), n: u.n})), {level});
  const posterior = new Map(placeable.map((u, i) => [u, result.units[i]!]));
  return {
    alpha: result.alpha,
    beta: result.beta,
    priorMean: result.alpha / (result.alpha + result.beta),
    method: result.method,
    units: units.map((u) => {
      const p = posterior.get(u);
      const adjustedShare = u.expected > 0 ? (u.observed / u.expected) * target : NaN;
      return p ? {unit: u.unit, n: u.n, adjustedShare, shrunken: p.posteriorMean, lower: p.lower, upper: p.upper} : {unit: u.unit, n: u.n, adjustedShare, shrunken: NaN, lower: NaN, upper: NaN};
    })
  };
}
