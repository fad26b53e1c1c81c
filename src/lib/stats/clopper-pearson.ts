import type {Interval} from "./types.js";
import {betaQuantile} from "./dists.js";
import {checkCount, checkLevel} from "./validate.js";

/**
 * Clopper–Pearson ("exact") interval for a proportion x/n, as fractions in [0, 1], equal to the
 * interval of R's binom.test: lower = Beta⁻¹(α/2; x, n − x + 1), upper = Beta⁻¹(1 − α/2; x + 1, n − x), α = 1 − level.
 * Edges: x = 0 gives lower 0, x = n gives upper 1, n = 0 gives [0, 1].
 * Throws RangeError for x < 0, n < 0, x > n or level ∉ (0, 1).
 */
export function clopperPearsonInterval(x: number, n: number, level: number): Interval {
  const fn = "clopperPearsonInterval";
  checkLevel(level, fn);
  checkCount(x, n, fn);
  if (n === 0) return {lower: 0, upper: 1};
  const alpha = 1 - level;
  const lower = x === 0 ? 0 : betaQuantile(alpha / 2, x, n - x + 1);
  const upper = x === n ? 1 : betaQuantile(1 - alpha / 2, x + 1, n - x);
  return {lower, upper};
}
