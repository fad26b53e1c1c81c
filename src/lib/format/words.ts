/**
 * Swedish running-text helpers shared by every page's summary: a list of names ("Nord, Mitt och Öst") and a small count
 * in words ("en", "ett", "tre" … "tolv"), as klarspråk prefers for small counts.
 */
import {formatCount} from "./number.js";

/** "Nord", "Nord och Öst", "Nord, Mitt och Öst"; "" for none. */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} och ${items.at(-1)!}`;
}

const NUMBER_WORDS = ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"];

/**
 * A whole count in words up to `upTo` (at most twelve): "en" ("ett" for a neuter noun), "två" … "tolv"; `zero` for 0
 * ("noll" unless the sentence wants "ingen"); larger or fractional counts in figures ("13", "1 154").
 */
export function countInWords(n: number, neuter = false, {zero = "noll", upTo = 12}: {zero?: string; upTo?: number} = {}): string {
  if (n === 0) return zero;
  if (n === 1 && neuter) return "ett";
  return Number.isInteger(n) && n > 0 && n <= Math.min(upTo, 12) ? NUMBER_WORDS[n]! : formatCount(n);
}
