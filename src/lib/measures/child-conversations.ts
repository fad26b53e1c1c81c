/**
 * Child conversations (barnsamtal) at inspections, per department and per team. The flagged measure is the share of
 * inspected homes with a child present (children_placed > 0) where a child was spoken with, adjusted for type of home;
 * higher is better. Beside it: the published share of all inspected homes, conversations per child who agreed, and why
 * no child was spoken with. An inspection counts as one inspected home (one inspection per home and year).
 */
import {NO_CONVERSATION_REASONS, type Department, type HomeType, type NoConversationReason} from "../extract/codes.js";
import type {InspectionRow} from "../extract/inspection-row.js";
import {DEFAULT_FLAG_POLICY} from "../flags/policy.js";
import type {FlagPolicy} from "../flags/types.js";
import {isInPeriod, monthKey, tertialKey, type Window} from "../period.js";
import {assessedMeasure, unitLabel, type AssessedMeasure} from "./assessed-measure.js";
import type {MeasureWording} from "../format/flag-sentence.js";
import {MEASURE_NAMES} from "../format/ordlista.js";

/** How the flagged measure speaks Swedish (the ordlista's name; higher is better, so "bättre/sämre" are right here). */
export const CHILD_CONVERSATIONS_WORDING = {rateLabel: MEASURE_NAMES["child-conversations"], caseNoun: "hem", eventPredicate: "hade samtal med barn", adjustedFor: "typ av hem", polarity: "higher-better"} as const satisfies MeasureWording;

export const CHILD_CONVERSATIONS_ID = "child-conversations";

/** Counts for one department or team (or the whole country). */
export interface ChildConversationSummary {
  unit: string;
  label: string;
  /** Inspections in the window (inspected homes). */
  inspectedHomes: number;
  /** Inspections where at least one child was spoken with. */
  homesWithConversation: number;
  /** homesWithConversation / inspectedHomes: the published measure (94 %, 68 %, 71 % in 2023). */
  shareOfInspectedHomes: number;
  /** Inspections with at least one child placed on the day. */
  homesWithChildPresent: number;
  /** homesWithConversation / homesWithChildPresent: the flagged measure, before adjustment. */
  shareOfHomesWithChildPresent: number;
  childrenPlaced: number;
  childrenAgreed: number;
  childrenSpoken: number;
  /** childrenSpoken / childrenAgreed: conversations per child who agreed (NaN when no child agreed). */
  conversationsPerAgreeingChild: number;
  /** Inspections with no conversation, by recorded reason (every reason present, zeros included). */
  reasons: Record<NoConversationReason, number>;
}

function emptyReasons(): Record<NoConversationReason, number> {
  return Object.fromEntries(NO_CONVERSATION_REASONS.map((r) => [r.code, 0])) as Record<NoConversationReason, number>;
}

/**
 * Stage (a): inspections counted per department, team, type of home and month (with its tertial) (only those in `window` when given), with
 * every count the summaries and the flagged measure need. Stage (b) (`childConversationSummaryOfCounts`,
 * `childConversationsOfCounts`) works from these alone.
 */
export interface ChildConversationCountRow {
  department: Department;
  team: string;
  home_type: HomeType;
  /** "2023T2". */
  tertial: string;
  /** "2023-05": the SPC chart uses months where a department has too few tertials. */
  month: string;
  inspectedHomes: number;
  homesWithConversation: number;
  homesWithChildPresent: number;
  /** Homes with a child present where a child was spoken with (the flagged measure's events). */
  homesWithChildPresentAndConversation: number;
  /** Homes where at least one child agreed to a conversation, and those of them where a child was spoken with (the standard). */
  homesWithChildAgreed: number;
  homesWithChildAgreedAndConversation: number;
  childrenPlaced: number;
  childrenAgreed: number;
  childrenSpoken: number;
  reasons: Record<NoConversationReason, number>;
}

