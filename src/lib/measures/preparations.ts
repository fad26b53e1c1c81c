/**
 * Preparation in the weekly operational meeting (OPS): items presented and the share sent back for more preparation
 * (återremitterade), per department and in total. No polarity: sending back can be good practice.
 */
import type {PreparationRow} from "../extract/preparation-row.js";
import type {Department} from "../extract/codes.js";
import {DEFAULT_FLAG_POLICY} from "../flags/policy.js";
import type {FlagPolicy} from "../flags/types.js";
import {isInPeriod} from "../period.js";
import {tertialKey} from "./counts.js";
import {flagMeasureOfCounts, type FlagMeasureResult, type Window} from "./flag-measure.js";

export const PREPARATIONS_ID = "preparations-sent-back";

/** Stage (a): items presented per department and tertial (only those in `window` when given), and how many were sent back. */
export interface PreparationCountRow {
  department: Department;
  tertial: string;
  cases: number;
  events: number;
}

export function preparationCounts(items: Iterable<PreparationRow>, window?: Window): PreparationCountRow[] {
  const rows = new Map<string, PreparationCountRow>();
  for (const item of items) {
    if (window && !isInPeriod(item.presented_date, window)) continue;
    const tertial = tertialKey(item.presented_date);
    const key = `${item.department}\u0000${tertial}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = {department: item.department, tertial, cases: 0, events: 0}));
    r.cases += 1;
    if (item.outcome === "sent_back") r.events += 1;
  }
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
}

/** Stage (b): items sent back per department (unadjusted) from count rows chosen for the window, under the flag policy. */
export function preparationsSentBackOfCounts(rows: readonly PreparationCountRow[], window: Window, policy: FlagPolicy = DEFAULT_FLAG_POLICY): FlagMeasureResult {
  return flagMeasureOfCounts(
    {
      id: PREPARATIONS_ID,
      title: "Återremitterade ärenden i Operativ samverkan per avdelning",
      unitType: "department",
      adjustedFor: [],
      wording: {rateLabel: "återremitterade ärenden", caseNoun: "ärenden", eventPredicate: "återremitterades", adjustedFor: null, polarity: "none"}
    },
    rows.map((r) => ({unit: r.department, stratum: "all", cases: r.cases, events: r.events})),
    window,
    policy
  );
}

/** Items sent back per department (unadjusted), assessed under the flag policy; `events`/`cases` give the total (131 of 480). */
export function preparationsSentBack(items: Iterable<PreparationRow>, window: Window, policy: FlagPolicy = DEFAULT_FLAG_POLICY): FlagMeasureResult {
  return preparationsSentBackOfCounts(preparationCounts(items, window), window, policy);
}
