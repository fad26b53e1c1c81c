/**
 * Benjamini–Hochberg adjusted p-values (q-values), in input order, equal to R's p.adjust(p, method = "BH"):
 * q_(i) = min over j ≥ i of min(1, m/j · p_(j)) for the p-values sorted ascending, m the number of non-NaN p-values.
 * NaN entries are passed through as NaN and do not count towards m (as R's default na.rm handling); [] gives [].
 * Throws RangeError for a p-value outside [0, 1].
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  pValues.forEach((p, i) => {
    if (!Number.isNaN(p) && !(p >= 0 && p <= 1)) {
      throw new RangeError(`benjaminiHochberg: p-value ${i} is ${String(p)}; p-values must be in [0, 1]`);
    }
  });
  const result = pValues.map(() => NaN);
  const present = pValues.map((p, i) => ({p, i})).filter(({p}) => !Number.isNaN(p));
  const m = present.length;
  // Largest p first; the running minimum enforces monotonicity.
  present.sort((a, b) => b.p - a.p);
  let running = Infinity;
  present.forEach(({p, i}, k) => {
    const rank = m - k; // rank of this p-value in ascending order
    running = Math.min(running, (m / rank) * p);
    result[i] = Math.min(1, running);
  });
  return result;
}
