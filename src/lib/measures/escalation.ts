/**
 * The flagged escalation measure (docs/methods.md, "Escalation"): the share of persisting deficiencies (a demanding
 * decision followed by another at the same rung or a higher one) met by a repeat at the same rung rather than a step up,
 * per department or decision-maker, adjusted for case type and rung. Stage (a) is `escalationCounts`
 * (escalation-counts.ts); what the page shows for a period and filter is `escalationView` (escalation-view.ts).
 */
import type {DecisionRow} from "../extract/decision-row.js";
import {DEFAULT_FLAG_POLICY} from "../flags/policy.js";
import type {FlagPolicy} from "../flags/types.js";
import {assessedMeasure, type AssessedMeasure} from "./assessed-measure.js";
import type {Window} from "../period.js";
import {escalationCounts, type EscalationMoveRow} from "./escalation-counts.js";
import {rungOf} from "./escalation-ladder.js";

export const ESCALATION_ID = "escalation-repeats";

/** Stage (b) of the flagged measure: one stratum count per move row of a persisting deficiency (stratum: case type × rung). */
export function escalationRepeatsOfCounts(moves: readonly EscalationMoveRow[], unitType: "department" | "decision-maker", window: Window, policy: FlagPolicy = DEFAULT_FLAG_POLICY): AssessedMeasure {
  return assessedMeasure(
    {
      id: ESCALATION_ID,
      title: unitType === "department" ? "Upprepning i stället för eskalering per avdelning" : "Upprepning i stället för eskalering per beslutsfattare",
      unitType,
      adjustedFor: ["case_type", "rung"],
      wording: ESCALATION_WORDING
    },
    moves
      .filter((m) => m.kind === "repeat" || m.kind === "step-up")
      .map((m) => ({unit: unitType === "department" ? m.department : m.decisionMaker, stratum: `${m.case_type}|${rungOf(m.from)}`, cases: m.count, events: m.kind === "repeat" ? m.count : 0})),
    window,
    policy
  );
}

/** How the flagged measure speaks Swedish (no polarity: whether to repeat depends on the case). */
export const ESCALATION_WORDING = {
  rateLabel: "upprepning i stället för eskalering",
  caseNoun: "beslut efter kvarstående brister",
  eventPredicate: "var upprepningar",
  adjustedFor: "ärendeslag och steg på trappan",
  polarity: "none"
} as const;

/** The flagged measure straight from decision rows (stage (a), then (b)), for one kind of unit and window. */
export function escalationRepeats(decisions: Iterable<DecisionRow>, unitType: "department" | "decision-maker", window: Window, policy: FlagPolicy = DEFAULT_FLAG_POLICY): AssessedMeasure {
  return escalationRepeatsOfCounts(escalationCounts(decisions, window).moves, unitType, window, policy);
}
