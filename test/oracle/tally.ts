/**
 * The oracle's counting of a flagged measure, from docs/methods.md ("Flag policy"): cases per unit and stratum, events
 * among them, and each unit's expected count by indirect standardisation, E = Σₛ nₛ·pₛ, where pₛ is the stratum's rate
 * over the reference's cases: every unit but the ones set aside, and for a leave-one-out reference also not the unit
 * itself. Plain loops over plain objects; nothing from src/lib/flags.
 */

/** One case of a measure: the unit it counts for, its stratum, and whether it is an event. */
export interface Case {
  unit: string;
  stratum: string;
  event: boolean;
}

/** Cases and events of one cell. */
export interface Cell {
  n: number;
  events: number;
}

/** A measure counted: per unit, per unit and stratum, and per stratum over all cases. */
export interface Tally {
  units: Map<string, Cell>;
  cells: Map<string, Map<string, Cell>>;
  strata: Map<string, Cell>;
}

/** What the oracle checks of a unit: cases, events and (when computed) the expected events. */
export interface UnitFigures {
  unit: string;
  n: number;
  observed: number;
  expected?: number;
}

function add(map: Map<string, Cell>, key: string, n: number, events: number): void {
  const cell = map.get(key) ?? {n: 0, events: 0};
  cell.n += n;
  cell.events += events;
  map.set(key, cell);
}

/** Counts cases given one by one, or cells of `n` cases with `events` events (a counts file's rows). */
export function tally(cases: Iterable<Case | (Omit<Case, "event"> & Cell)>): Tally {
  const t: Tally = {units: new Map(), cells: new Map(), strata: new Map()};
  for (const c of cases) {
    const [n, events] = "event" in c ? [1, c.event ? 1 : 0] : [c.n, c.events];
    add(t.units, c.unit, n, events);
    add(t.strata, c.stratum, n, events);
    if (!t.cells.has(c.unit)) t.cells.set(c.unit, new Map());
    add(t.cells.get(c.unit)!, c.stratum, n, events);
  }
  return t;
}

export type Reference = "robust-iterative" | "leave-one-out" | "all";

/**
 * Each unit's expected events against the reference: the units not set aside (and, leave-one-out, not the unit itself).
 * A stratum with no cases left in that reference takes its rate over all units (docs/methods.md, "Reference"; the
 * oracle found this edge, which only src/lib/flags/reference.ts stated before).
 */
export function expectedEvents(t: Tally, reference: Reference, setAside: readonly string[]): Map<string, number> {
  const aside = new Set(reference === "all" ? [] : setAside);
  const inReference = new Map<string, Cell>();
  for (const [unit, cells] of t.cells) if (!aside.has(unit)) for (const [s, c] of cells) add(inReference, s, c.n, c.events);
  const out = new Map<string, number>();
  for (const [unit, cells] of t.cells) {
    let e = 0;
    for (const [s, c] of cells) {
      let {n, events} = inReference.get(s) ?? {n: 0, events: 0};
      if (reference === "leave-one-out" && !aside.has(unit)) [n, events] = [n - c.n, events - c.events];
      if (n === 0) ({n, events} = t.strata.get(s)!);
      e += (c.n * events) / n;
    }
    out.set(unit, e);
  }
  return out;
}

/** The figures of the units in `shown` (all when null), sorted by unit id, with expected events when given. */
export function unitFigures(t: Tally, shown: ((unit: string) => boolean) | null, expected?: Map<string, number>): UnitFigures[] {
  return [...t.units]
    .filter(([unit]) => shown === null || shown(unit))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([unit, c]) => ({unit, n: c.n, observed: c.events, ...(expected ? {expected: expected.get(unit)!} : {})}));
}

/** The strata as the analysis lists them: [{stratum, n, events}] sorted by stratum. */
export function strataFigures(t: Tally): {stratum: string; n: number; events: number}[] {
  return [...t.strata].sort(([a], [b]) => (a < b ? -1 : 1)).map(([stratum, c]) => ({stratum, n: c.n, events: c.events}));
}
