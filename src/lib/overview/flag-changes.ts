/**
 * What changed between two tertials' flag sets. A flag is the same flag when measure, kind of unit, unit and direction
 * agree: a unit that turns from high to low has one flag cleared and a new one raised (the reader should see both).
 * Level is not part of the identity: an alert that became an alarm persists, with its level change noted.
 */
import type {FlagLevel} from "../flags/types.js";

/** The fields of a flag that say which flag it is, and its level. */
export interface FlagIdentity {
  measure: string;
  unitType: string;
  unit: string;
  direction: "high" | "low";
  level: FlagLevel;
}

/** "decisions-without-deficiencies|decision-maker|dm_x|high": the identity of a flag across tertials. */
export function flagKey(f: Omit<FlagIdentity, "level">): string {
  return `${f.measure}|${f.unitType}|${f.unit}|${f.direction}`;
}

export interface PersistingFlag<F> {
  previous: F;
  current: F;
  /** "up" (alert → alarm), "down" (alarm → alert) or "same". */
  levelChange: "up" | "down" | "same";
}

export interface FlagChanges<F> {
  /** Flags of the current tertial that the previous one did not have, in the current order. */
  new: F[];
  /** Flags of the previous tertial the current one no longer has, in the previous order. */
  cleared: F[];
  /** Flags in both, in the current order. */
  persisting: PersistingFlag<F>[];
}

/** The flags new, cleared and persisting from `previous` to `current`. */
export function flagChanges<F extends FlagIdentity>(previous: readonly F[], current: readonly F[]): FlagChanges<F> {
  const before = new Map(previous.map((f) => [flagKey(f), f]));
  const now = new Set(current.map(flagKey));
  const persisting: PersistingFlag<F>[] = [];
  const added: F[] = [];
  for (const f of current) {
    const p = before.get(flagKey(f));
    if (p === undefined) added.push(f);
    else persisting.push({previous: p, current: f, levelChange: p.level === f.level ? "same" : f.level === "alarm" ? "up" : "down"});
  }
  return {new: added, cleared: previous.filter((f) => !now.has(flagKey(f))), persisting};
}
