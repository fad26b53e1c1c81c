/**
 * Child conversations (barnsamtal) at inspections, per department and per team. The flagged measure is the share of
 * inspected homes with a child present (children_placed > 0) where a child was spoken with, adjusted for type of home;
 * higher is better. Beside it: the published share of all inspected homes, conversations per child who agreed, and why
 * no child was spoken with. An inspection counts as one inspected home (one inspection per home and year).
 */
import {NO_CONVERSATION_REASONS, type NoConversationReason} from "../extract/codes.js";
import type {InspectionRow} from "../extract/inspection-row.js";
import type {StratifiedCase} from "../flags/indirect-standardisation.js";
import {DEFAULT_FLAG_POLICY} from "../flags/policy.js";
import type {FlagPolicy} from "../flags/types.js";
import {isInPeriod} from "../period.js";
import {runFlagMeasure, unitLabel, type FlagMeasureResult, type Window} from "./flag-measure.js";

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

/** Per-unit counts of inspections in the window, sorted by unit; unit "total" sums all inspections. */
export function childConversationSummary(inspections: Iterable<InspectionRow>, unitType: "department" | "team" | "total", window: Window): ChildConversationSummary[] {
  const byUnit = new Map<string, InspectionRow[]>();
  for (const i of inspections) {
    if (!isInPeriod(i.inspection_date, window)) continue;
    const unit = unitType === "total" ? "total" : unitType === "department" ? i.department : i.team;
    const list = byUnit.get(unit) ?? [];
    list.push(i);
    byUnit.set(unit, list);
  }
  const label = unitType === "total" ? () => "Riket" : unitLabel(unitType);
  return [...byUnit.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([unit, rows]) => {
      const reasons = emptyReasons();
      let homesWithConversation = 0;
      let homesWithChildPresent = 0;
      let childrenPlaced = 0;
      let childrenAgreed = 0;
      let childrenSpoken = 0;
      for (const r of rows) {
        if (r.children_spoken > 0) homesWithConversation += 1;
        else if (r.no_conversation_reason !== null) reasons[r.no_conversation_reason] += 1;
        if (r.children_placed > 0) homesWithChildPresent += 1;
        childrenPlaced += r.children_placed;
        childrenAgreed += r.children_agreed;
        childrenSpoken += r.children_spoken;
      }
      return {
        unit,
        label: label(unit),
        inspectedHomes: rows.length,
        homesWithConversation,
        shareOfInspectedHomes: homesWithConversation / rows.length,
        homesWithChildPresent,
        shareOfHomesWithChildPresent: homesWithChildPresent > 0 ? homesWithConversation / homesWithChildPresent : NaN,
        childrenPlaced,
        childrenAgreed,
        childrenSpoken,
        conversationsPerAgreeingChild: childrenAgreed > 0 ? childrenSpoken / childrenAgreed : NaN,
        reasons
      };
    });
}

/** One case per inspection in the window with a child present: its unit, type of home and whether a child was spoken with. */
export function childConversationCases(inspections: Iterable<InspectionRow>, unitType: "department" | "team", window: Window): StratifiedCase[] {
  const out: StratifiedCase[] = [];
  for (const i of inspections) {
    if (!isInPeriod(i.inspection_date, window) || i.children_placed === 0) continue;
    out.push({unit: unitType === "department" ? i.department : i.team, stratum: i.home_type, event: i.children_spoken > 0});
  }
  return out;
}

/** The flagged measure for departments or teams: homes with a child present where a child was spoken with, adjusted for type of home. */
export function childConversations(inspections: Iterable<InspectionRow>, unitType: "department" | "team", window: Window, policy: FlagPolicy = DEFAULT_FLAG_POLICY): FlagMeasureResult {
  return runFlagMeasure(
    {
      id: CHILD_CONVERSATIONS_ID,
      title: unitType === "department" ? "Barnsamtal per avdelning" : "Barnsamtal per team",
      unitType,
      adjustedFor: ["home_type"],
      wording: {rateLabel: "hem med barnsamtal av hem med placerade barn", caseNoun: "hem", eventPredicate: "hade barnsamtal", adjustedFor: "typ av hem", polarity: "higher-better"}
    },
    childConversationCases(inspections, unitType, window),
    window,
    policy
  );
}
