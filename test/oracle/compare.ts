/**
 * The oracle's comparator: two lists of records, matched by a key field, compared field by field over the oracle's
 * fields. Whole numbers must be equal; other numbers agree to a relative 1e-9 (sums of floats in another order differ in
 * the last bits). Returns one line per difference, so a test can show them all and a mutation test can count them.
 */

export type Figures = Record<string, unknown>;

const RELATIVE = 1e-9;

function sameNumber(a: number, b: number): boolean {
  if (Number.isInteger(a) && Number.isInteger(b)) return a === b;
  return Math.abs(a - b) <= RELATIVE * Math.max(Math.abs(a), Math.abs(b));
}

/** Differences between the oracle's value and lika's, as "path: oracle X, lika Y" lines. */
function differences(path: string, oracle: unknown, lika: unknown, out: string[]): void {
  if (typeof oracle === "number" && typeof lika === "number") {
    if (!sameNumber(oracle, lika)) out.push(`${path}: oracle ${oracle}, lika ${lika}`);
  } else if (oracle !== null && typeof oracle === "object" && lika !== null && typeof lika === "object") {
    for (const k of Object.keys(oracle)) differences(`${path}.${k}`, (oracle as Figures)[k], (lika as Figures)[k], out);
  } else if (oracle !== lika) {
    out.push(`${path}: oracle ${JSON.stringify(oracle)}, lika ${JSON.stringify(lika)}`);
  }
}

/**
 * Compares two lists of records by `key`: every record of either list must have a partner, and every field the
 * oracle's record holds must agree (lika's records may hold more fields). [] when they agree.
 */
export function compareRecords(label: string, oracle: readonly Figures[], lika: readonly Figures[], key: string): string[] {
  const out: string[] = [];
  const byKey = new Map(lika.map((r) => [String(r[key]), r]));
  const seen = new Set<string>();
  for (const o of oracle) {
    const k = String(o[key]);
    seen.add(k);
    const l = byKey.get(k);
    if (l === undefined) out.push(`${label}[${k}]: in the oracle, missing in lika`);
    else differences(`${label}[${k}]`, o, l, out);
  }
  for (const k of byKey.keys()) if (!seen.has(k)) out.push(`${label}[${k}]: in lika, missing in the oracle`);
  return out;
}

/** Compares every list of two sets of figures (same names; each list keyed by the first field of its records). */
export function compareAll(oracle: Record<string, Figures[]>, lika: Record<string, Figures[]>): string[] {
  const out: string[] = [];
  for (const [name, records] of Object.entries(oracle)) {
    const other = lika[name];
    if (other === undefined) {
      out.push(`${name}: lika has no such figures`);
      continue;
    }
    const key = Object.keys(records[0] ?? other[0] ?? {key: 0})[0]!;
    out.push(...compareRecords(name, records, other, key));
  }
  return out;
}
