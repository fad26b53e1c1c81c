import type {StratumCount, UnitCounts} from "./types.js";

/** One case of a measure: the unit it belongs to, its case-mix stratum and whether the event happened. */
export interface StratifiedCase {
  unit: string;
  stratum: string;
  event: boolean;
}

export interface StratumRate {
  stratum: string;
  n: number;
  events: number;
  /** events / n (the national stratum rate). */
  rate: number;
}

export interface IndirectStandardisation {
  /**
   * Per unit, sorted by unit: n, O, E = Σₛ nₛ·pₛ with pₛ the reference stratum rate, variance Σₛ nₛ·pₛ(1 − pₛ), and the
   * unit's cases and events per stratum (sorted by stratum), from which the flag policy re-estimates a robust reference.
   */
  units: (UnitCounts & {variance: number; strata: StratumCount[]})[];
  /** Reference rates per stratum, sorted by stratum. */
  strata: StratumRate[];
  /** Overall rate Σ events / Σ cases (the target); NaN when there are no cases. */
  target: number;
}

/** Cases and events of one unit in one stratum: the counts form of `StratifiedCase` (what data loaders write). */
export interface UnitStratumCount {
  unit: string;
  stratum: string;
  cases: number;
  events: number;
}

/**
 * Indirect standardisation: each unit's expected count E = Σₛ nₛ·pₛ, where nₛ is the unit's cases in stratum s
 * and pₛ the rate of stratum s over all cases given (the national rate), and the variance of O under those rates,
 * Σₛ nₛ·pₛ(1 − pₛ). ΣE = ΣO over all units.
 * With a single stratum E = n·target, i.e. no adjustment. No cases give no units and target NaN.
 */
export function indirectStandardisation(cases: Iterable<StratifiedCase>): IndirectStandardisation {
  const counts: UnitStratumCount[] = [];
  for (const c of cases) counts.push({unit: c.unit, stratum: c.stratum, cases: 1, events: c.event ? 1 : 0});
  return indirectStandardisationOfCounts(counts);
}

/** `indirectStandardisation` from counts: rows of the same unit and stratum add up; rows with no cases are ignored. */
export function indirectStandardisationOfCounts(counts: Iterable<UnitStratumCount>): IndirectStandardisation {
  const strata = new Map<string, {n: number; events: number}>();
  const units = new Map<string, Map<string, {n: number; events: number}>>();
  let total = 0;
  let events = 0;
  for (const c of counts) {
    if (c.cases <= 0) continue;
    const s = strata.get(c.stratum) ?? {n: 0, events: 0};
    s.n += c.cases;
    s.events += c.events;
    strata.set(c.stratum, s);
    let byStratum = units.get(c.unit);
    if (!byStratum) units.set(c.unit, (byStratum = new Map()));
    const u = byStratum.get(c.stratum) ?? {n: 0, events: 0};
    u.n += c.cases;
    u.events += c.events;
    byStratum.set(c.stratum, u);
    total += c.cases;
    events += c.events;
  }
  const rate = (stratum: string): number => {
    const s = strata.get(stratum)!;
    return s.events / s.n;
  };
  const unitCounts = [...units.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([unit, byStratum]) => {
      let n = 0;
      let observed = 0;
      let expected = 0;
      let variance = 0;
      const unitStrata = [...byStratum.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([stratum, c]) => ({stratum, n: c.n, events: c.events}));
      for (const [stratum, c] of byStratum) {
        const p = rate(stratum);
        n += c.n;
        observed += c.events;
        expected += c.n * p;
        variance += c.n * p * (1 - p);
      }
      return {unit, n, observed, expected, variance, strata: unitStrata};
    });
  const strataRates = [...strata.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([stratum, s]) => ({stratum, n: s.n, events: s.events, rate: s.events / s.n}));
  return {units: unitCounts, strata: strataRates, target: total === 0 ? NaN : events / total};
}
