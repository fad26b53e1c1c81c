/**
 * Homes never heard: homes where no child was spoken with at two inspections in a row (by pseudonymous home id). The
 * list names homes, so only the internal build carries it (the data loader leaves it out of a public build).
 */
import type {Department, HomeType, NoConversationReason} from "../extract/codes.js";
import type {InspectionRow} from "../extract/inspection-row.js";
import {isInPeriod} from "../period.js";
import {tertialKey} from "./counts.js";
import type {Window} from "./assessed-measure.js";

/** One home at its later inspection, with the earlier one: at neither was a child spoken with. */
export interface HomeNeverHeard {
  home: string;
  /** Department, team and type of home at the later inspection. */
  department: Department;
  team: string;
  home_type: HomeType;
  /** Date and tertial ("2023T2") of the later inspection. */
  date: string;
  tertial: string;
  previousDate: string;
  /** Recorded reasons for no conversation, later and earlier inspection (null when none was recorded). */
  reason: NoConversationReason | null;
  previousReason: NoConversationReason | null;
  /** True when a child was placed at one of the two inspections at least: someone could have been heard. */
  childPlaced: boolean;
}

/**
 * Stage (a): every pair of consecutive inspections of a home (by date) where no child was spoken with at either, keyed by
 * the later one; sorted by date, then home. A home inspected once, or heard at one of two, gives none.
 */
export function homesNeverHeard(inspections: Iterable<InspectionRow>): HomeNeverHeard[] {
  const byHome = new Map<string, InspectionRow[]>();
  for (const i of inspections) {
    const list = byHome.get(i.home_id) ?? [];
    list.push(i);
    byHome.set(i.home_id, list);
  }
  const out: HomeNeverHeard[] = [];
  for (const [home, list] of byHome) {
    list.sort((a, b) => (a.inspection_date < b.inspection_date ? -1 : a.inspection_date > b.inspection_date ? 1 : 0));
    for (let k = 1; k < list.length; k++) {
      const before = list[k - 1]!;
      const later = list[k]!;
      if (before.children_spoken > 0 || later.children_spoken > 0) continue;
      out.push({
        home,
        department: later.department,
        team: later.team,
        home_type: later.home_type,
        date: later.inspection_date,
        tertial: tertialKey(later.inspection_date),
        previousDate: before.inspection_date,
        reason: later.no_conversation_reason,
        previousReason: before.no_conversation_reason,
        childPlaced: before.children_placed > 0 || later.children_placed > 0
      });
    }
  }
  return out.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.home < b.home ? -1 : a.home > b.home ? 1 : 0));
}

/**
 * Stage (b): the homes whose later inspection lies in the window, in the department and of the type of home (null = all);
 * homes where a child was placed come first, then by department, date and home.
 */
export function homesNeverHeardIn(
  homes: readonly HomeNeverHeard[],
  window: Window,
  filter: {department: Department | null; homeType: HomeType | null}
): HomeNeverHeard[] {
  return homes
    .filter((h) => isInPeriod(h.date, window) && (filter.department === null || h.department === filter.department) && (filter.homeType === null || h.home_type === filter.homeType))
    .sort((a, b) => Number(b.childPlaced) - Number(a.childPlaced) || (a.department < b.department ? -1 : a.department > b.department ? 1 : 0) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.home < b.home ? -1 : 1));
}
