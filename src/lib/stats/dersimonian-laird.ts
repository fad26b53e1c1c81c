/**
 * The DerSimonian–Laird moment estimator of the between-unit variance, the one implementation used by the funnel-plot
 * overdispersion (`overdispersion`, the flag policy's `caseMixOverdispersion`) and the random-effects spread between
 * decision-makers (`heterogeneity`).
 */

/**
 * τ² = max(0, (Q − (k − 1)) / (Σw − Σw²/Σw)) for k units with inverse-variance weights w and heterogeneity statistic Q
 * (Cochran's Q = Σw(y − ȳ_w)², or k·φ for funnel plots). 0 when Q ≤ k − 1 or the weights have no spread (one unit);
 * NaN when no weights are given.
 */
export function dersimonianLairdTau2(q: number, weights: readonly number[]): number {
  const k = weights.length;
  if (k === 0) return NaN;
  if (!(q > k - 1)) return 0;
  const sumW = weights.reduce((s, w) => s + w, 0);
  const sumW2 = weights.reduce((s, w) => s + w * w, 0);
  const spread = sumW - sumW2 / sumW;
  return spread > 0 ? Math.max(0, (q - (k - 1)) / spread) : 0;
}