export function childConversationCounts(inspections: Iterable<InspectionRow>, window?: Window): ChildConversationCountRow[] {
  const rows = new Map<string, ChildConversationCountRow>();
  for (const i of inspections) {
    if (window && !isInPeriod(i.inspection_date, window)) continue;
    const tertial = tertialKey(i.inspection_date);
    const month = monthKey(i.inspection_date);
    const key = `${i.department}\u0000${i.team}\u0000${i.home_type}\u0000${month}`;
    let r = rows.get(key);
    if (!r) {
      r = {department: i.department, team: i.team, home_type: i.home_type, tertial, month, inspectedHomes: 0, homesWithConversation: 0, homesWithChildPresent: 0, homesWithChildPresentAndConversation: 0, homesWithChildAgreed: 0, homesWithChildAgreedAndConversation: 0, childrenPlaced: 0, childrenAgreed: 0, childrenSpoken: 0, reasons: emptyReasons()};
      rows.set(key, r);
    }
    r.inspectedHomes += 1;
    if (i.children_spoken > 0) r.homesWithConversation += 1;
    else if (i.no_conversation_reason !== null) r.reasons[i.no_conversation_reason] += 1;
    if (i.children_placed > 0) {
      r.homesWithChildPresent += 1;
      if (i.children_spoken > 0) r.homesWithChildPresentAndConversation += 1;
    }
    if (i.children_agreed > 0) {
      r.homesWithChildAgreed += 1;
      if (i.children_spoken > 0) r.homesWithChildAgreedAndConversation += 1;
    }
    r.childrenPlaced += i.children_placed;
    r.childrenAgreed += i.children_agreed;
    r.childrenSpoken += i.children_spoken;
  }
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
}

/** Stage (b): per-unit summaries of count rows already chosen for the window, sorted by unit; unit "total" sums them all. */
export function childConversationSummaryOfCounts(rows: readonly ChildConversationCountRow[], unitType: "department" | "team" | "total"): ChildConversationSummary[] {
  const byUnit = new Map<string, ChildConversationCountRow[]>();
  for (const r of rows) {
    const unit = unitType === "total" ? "total" : unitType === "department" ? r.department : r.team;
    const list = byUnit.get(unit) ?? [];
    list.push(r);
    byUnit.set(unit, list);
  }
  const label = unitType === "total" ? () => "Riket" : unitLabel(unitType);
  const sum = (list: readonly ChildConversationCountRow[], key: "inspectedHomes" | "homesWithConversation" | "homesWithChildPresent" | "childrenPlaced" | "childrenAgreed" | "childrenSpoken") =>
    list.reduce((s, r) => s + r[key], 0);
  return [...byUnit.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([unit, list]) => {
      const reasons = emptyReasons();
      for (const r of list) for (const code of Object.keys(reasons) as NoConversationReason[]) reasons[code] += r.reasons[code];
      const inspectedHomes = sum(list, "inspectedHomes");
      const homesWithConversation = sum(list, "homesWithConversation");
      const homesWithChildPresent = sum(list, "homesWithChildPresent");
      const childrenAgreed = sum(list, "childrenAgreed");
      const childrenSpoken = sum(list, "childrenSpoken");
      return {
        unit,
        label: label(unit),
        inspectedHomes,
        homesWithConversation,
        shareOfInspectedHomes: homesWithConversation / inspectedHomes,
        homesWithChildPresent,
        shareOfHomesWithChildPresent: homesWithChildPresent > 0 ? homesWithConversation / homesWithChildPresent : NaN,
        childrenPlaced: sum(list, "childrenPlaced"),
        childrenAgreed,
        childrenSpoken,
        conversationsPerAgreeingChild: childrenAgreed > 0 ? childrenSpoken / childrenAgreed : NaN,
        reasons
      };
    });
}

/** Per-unit counts of inspections in the window, sorted by unit; unit "total" sums all inspections (stage (a), then (b)). */
export function childConversationSummary(inspections: Iterable<InspectionRow>, unitType: "department" | "team" | "total", window: Window): ChildConversationSummary[] {
  return childConversationSummaryOfCounts(childConversationCounts(inspections, window), unitType);
}

/** Stage (b): the flagged measure from count rows chosen for the window: homes with a child present where a child was spoken with, adjusted for type of home. */
export function childConversationsOfCounts(rows: readonly ChildConversationCountRow[], unitType: "department" | "team", window: Window, policy: FlagPolicy = DEFAULT_FLAG_POLICY): AssessedMeasure {
  return assessedMeasure(
    {
      id: CHILD_CONVERSATIONS_ID,
      title: unitType === "department" ? "Barnsamtal per avdelning" : "Barnsamtal per team",
      unitType,
      adjustedFor: ["home_type"],
      wording: CHILD_CONVERSATIONS_WORDING
    },
    rows.map((r) => ({unit: unitType === "department" ? r.department : r.team, stratum: r.home_type, cases: r.homesWithChildPresent, events: r.homesWithChildPresentAndConversation})),
    window,
    policy
  );
}

/** The flagged measure for departments or teams from inspection rows (stage (a), then (b)). */
export function childConversations(inspections: Iterable<InspectionRow>, unitType: "department" | "team", window: Window, policy: FlagPolicy = DEFAULT_FLAG_POLICY): AssessedMeasure {
  return childConversationsOfCounts(childConversationCounts(inspections, window), unitType, window, policy);
}
