/**
 * Sample quantile of type 7 (R's default `quantile(x, p)`): with the values sorted ascending and h = (n − 1)·p,
 * the result is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌈h⌉] − x[⌊h⌋]) (0-based), computed as R does, as (1 − f)·x_lo + f·x_hi and
 * returning x_lo exactly when x_lo = x_hi (so infinite values do not produce NaN).
 * Throws RangeError for an empty array, a NaN value, or p ∉ [0, 1].
 *
 * Not d3-array's `quantile` (also type 7): it computes x_lo + f·(x_hi − x_lo), which differs from R's form in the last
 * bit for about one input in eight (random z-scores, p 0.1/0.5/0.9), and gives NaN where x_lo = x_hi = ±∞. The winsorised
 * φ behind every flag is computed from these quantiles, so R's form is kept.
 */
export function quantileType7(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError("quantileType7: values must not be empty");
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantileType7: p must be in [0, 1], got ${String(p)}`);
  if (values.some((v) => Number.isNaN(v))) throw new RangeError("quantileType7: values must not contain NaN");
  const sorted = [...values].sort((a, b) => a - b);
  const index = (sorted.length - 1) * p;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const xlo = sorted[lo] as number;
  const xhi = sorted[hi] as number;
  if (index === lo || xhi === xlo) return xlo;
  const f = index - lo;
  return (1 - f) * xlo + f * xhi;
}
