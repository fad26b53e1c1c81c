/**
 * Every measure and flag for one period, as `lika analyze` reports it (schema: docs/analyze-json.md). Department and team
 * measures count the period; decision-maker measures count the decision-maker window, which at a tertial is the twelve
 * months ending with it (enough decisions per person) and otherwise the period itself.
 */
import type {DecisionRow} from "../extract/decision-row.js";
import type {InspectionRow} from "../extract/inspection-row.js";
import type {PreparationRow} from "../extract/preparation-row.js";
import type {Flag} from "../flags/measure-flags.js";
import {DEFAULT_FLAG_POLICY} from "../flags/policy.js";
import type {FlagPolicy} from "../flags/types.js";
import {isInPeriod, isWholeTertials, tertialInWindow, type Period, type Window} from "../period.js";
import {CHILD_CONVERSATIONS_ID, childConversationSummaryOfCounts, type ChildConversationSummary} from "./child-conversations.js";
import {childConversationView, childCountsFromInspections, childCountsFromMonths, homeTypeOf, type ChildConversationView, type ChildCountsInWindow} from "./child-conversation-view.js";
import {childConversationCounts, type ChildConversationCountRow} from "./child-conversations.js";
import {homesNeverHeard, type HomeNeverHeard} from "./homes-never-heard.js";
import {SPREAD_ID} from "./decision-maker-spread.js";
import {countsFromDecisions, countsFromTertials, decisionCounts, decisionMakerWindowFor, decisionView, NO_FILTER, type CountsInWindow, type DecisionCounts, type DecisionFilter, type DecisionView} from "./decision-view.js";
import {DECISIONS_WITHOUT_DEFICIENCIES_ID, type DecisionsWithoutDeficienciesOptions} from "./decisions-without-deficiencies.js";
import {DELEGATION_ID} from "./delegation.js";
import {ESCALATION_ID} from "./escalation.js";
import {escalationCounts, escalationCountsFromDecisions, escalationCountsFromTertials, type EscalationCounts, type EscalationCountsInWindow} from "./escalation-counts.js";
import {STALLED_AFTER_DAYS} from "./escalation-summaries.js";
import {escalationView, type EscalationView} from "./escalation-view.js";
import type {AssessedMeasure} from "./assessed-measure.js";
import {nationalSupervisionCounts, nationalSupervisionTable, nationalTableFromCounts, type NationalCount, type NationalSupervisionTable} from "./national-supervision.js";
import {preparationCounts, preparationsOverTime, preparationsSentBackOfCounts, PREPARATIONS_ID, type PreparationCountRow, type PreparationsOverTime} from "./preparations.js";

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
  /** Days after which an open case whose last decision demands something counts as stalled (default 180). */
  stalledAfterDays?: number;
}

export interface Analysis {
  period: Period;
  decisionMakerWindow: Window;
  policy: FlagPolicy;
  /** The filters of the decision measures (null = all). */
  filter: DecisionFilter;
  measures: {
    [DECISIONS_WITHOUT_DEFICIENCIES_ID]: {byDecisionMaker: AssessedMeasure; byDepartment: AssessedMeasure};
    [SPREAD_ID]: DecisionView["spread"];
    [DELEGATION_ID]: {byDepartment: AssessedMeasure};
    [CHILD_CONVERSATIONS_ID]: Omit<ChildConversationView, "period" | "summary"> & {
      summary: {total: ChildConversationSummary | null; byDepartment: ChildConversationSummary[]; byTeam: ChildConversationSummary[]};
    };
    /** Filtered like the decision measures (type of operation and case type choose the cases, the department what is shown). */
    [ESCALATION_ID]: Omit<EscalationView, "period" | "filter" | "decisionMakerWindow">;
    [PREPARATIONS_ID]: {byDepartment: AssessedMeasure; overTime: PreparationsOverTime};
    "national-supervision": NationalSupervisionTable;
  };
  /** Every flag of every measure: alarms first, then by measure and p. */
  flags: Flag[];
}

export {decisionMakerWindowFor};

/**
 * Stage (a) of every measure, as functions of a window: where `analyzeCounts` takes each measure's counts from. From rows
 * (`countsOfRows`) any window is exact; from counts made once per tertial (`countsOfTertials`) only whole tertials are
 * (a tertial, a year, the twelve months ending with a tertial), which is every window the overview asks for.
 */
export interface AnalysisCounts {
  decisions: CountsInWindow;
  escalation: EscalationCountsInWindow;
  children: ChildCountsInWindow;
  homesNeverHeard: HomeNeverHeard[];
  preparations: (window: Window) => PreparationCountRow[];
  national: (window: Window) => NationalSupervisionTable;
}

/** Stage (a) on the rows, per window asked (exact for any window; each call reads every row). */
export function countsOfRows(input: AnalysisInput): AnalysisCounts {
  const {decisions, inspections, preparations} = input;
  return {
    decisions: countsFromDecisions(decisions),
    escalation: escalationCountsFromDecisions(decisions),
    children: childCountsFromInspections(inspections),
    homesNeverHeard: homesNeverHeard(inspections),
    preparations: (window) => preparationCounts(preparations, window),
    national: (window) => nationalSupervisionTable(decisions.filter((d) => isInPeriod(d.decision_date, window)))
  };
}

