/**
 * Decisions without deficiencies (beslut utan brister) per decision-maker and per department: the share of assessment
 * decisions of type no_deficiencies, adjusted for case mix (type of operation/home and case type) by indirect
 * standardisation. No polarity: a higher share is neither better nor worse, only different (docs/methods.md).
 */
import type {CaseType, DecisionType} from "../extract/codes.js";
import type {DecisionRow} from "../extract/decision-row.js";
import {DEFAULT_FLAG_POLICY} from "../flags/policy.js";
import type {FlagPolicy} from "../flags/types.js";
import type {Window} from "../period.js";
import {countDecisions, selectCounts, stratumCounts, type CountRow} from "./counts.js";
import {assessedMeasure, type AssessedMeasure} from "./assessed-measure.js";
import {listInWords} from "../format/words.js";

export const DECISIONS_WITHOUT_DEFICIENCIES_ID = "decisions-without-deficiencies";

/**
 * Decision types that record a fresh judgement of whether there are deficiencies. Left out: follow-ups that presuppose
 * an earlier one (report_back_2/3, fine_imposed), the final decision that closes a case and the prosecution report beside the ladder.
 */
export const ASSESSMENT_DECISION_TYPES: readonly DecisionType[] = [
  "no_deficiencies",
  "criticism",
  "report_back_1",
  "injunction",
  "injunction_with_fine",
  "prohibition",
  "licence_revoked"
];

/** Case-mix variables a decision can be stratified by. */
export type DecisionStratum = "operation_type" | "case_type";

export interface DecisionsWithoutDeficienciesOptions {
  /** Case types counted (default: frequency supervision only, where every home gets a yearly judgement). */
  caseTypes?: readonly CaseType[];
  /** Case-mix variables (default: operation_type and case_type). */
  strata?: readonly DecisionStratum[];
  policy?: FlagPolicy;
}

export const DEFAULT_DECISION_CASE_TYPES: readonly CaseType[] = ["frequency"];
export const DEFAULT_DECISION_STRATA: readonly DecisionStratum[] = ["operation_type", "case_type"];

const STRATUM_LABEL: Record<DecisionStratum, string> = {operation_type: "verksamhetstyp", case_type: "ärendeslag"};

/** Swedish list of the case-mix variables: "verksamhetstyp och ärendeslag". */
export function stratumWords(strata: readonly DecisionStratum[]): string | null {
  const words = strata.map((s) => STRATUM_LABEL[s]);
  if (words.length === 0) return null;
  return listInWords(words);
}

/**
 * Stage (a): the assessment decisions (every case type) counted per decision-maker, department, type of operation,
 * case type and tertial, with the decisions without deficiencies as events. Only decisions in `window` when given.
 */
export function decisionsWithoutDeficienciesCounts(decisions: Iterable<DecisionRow>, window?: Window): CountRow[] {
  return countDecisions(
    decisions,
    (d) => ASSESSMENT_DECISION_TYPES.includes(d.decision_type),
    (d) => d.decision_type === "no_deficiencies",
    window
  );
}

/** How the measure speaks Swedish (flag sentences, explainers) when adjusted for `strata`. */
export function decisionsWithoutDeficienciesWording(strata: readonly DecisionStratum[] = DEFAULT_DECISION_STRATA) {
  return {rateLabel: "beslut utan brister", caseNoun: "beslut", eventPredicate: "var utan brister", adjustedFor: stratumWords(strata), polarity: "none" as const};
}

/** The measure's Swedish title and wording for one kind of unit. */
function spec(unitType: "decision-maker" | "department", strata: readonly DecisionStratum[]) {
  return {
    id: DECISIONS_WITHOUT_DEFICIENCIES_ID,
    title: unitType === "decision-maker" ? "Beslut utan brister per beslutsfattare" : "Beslut utan brister per avdelning",
    unitType,
    adjustedFor: [...strata],
    wording: decisionsWithoutDeficienciesWording(strata)
  };
}

/**
 * Stage (b): the measure from count rows already chosen for the window and filters, per decision-maker or department,
 * standardised over the strata and every unit assessed under the policy. Counts of other case types than
 * `options.caseTypes` are left out here.
 */
export function decisionsWithoutDeficienciesOfCounts(
  rows: readonly CountRow[],
  unitType: "decision-maker" | "department",
  window: Window,
  options: DecisionsWithoutDeficienciesOptions = {}
): AssessedMeasure {
  const strata = options.strata ?? DEFAULT_DECISION_STRATA;
  const chosen = selectCounts(rows, {window: null, operationType: null, caseTypes: options.caseTypes ?? DEFAULT_DECISION_CASE_TYPES});
  const counts = stratumCounts(chosen, unitType === "decision-maker" ? (r) => r.unit : (r) => r.department, strata);
  return assessedMeasure(spec(unitType, strata), counts, window, options.policy ?? DEFAULT_FLAG_POLICY);
}

/** The measure for one kind of unit over the window, from decision rows: stage (a), then stage (b). */
export function decisionsWithoutDeficiencies(
  decisions: Iterable<DecisionRow>,
  unitType: "decision-maker" | "department",
  window: Window,
  options: DecisionsWithoutDeficienciesOptions = {}
): AssessedMeasure {
  return decisionsWithoutDeficienciesOfCounts(decisionsWithoutDeficienciesCounts(decisions, window), unitType, window, options);
}
