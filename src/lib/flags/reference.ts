/**
 * The reference a unit is compared with: expected counts re-expressed against stratum rates estimated from some of the
 * units only, so that units truly off cannot tilt the reference of the others (and, leave-one-out, their own).
 */
import type {UnitCounts} from "./types.js";

export interface ReferencedUnits {
  /** The units with E and variance against the reference (input order; `strata` kept). */
  units: UnitCounts[];
  /** Overall rate Σ O / Σ n over the reference units (NaN when they have no cases). */
  target: number;
}

type Totals = Map<string, {n: number; events: number}>;

function addStrata(totals: Totals, unit: UnitCounts, sign: 1 | -1): void {
  for (const s of unit.strata ?? []) {
    const t = totals.get(s.stratum) ?? {n: 0, events: 0};
    t.n += sign * s.n;
    t.events += sign * s.events;
    totals.set(s.stratum, t);
  }
}

/**
 * Each unit's expected count E = Σₛ nₛ·pₛ with pₛ the rate of stratum s over the units not in `excluded` (indices) and,
 * when `leaveOneOut`, not the unit itself; a stratum with no cases left in the reference takes its rate over all units.
 * The variance is that of O − E, not of O alone: Σₛ nₛ·pₛ(1 − pₛ)·(1 + nₛ/Nₛ) when the unit is outside its reference of
 * Nₛ cases (the reference's own sampling error, as in the cross-validated predictive comparison of Jones & Spiegelhalter
 * 2011), ·(1 − nₛ/Nₛ) when its own cases are part of it. Units without `strata` (counts built by hand): E is rescaled by
 * Σ O / Σ E over the reference units (exact without case mix, where E = n·target), clamped to [0, n], and the variance
 * (n·e(1 − e) when absent) by the binomial variance ratio and the same factor with N = Σ n of the reference.
 */
export function referencedCounts(units: readonly UnitCounts[], excluded: ReadonlySet<number>, leaveOneOut: boolean): ReferencedUnits {
  let refN = 0;
  let refO = 0;
  let refE = 0;
  units.forEach((u, i) => {
    if (excluded.has(i)) return;
    refN += u.n;
    refO += u.observed;
    refE += u.expected;
  });
  const target = refN > 0 ? refO / refN : NaN;
  if (units.every((u) => u.strata !== undefined)) {
    const all: Totals = new Map();
    const reference: Totals = new Map();
    units.forEach((u, i) => {
      addStrata(all, u, 1);
      if (!excluded.has(i)) addStrata(reference, u, 1);
    });
    const out = units.map((u, i) => {
      const inReference = !excluded.has(i);
      const own = leaveOneOut && inReference;
      let expected = 0;
      let variance = 0;
      for (const s of u.strata!) {
        const r = reference.get(s.stratum);
        const n = (r?.n ?? 0) - (own ? s.n : 0);
        const events = (r?.events ?? 0) - (own ? s.events : 0);
        const a = all.get(s.stratum)!;
        const [p, factor] = n > 0 ? [events / n, inReference && !own ? 1 - s.n / n : 1 + s.n / n] : [a.events / a.n, 1 - s.n / a.n];
        expected += s.n * p;
        variance += s.n * p * (1 - p) * factor;
      }
      return {...u, expected, variance};
    });
    return {units: out, target};
  }
  const out = units.map((u, i) => {
    const inReference = !excluded.has(i);
    const own = leaveOneOut && inReference;
    const o = refO - (own ? u.observed : 0);
    const e = refE - (own ? u.expected : 0);
    const n = refN - (own ? u.n : 0);
    const ratio = e > 0 ? o / e : 1;
    const expected = Math.min(u.n, Math.max(0, u.expected * ratio));
    const binomial = (x: number) => (u.n > 0 ? (x * (u.n - x)) / u.n : 0);
    const base = u.variance === undefined ? binomial(expected) : binomial(u.expected) > 0 ? (u.variance * binomial(expected)) / binomial(u.expected) : u.variance;
    const factor = n > 0 ? (inReference && !own ? 1 - u.n / n : 1 + u.n / n) : 1;
    return {...u, expected, variance: base * factor};
  });
  return {units: out, target};
}
