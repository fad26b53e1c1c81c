/**
 * Synthetic ids for the sample. Pseudonyms come from a counter through a keyed 48-bit Feistel
 * permutation: distinct counters always give distinct pseudonyms (no collisions at any scale), the
 * same seed gives the same ids, and another seed gives unrelated ones.
 */
import {formatPseudonym, type PseudonymKind} from "../../src/lib/privacy/pseudonym-format.js";

const KIND_SALT: Record<PseudonymKind, number> = {decisionMaker: 0x3c6ef372, operation: 0x5be0cd19, home: 0x1f83d9ab};
const MASK24 = 0xffffff;

/** A 32-bit integer hash (murmur3's finaliser). */
function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The n-th pseudonym of a kind for a seed: a bijection of n in [0, 2^48), so distinct n never collide. */
export function pseudonymOf(kind: PseudonymKind, n: number, seed: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 2 ** 48) throw new RangeError(`counter out of range: ${n}`);
  let left = Math.floor(n / 2 ** 24) & MASK24;
  let right = n & MASK24;
  for (let round = 0; round < 4; round++) {
    const key = mix(KIND_SALT[kind] ^ mix(seed + 0x9e3779b9 * (round + 1)));
    [left, right] = [right, (left ^ mix(right ^ key)) & MASK24];
  }
  const bytes = new Uint8Array([left >>> 16, (left >>> 8) & 255, left & 255, right >>> 16, (right >>> 8) & 255, right & 255]);
  return formatPseudonym(kind, bytes);
}

/** A running-number id such as `B-0000042`: a letter prefix and at least `width` digits (never 10 or more at realistic scales). */
export function serialId(prefix: string, n: number, width: number): string {
  return `${prefix}-${String(n).padStart(width, "0")}`;
}
