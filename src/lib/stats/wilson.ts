import type {Interval} from "./types.js";
import {checkCount, checkLevel, zFor} from "./validate.js";

/**
 * Wilson score interval for a proportion x/n, as fractions in [0, 1]:
 * (2x + z² ∓ z·√(z² + 4x(1 − x/n))) / (2(n + z²)), the form PHEindicatormethods uses.
 * Edges: x = 0 gives exactly [0, z²/(n + z²)], x = n gives exactly [n/(n + z²), 1], n = 0 gives [0, 1];
 * x may be non-integer (e.g. a weighted count). Throws RangeError for x < 0, n < 0, x > n or level ∉ (0, 1).
 */
export function wilsonInterval(x: number, n: number, level: number): Interval {
  const fn = "wilsonInterval";
  checkLevel(level, fn);
  checkCount(x, n, fn);
  if (n === 0) return {lower: 0, upper: 1};
  const z = zFor(level);
  const z2 = z * z;
  const centre = 2 * x + z2;
  const spread = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
  const denom = 2 * (n + z2);
  const lower = x === 0 ? 0 : (centre - spread) / denom;
  const upper = x === n ? 1 : (centre + spread) / denom;
  return {lower: Math.max(0, lower), upper: Math.min(1, upper)};
}
