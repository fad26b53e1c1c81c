/**
 * Every measure and flag for one period, as `lika analyze` reports it (schema: docs/analyze-json.md). Department and team
 * measures count the period; decision-maker measures count the decision-maker window, which at a tertial is the twelve
 * months ending with it (enough decisions per person) and otherwise the period itself.
 */
import type {DecisionRow} from "../extract/decision-row.js";
import type {InspectionRow} from "../extract/inspection-row.js";
import type {PreparationRow} from "../extract/preparation-row.js";
import type {Flag} from "../flags/flag.js";
import {DEFAULT_FLAG_POLICY} from "../flags/policy.js";
import type {FlagPolicy} from "../flags/types.js";
import {isInPeriod, type Period} from "../period.js";
import {childConversations, childConversationSummary, CHILD_CONVERSATIONS_ID, type ChildConversationSummary} from "./child-conversations.js";
import {SPREAD_ID, type DecisionMakerSpread} from "./decision-maker-spread.js";
import {countsFromDecisions, decisionMakerWindowFor, decisionView, NO_FILTER, type DecisionFilter} from "./decision-view.js";
import {DECISIONS_WITHOUT_DEFICIENCIES_ID, type DecisionsWithoutDeficienciesOptions} from "./decisions-without-deficiencies.js";
import {DELEGATION_ID} from "./delegation.js";
import {escalationEvents, escalationRepeats, escalationSummary, ESCALATION_ID, STALLED_AFTER_DAYS, type EscalationSummary} from "./escalation.js";
import type {FlagMeasureResult, Window} from "./flag-measure.js";
import {nationalSupervisionTable, type NationalSupervisionTable} from "./national-supervision.js";
import {preparationsSentBack, PREPARATIONS_ID} from "./preparations.js";

export interface AnalysisInput {
  decisions: readonly DecisionRow[];
  inspections: readonly InspectionRow[];
  preparations: readonly PreparationRow[];
}

export interface AnalysisOptions {
  policy?: FlagPolicy;
  /** Window of the decision-maker measures; default: twelve months ending with a tertial, else the period. */
  decisionMakerWindow?: Window;
  /** Minimum decisions for a decision-maker to enter the spread (default 10, as the audit). */
  spreadMinimum?: number;
  /** Options of decisions without deficiencies (case types, strata); the policy above applies. */
  decisionsWithoutDeficiencies?: Omit<DecisionsWithoutDeficienciesOptions, "policy">;
  /**
   * Filters of the decision measures (decisions without deficiencies, the spread, delegation); the other measures are
   * not filtered. Type of operation and case type choose the decisions; the department chooses the units shown.
   */
  filter?: DecisionFilter;
}

export interface Analysis {
  period: Period;
  decisionMakerWindow: Window;
  policy: FlagPolicy;
  /** The filters of the decision measures (null = all). */
  filter: DecisionFilter;
  measures: {
    [DECISIONS_WITHOUT_DEFICIENCIES_ID]: {byDecisionMaker: FlagMeasureResult; byDepartment: FlagMeasureResult};
    [SPREAD_ID]: DecisionMakerSpread & {window: Window};
    [DELEGATION_ID]: {byDepartment: FlagMeasureResult};
    [CHILD_CONVERSATIONS_ID]: {
      byDepartment: FlagMeasureResult;
      byTeam: FlagMeasureResult;
      summary: {total: ChildConversationSummary | null; byDepartment: ChildConversationSummary[]; byTeam: ChildConversationSummary[]};
    };
    [ESCALATION_ID]: {
      stalledAfterDays: number;
      byDepartment: FlagMeasureResult;
      byDecisionMaker: FlagMeasureResult;
      summary: {total: EscalationSummary | null; byDepartment: EscalationSummary[]; byDecisionMaker: EscalationSummary[]};
    };
    [PREPARATIONS_ID]: {byDepartment: FlagMeasureResult};
    "national-supervision": NationalSupervisionTable;
  };
  /** Every flag of every measure: alarms first, then by measure and p. */
  flags: Flag[];
}

export {decisionMakerWindowFor};

/** Computes every measure and flag of the extracts for the period. */
export function analyze(input: AnalysisInput, period: Period, options: AnalysisOptions = {}): Analysis {
  const policy = options.policy ?? DEFAULT_FLAG_POLICY;
  const dmWindow = options.decisionMakerWindow ?? decisionMakerWindowFor(period);
  const filter = options.filter ?? NO_FILTER;
  const {decisions, inspections, preparations} = input;

  // Stage (a) on the rows, then stage (b): the same two steps a page takes on a data loader's counts.
  const view = decisionView(countsFromDecisions(decisions), period, filter, {
    policy,
    decisionMakerWindow: dmWindow,
    ...(options.spreadMinimum === undefined ? {} : {spreadMinimum: options.spreadMinimum}),
    ...(options.decisionsWithoutDeficiencies?.strata ? {strata: options.decisionsWithoutDeficiencies.strata} : {}),
    ...(options.decisionsWithoutDeficiencies?.caseTypes ? {caseTypes: options.decisionsWithoutDeficiencies.caseTypes} : {})
  });
  const dwd = {byDecisionMaker: view.byDecisionMaker, byDepartment: view.byDepartment};
  const spread = view.spread;
  const delegation = {byDepartment: view.delegation};
  const children = {
    byDepartment: childConversations(inspections, "department", period, policy),
    byTeam: childConversations(inspections, "team", period, policy),
    summary: {
      total: childConversationSummary(inspections, "total", period)[0] ?? null,
      byDepartment: childConversationSummary(inspections, "department", period),
      byTeam: childConversationSummary(inspections, "team", period)
    }
  };
  const periodEvents = escalationEvents(decisions, period);
  const dmEvents = escalationEvents(decisions, dmWindow);
  const escalation = {
    stalledAfterDays: STALLED_AFTER_DAYS,
    byDepartment: escalationRepeats(decisions, "department", period, policy),
    byDecisionMaker: escalationRepeats(decisions, "decision-maker", dmWindow, policy),
    summary: {
      total: escalationSummary(periodEvents, "total")[0] ?? null,
      byDepartment: escalationSummary(periodEvents, "department"),
      byDecisionMaker: escalationSummary(dmEvents, "decision-maker")
    }
  };
  const prep = {byDepartment: preparationsSentBack(preparations, period, policy)};
  const national = nationalSupervisionTable(decisions.filter((d) => isInPeriod(d.decision_date, period)));

  const results = [dwd.byDecisionMaker, dwd.byDepartment, delegation.byDepartment, children.byDepartment, children.byTeam, escalation.byDepartment, escalation.byDecisionMaker, prep.byDepartment];
  const flags = results
    .flatMap((r) => r.flags)
    .sort((a, b) => (a.level !== b.level ? (a.level === "alarm" ? -1 : 1) : a.measure !== b.measure ? (a.measure < b.measure ? -1 : 1) : a.p - b.p));
  return {
    period,
    decisionMakerWindow: dmWindow,
    policy,
    filter: {...filter},
    measures: {
      [DECISIONS_WITHOUT_DEFICIENCIES_ID]: dwd,
      [SPREAD_ID]: spread,
      [DELEGATION_ID]: delegation,
      [CHILD_CONVERSATIONS_ID]: children,
      [ESCALATION_ID]: escalation,
      [PREPARATIONS_ID]: prep,
      "national-supervision": national
    },
    flags
  };
}
