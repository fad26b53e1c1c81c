/**
 * Decisions without deficiencies (beslut utan brister) per decision-maker and per department: the share of assessment
 * decisions of type no_deficiencies, adjusted for case mix (type of operation/home and case type) by indirect
 * standardisation. No polarity: a higher share is neither better nor worse, only different (docs/methods.md).
 */
import type {CaseType, DecisionType} from "../extract/codes.js";
import type {DecisionRow} from "../extract/decision-row.js";
import type {StratifiedCase} from "../flags/indirect-standardisation.js";
import {DEFAULT_FLAG_POLICY} from "../flags/policy.js";
import type {FlagPolicy} from "../flags/types.js";
import {isInPeriod} from "../period.js";
import {runFlagMeasure, stratumKey, type FlagMeasureResult, type Window} from "./flag-measure.js";

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
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(", ")} och ${words[words.length - 1]}`;
}

/**
 * The cases of the measure: one per assessment decision in the window of the chosen case types, its unit
 * (decision-maker or department), stratum and whether it was a decision without deficiencies.
 */
export function decisionsWithoutDeficienciesCases(
  decisions: Iterable<DecisionRow>,
  unitType: "decision-maker" | "department",
  window: Window,
  options: DecisionsWithoutDeficienciesOptions = {}
): StratifiedCase[] {
  const caseTypes = new Set(options.caseTypes ?? DEFAULT_DECISION_CASE_TYPES);
  const strata = options.strata ?? DEFAULT_DECISION_STRATA;
  const out: StratifiedCase[] = [];
  for (const d of decisions) {
    if (!caseTypes.has(d.case_type) || !ASSESSMENT_DECISION_TYPES.includes(d.decision_type) || !isInPeriod(d.decision_date, window)) continue;
    out.push({
      unit: unitType === "decision-maker" ? d.decision_maker : d.department,
      stratum: stratumKey(strata.map((s) => d[s])),
      event: d.decision_type === "no_deficiencies"
    });
  }
  return out;
}

/** The measure for one kind of unit over the window, with every unit assessed under the flag policy. */
export function decisionsWithoutDeficiencies(
  decisions: Iterable<DecisionRow>,
  unitType: "decision-maker" | "department",
  window: Window,
  options: DecisionsWithoutDeficienciesOptions = {}
): FlagMeasureResult {
  const strata = options.strata ?? DEFAULT_DECISION_STRATA;
  return runFlagMeasure(
    {
      id: DECISIONS_WITHOUT_DEFICIENCIES_ID,
      title: unitType === "decision-maker" ? "Beslut utan brister per beslutsfattare" : "Beslut utan brister per avdelning",
      unitType,
      adjustedFor: [...strata],
      wording: {rateLabel: "beslut utan brister", caseNoun: "beslut", eventPredicate: "var utan brister", adjustedFor: stratumWords(strata), polarity: "none"}
    },
    decisionsWithoutDeficienciesCases(decisions, unitType, window, options),
    window,
    options.policy ?? DEFAULT_FLAG_POLICY
  );
}
