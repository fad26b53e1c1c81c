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
 * Each unit's expected count E = Σₛ nₛ·pₛ and variance Σₛ nₛ·pₛ(1 − pₛ) with pₛ the rate of stratum s over the units not
 * in `excluded` (indices) and, when `leaveOneOut`, not the unit itself. A stratum with no cases left in the reference takes
 * its rate over all units. Units without `strata` (counts built by hand): E is rescaled by Σ O / Σ E over the reference
 * units (exact without case mix, where E = n·target), clamped to [0, n], and the variance by the binomial variance ratio.
 */
export function referencedCounts(units: readonly UnitCounts[], excluded: ReadonlySet<number>, leaveOneOut: boolean): ReferencedUnits {
  let refN = 0;
  let refO = 0;
  units.forEach((u, i) => {
    if (excluded.has(i)) return;
    refN += u.n;
    refO += u.observed;
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
      const own = leaveOneOut && !excluded.has(i);
      let expected = 0;
      let variance = 0;
      for (const s of u.strata!) {
        const r = reference.get(s.stratum);
        const n = (r?.n ?? 0) - (own ? s.n : 0);
        const events = (r?.events ?? 0) - (own ? s.events : 0);
        const a = all.get(s.stratum)!;
        const p = n > 0 ? events / n : a.events / a.n;
        expected += s.n * p;
        variance += s.n * p * (1 - p);
      }
      return {...u, expected, variance};
    });
    return {units: out, target};
  }
  let refE = 0;
  units.forEach((u, i) => {
    if (!excluded.has(i)) refE += u.expected;
  });
  const out = units.map((u, i) => {
    const own = leaveOneOut && !excluded.has(i);
    const o = refO - (own ? u.observed : 0);
    const e = refE - (own ? u.expected : 0);
    const ratio = e > 0 ? o / e : 1;
    const expected = Math.min(u.n, Math.max(0, u.expected * ratio));
    const before = u.expected * (u.n - u.expected);
    const variance = u.variance === undefined ? undefined : before > 0 ? (u.variance * expected * (u.n - expected)) / before : u.variance;
    return variance === undefined ? {...u, expected} : {...u, expected, variance};
  });
  return {units: out, target};
}
