/**
 * Preparation in the weekly operational meeting (OPS): items presented and the share sent back for more preparation
 * (återremitterade), per department and in total. No polarity: sending back can be good practice.
 */
import type {PreparationRow} from "../extract/preparation-row.js";
import type {Department} from "../extract/codes.js";
import {DEFAULT_FLAG_POLICY} from "../flags/policy.js";
import type {FlagPolicy} from "../flags/types.js";
import type {MeasureWording} from "../format/flag-sentence.js";
import {isInPeriod, monthKey, tertialKey, type Window} from "../period.js";
import {pChart, type PChartResult} from "../stats/p-chart.js";
import {assessedMeasure, type AssessedMeasure} from "./assessed-measure.js";

export const PREPARATIONS_ID = "preparations-sent-back";

/**
 * Stage (a): items presented per department and month (only those in `window` when given), with the month's tertial,
 * and how many were sent back. Months, not only tertials: the meeting is weekly, the published figure (480 and 131)
 * runs from February 2023 to June 2024, and the SPC chart needs more points than a tertial gives.
 */
export interface PreparationCountRow {
  department: Department;
  /** "2023-02". */
  month: string;
  /** "2023T1". */
  tertial: string;
  cases: number;
  events: number;
}

/** How Operativ samverkan speaks about its items; no polarity (sending back can be good practice). */
export const PREPARATIONS_WORDING = {rateLabel: "återremitterade ärenden", caseNoun: "ärenden", eventPredicate: "återremitterades", adjustedFor: null, polarity: "none"} as const satisfies MeasureWording;

/** The count rows of the months from `fromMonth` to `toMonth` ("2023-02", inclusive). */
export function preparationCountsInMonths(rows: readonly PreparationCountRow[], fromMonth: string, toMonth: string): PreparationCountRow[] {
  return rows.filter((r) => r.month >= fromMonth && r.month <= toMonth);
}

/** Per month over all departments (or one): items presented and sent back, in month order (the SPC chart's points). */
export function preparationsPerMonth(rows: readonly PreparationCountRow[], department: Department | null = null): {month: string; cases: number; events: number}[] {
  const months = new Map<string, {month: string; cases: number; events: number}>();
  for (const r of rows) {
    if (department !== null && r.department !== department) continue;
    const m = months.get(r.month) ?? {month: r.month, cases: 0, events: 0};
    m.cases += r.cases;
    m.events += r.events;
    months.set(r.month, m);
  }
  return [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}

/** The share sent back over time, for the nation or one department: the control chart of the page Beredning. */
export interface PreparationsOverTime {
  /** The department charted; null for the whole nation. */
  department: Department | null;
  /** Per month with at least one item presented, in month order; `points[i]` is `chart.points[i]`. */
  points: {month: string; cases: number; events: number}[];
  /** p-chart (no direction of improvement) of events / cases per month; null when no month has an item. */
  chart: PChartResult | null;
}

/**
 * Stage (b) over time: items sent back per month as a p-chart (src/lib/stats/p-chart.ts: centre = Σ sent back / Σ
 * presented, limits per month from its own number of items, Making Data Count rules), for every month in `rows`.
 * Neutral: a special cause is neither better nor worse, as the measure has no polarity.
 */
export function preparationsOverTime(rows: readonly PreparationCountRow[], department: Department | null = null): PreparationsOverTime {
  const points = preparationsPerMonth(rows, department).filter((m) => m.cases > 0);
  const chart = points.length > 0 ? pChart(points.map((m) => ({events: m.events, n: m.cases})), {improvement: "neutral"}) : null;
  return {department, points, chart};
}

export function preparationCounts(items: Iterable<PreparationRow>, window?: Window): PreparationCountRow[] {
  const rows = new Map<string, PreparationCountRow>();
  for (const item of items) {
    if (window && !isInPeriod(item.presented_date, window)) continue;
    const month = monthKey(item.presented_date);
    const key = `${item.department}\u0000${month}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = {department: item.department, month, tertial: tertialKey(item.presented_date), cases: 0, events: 0}));
    r.cases += 1;
    if (item.outcome === "sent_back") r.events += 1;
  }
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
}

/** Stage (b): items sent back per department (unadjusted) from count rows chosen for the window, under the flag policy. */
export function preparationsSentBackOfCounts(rows: readonly PreparationCountRow[], window: Window, policy: FlagPolicy = DEFAULT_FLAG_POLICY): AssessedMeasure {
  return assessedMeasure(
    {
      id: PREPARATIONS_ID,
      title: "Återremitterade ärenden i Operativ samverkan per avdelning",
      unitType: "department",
      adjustedFor: [],
      wording: PREPARATIONS_WORDING
    },
    rows.map((r) => ({unit: r.department, stratum: "all", cases: r.cases, events: r.events})),
    window,
    policy
  );
}

/** Items sent back per department (unadjusted), assessed under the flag policy; `events`/`cases` give the total (131 of 480). */
export function preparationsSentBack(items: Iterable<PreparationRow>, window: Window, policy: FlagPolicy = DEFAULT_FLAG_POLICY): AssessedMeasure {
  return preparationsSentBackOfCounts(preparationCounts(items, window), window, policy);
}