/** Stage (a) of every measure over all rows, by tertial (months for child conversations and preparations). */
export interface TertialCounts {
  decisions: DecisionCounts;
  escalation: EscalationCounts;
  children: ChildConversationCountRow[];
  homesNeverHeard: HomeNeverHeard[];
  preparations: PreparationCountRow[];
  national: NationalCount[];
}

/** Stage (a) of every measure, once over the rows: what the data loaders write for the pages. */
export function tertialCounts(input: AnalysisInput): TertialCounts {
  return {
    decisions: decisionCounts(input.decisions),
    escalation: escalationCounts(input.decisions),
    children: childConversationCounts(input.inspections),
    homesNeverHeard: homesNeverHeard(input.inspections),
    preparations: preparationCounts(input.preparations),
    national: nationalSupervisionCounts(input.decisions)
  };
}

/**
 * The windows of tertial counts, selections only: what the pages do with the data loaders' files, and what makes the
 * analysis of every tertial cost little more than one. Windows must be whole tertials.
 */
export function countsOfTertials(counts: TertialCounts): AnalysisCounts {
  return {
    decisions: countsFromTertials(counts.decisions),
    escalation: escalationCountsFromTertials(counts.escalation),
    children: childCountsFromMonths(counts.children),
    homesNeverHeard: counts.homesNeverHeard,
    preparations: (window) => counts.preparations.filter((r) => tertialInWindow(r.tertial, window)),
    national: (window) => nationalTableFromCounts(counts.national.filter((c) => c.tertial !== "" && tertialInWindow(c.tertial, window)))
  };
}

/**
 * Computes every measure and flag of the extracts for the period. When the period and the decision-maker window are
 * whole tertials (a tertial, a year), stage (a) runs once by tertial, as the pages' counts do; other windows (any dates)
 * are counted on the rows. Both give the same result where both apply (test/lib/measures/analysis.test.ts).
 */
export function analyze(input: AnalysisInput, period: Period, options: AnalysisOptions = {}): Analysis {
  const dmWindow = options.decisionMakerWindow ?? decisionMakerWindowFor(period);
  const byTertial = isWholeTertials(period) && isWholeTertials(dmWindow);
  if (!byTertial) return analyzeCounts(countsOfRows(input), period, options);
  // Rows dated after the period change nothing in it: a move, an episode's end or a spell's next decision after the
  // period's end counts as not yet happened there, and a home's pair of inspections is judged at the later one. Leaving
  // them out saves counting them (the tests compare with the analysis of every row, tertial by tertial).
  const end = period.to;
  const upToEnd: AnalysisInput = {
    decisions: input.decisions.filter((d) => d.decision_date <= end),
    inspections: input.inspections.filter((i) => i.inspection_date <= end),
    preparations: input.preparations.filter((p) => p.presented_date <= end)
  };
  return analyzeCounts(countsOfTertials(tertialCounts(upToEnd)), period, options);
}

/** Stage (b) of every measure for the period, from stage (a) counts (`countsOfRows` or `countsOfTertials`). */
export function analyzeCounts(counts: AnalysisCounts, period: Period, options: AnalysisOptions = {}): Analysis {
  const policy = options.policy ?? DEFAULT_FLAG_POLICY;
  const dmWindow = options.decisionMakerWindow ?? decisionMakerWindowFor(period);
  const filter = options.filter ?? NO_FILTER;

  const view = decisionView(counts.decisions, period, filter, {
    policy,
    decisionMakerWindow: dmWindow,
    ...(options.spreadMinimum === undefined ? {} : {spreadMinimum: options.spreadMinimum}),
    ...(options.decisionsWithoutDeficiencies?.strata ? {strata: options.decisionsWithoutDeficiencies.strata} : {}),
    ...(options.decisionsWithoutDeficiencies?.caseTypes ? {caseTypes: options.decisionsWithoutDeficiencies.caseTypes} : {})
  });
  const dwd = {byDecisionMaker: view.byDecisionMaker, byDepartment: view.byDepartment};
  const spread = view.spread;
  const delegation = {byDepartment: view.delegation};
  // Child conversations: the page's view (src/barnsamtal.md) on the same filter; a type of operation that is not a type
  // of home matches no inspection.
  const homeType = homeTypeOf(filter.operationType);
  const childCounts: ChildCountsInWindow = homeType === undefined ? () => [] : counts.children;
  const childView = childConversationView(childCounts, period, {department: filter.department, homeType: homeType ?? null}, {policy, homesNeverHeard: homeType === undefined ? [] : counts.homesNeverHeard});
  const {period: _childPeriod, ...childRest} = childView;
  const nationRows = childCounts(period).filter((r) => homeType == null || r.home_type === homeType);
  const children = {...childRest, summary: {total: childConversationSummaryOfCounts(nationRows, "total")[0] ?? null, ...childView.summary}};
  const {period: _p, filter: _f, decisionMakerWindow: _w, ...escalation} = escalationView(counts.escalation, period, filter, {
    policy,
    decisionMakerWindow: dmWindow,
    stalledAfterDays: options.stalledAfterDays ?? STALLED_AFTER_DAYS
  });
  // Over time: the page Beredning's control chart, every month up to the end of the period, for the department filter.
  const prep = {
    byDepartment: preparationsSentBackOfCounts(counts.preparations(period), period, policy),
    overTime: preparationsOverTime(counts.preparations({from: "0000-01-01", to: period.to}), filter.department)
  };
  const national = counts.national(period);

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
