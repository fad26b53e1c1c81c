/**
 * Delegation per department: the share of decisions taken by inspectors with delegated authority
 * (role inspector_delegated), adjusted for case type. No polarity.
 */
import type {DecisionRow} from "../extract/decision-row.js";
import type {StratifiedCase} from "../flags/indirect-standardisation.js";
import {DEFAULT_FLAG_POLICY} from "../flags/policy.js";
import type {FlagPolicy} from "../flags/types.js";
import {isInPeriod} from "../period.js";
import {runFlagMeasure, type FlagMeasureResult, type Window} from "./flag-measure.js";

export const DELEGATION_ID = "delegation";

/** One case per decision in the window: its department, case type and whether an inspector decided under delegation. */
export function delegationCases(decisions: Iterable<DecisionRow>, window: Window): StratifiedCase[] {
  const out: StratifiedCase[] = [];
  for (const d of decisions) {
    if (!isInPeriod(d.decision_date, window)) continue;
    out.push({unit: d.department, stratum: d.case_type, event: d.decision_maker_role === "inspector_delegated"});
  }
  return out;
}

/** The share of decisions under delegation per department, assessed under the flag policy. */
export function delegationByDepartment(decisions: Iterable<DecisionRow>, window: Window, policy: FlagPolicy = DEFAULT_FLAG_POLICY): FlagMeasureResult {
  return runFlagMeasure(
    {
      id: DELEGATION_ID,
      title: "Beslut på delegation per avdelning",
      unitType: "department",
      adjustedFor: ["case_type"],
      wording: {rateLabel: "beslut fattade av inspektör med delegation", caseNoun: "beslut", eventPredicate: "fattades på delegation", adjustedFor: "ärendeslag", polarity: "none"}
    },
    delegationCases(decisions, window),
    window,
    policy
  );
}
