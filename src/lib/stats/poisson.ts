import type {Interval} from "./types.js";
import {gammaQuantile} from "./dists.js";
import {checkLevel, checkNonNegative, zFor} from "./validate.js";

/**
 * Exact (Garwood) confidence interval for a Poisson count o, in counts: lower = χ²_{α/2}(2o)/2, upper = χ²_{1−α/2}(2o + 2)/2
 * (computed as Gamma(o, 1) and Gamma(o + 1, 1) quantiles), the interval of R's poisson.test; α = 1 − level.
 * Edges: o = 0 gives lower exactly 0 and upper −ln(α/2). Throws RangeError for o < 0 or level ∉ (0, 1).
 */
export function poissonExactInterval(o: number, level: number): Interval {
  const fn = "poissonExactInterval";
  checkLevel(level, fn);
  checkNonNegative(o, "o", fn);
  const alpha = 1 - level;
  const lower = o === 0 ? 0 : gammaQuantile(alpha / 2, o, 1);
  const upper = gammaQuantile(1 - alpha / 2, o + 1, 1);
  return {lower, upper};
}

/**
 * Byar's approximation to the exact Poisson interval for a count o, in counts (as PHEindicatormethods' byars_lower/upper):
 * lower = o(1 − 1/(9o) − z/(3√o))³, upper = (o + 1)(1 − 1/(9(o + 1)) + z/(3√(o + 1)))³, z = Φ⁻¹((1 + level)/2).
 * Edges: o = 0 gives lower 0; where the lower cube would be negative (small o, high level) the lower limit is clamped to 0
 * (PHEindicatormethods returns NA there). Throws RangeError for o < 0 or level ∉ (0, 1).
 */
export function byarsInterval(o: number, level: number): Interval {
  const fn = "byarsInterval";
  checkLevel(level, fn);
  checkNonNegative(o, "o", fn);
  const z = zFor(level);
  let lower = 0;
  if (o > 0) {
    const base = 1 - 1 / (9 * o) - z / (3 * Math.sqrt(o));
    lower = base > 0 ? o * base ** 3 : 0;
  }
  const o1 = o + 1;
  const upper = o1 * (1 - 1 / (9 * o1) + z / (3 * Math.sqrt(o1))) ** 3;
  return {lower, upper};
}

/**
 * Confidence interval for an observed/expected ratio O/E (e.g. an indirectly standardised ratio, as a ratio, not ×100),
 * following PHEindicatormethods: the exact Poisson interval of O when O < 10, Byar's approximation from 10 upward,
 * each divided by E. Edges: O = 0 gives lower 0. Throws RangeError for o < 0, e ≤ 0 or level ∉ (0, 1).
 */
export function ratioInterval(o: number, e: number, level: number): Interval {
  const fn = "ratioInterval";
  checkLevel(level, fn);
  checkNonNegative(o, "o", fn);
  if (!(typeof e === "number" && Number.isFinite(e) && e > 0)) {
    throw new RangeError(`${fn}: e (expected count) must be a finite number > 0, got ${String(e)}`);
  }
  const counts = o < 10 ? poissonExactInterval(o, level) : byarsInterval(o, level);
  return {lower: counts.lower / e, upper: counts.upper / e};
}
