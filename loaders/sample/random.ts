/** A seeded random source for the sample generator: same seed, same sequence, on every machine. */
import {randomLcg} from "d3";

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer uniform in [min, max], inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks an item with probability proportional to its weight. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
  /** A new array with the items in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** n random bytes. */
  bytes(n: number): Uint8Array;
}

export function createRandom(seed: number): Random {
  // d3's linear congruential generator takes a seed in [0, 1).
  const next = randomLcg(((seed % 1_000_003) + 0.5) / 1_000_003);
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError("pick from an empty list");
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (items, weight) => {
      const total = items.reduce((s, item) => s + weight(item), 0);
      let r = next() * total;
      for (const item of items) {
        r -= weight(item);
        if (r < 0) return item;
      }
      return items[items.length - 1]!;
    },
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
    bytes: (n) => Uint8Array.from({length: n}, () => Math.floor(next() * 256))
  };
  return random;
}

/**
 * Picks `k` distinct items, each draw proportional to weight among those left (k is capped at the
 * number of items with positive weight), in O(n log n) by Efraimidis–Spirakis keys. Returns them in
 * the order drawn.
 */
export function weightedSample<T>(random: Random, items: readonly T[], k: number, weight: (item: T) => number): T[] {
  if (k <= 0) return [];
  const keyed: {item: T; key: number}[] = [];
  for (const item of items) {
    const w = weight(item);
    const u = random.next();
    if (w > 0) keyed.push({item, key: Math.log(1 - u) / w});
  }
  keyed.sort((a, b) => b.key - a.key);
  return keyed.slice(0, k).map((e) => e.item);
}

/** Splits `total` into whole parts proportional to `weights` (largest remainder; the parts sum to total). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = exact.map((e, i) => ({i, r: e - Math.floor(e)})).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const {i} of order) {
    if (left <= 0) break;
    parts[i]!++;
    left--;
  }
  return parts;
}
