/**
 * Delegation per department: the share of decisions taken by inspectors with delegated authority
 * (role inspector_delegated), adjusted for case type. No polarity.
 */
import type {DecisionRow} from "../extract/decision-row.js";
import {DEFAULT_FLAG_POLICY} from "../flags/policy.js";
import type {FlagPolicy} from "../flags/types.js";
import type {Window} from "../period.js";
import {countDecisions, stratumCounts, type CountRow} from "./counts.js";
import {assessedMeasure, type AssessedMeasure} from "./assessed-measure.js";
import {MEASURE_NAMES} from "../format/ordlista.js";

export const DELEGATION_ID = "delegation";

/** How the measure speaks Swedish (flag sentences, explainers). */
export const DELEGATION_WORDING = {rateLabel: MEASURE_NAMES.delegation, caseNoun: "beslut", eventPredicate: "fattades med delegation", adjustedFor: "ärendeslag", polarity: "none"} as const;

/** Stage (a): every decision counted per decision-maker, department, type of operation, case type and tertial; events: taken under delegation. */
export function delegationCounts(decisions: Iterable<DecisionRow>, window?: Window): CountRow[] {
  return countDecisions(decisions, () => true, (d) => d.decision_maker_role === "inspector_delegated", window);
}

/** Stage (b): the share of decisions under delegation per department from count rows chosen for the window and filters. */
export function delegationOfCounts(rows: readonly CountRow[], window: Window, policy: FlagPolicy = DEFAULT_FLAG_POLICY): AssessedMeasure {
  return assessedMeasure(
    {
      id: DELEGATION_ID,
      title: "Beslut fattade med delegation per avdelning",
      unitType: "department",
      adjustedFor: ["case_type"],
      wording: DELEGATION_WORDING
    },
    stratumCounts(rows, (r) => r.department, ["case_type"]),
    window,
    policy
  );
}

/** The share of decisions under delegation per department, from decision rows (stage (a), then (b)). */
export function delegationByDepartment(decisions: Iterable<DecisionRow>, window: Window, policy: FlagPolicy = DEFAULT_FLAG_POLICY): AssessedMeasure {
  return delegationOfCounts(delegationCounts(decisions, window), window, policy);
}
