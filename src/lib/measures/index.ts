/** Measures: one definition each, shared by pages, the CLI and the tests (docs/methods.md). */
export {nationalSupervisionTable, nationalSupervisionLong, NATIONAL_DECISION_COLUMNS} from "./national-supervision.js";
export type {NationalSupervisionTable, NationalSupervisionRow, NationalDecisionColumn, NationalDecisionInput} from "./national-supervision.js";
export {nationalSupervisionCsv} from "./national-supervision-export.js";
export {runFlagMeasure, flagMeasureOfCounts, keepUnits, unitLabel} from "./flag-measure.js";
export type {FlagMeasureResult, FlagMeasureSpec} from "./flag-measure.js";
export {
  decisionsWithoutDeficiencies,
  decisionsWithoutDeficienciesCounts,
  decisionsWithoutDeficienciesOfCounts,
  stratumWords,
  ASSESSMENT_DECISION_TYPES,
  DEFAULT_DECISION_CASE_TYPES,
  DEFAULT_DECISION_STRATA,
  DECISIONS_WITHOUT_DEFICIENCIES_ID
} from "./decisions-without-deficiencies.js";
export type {DecisionsWithoutDeficienciesOptions, DecisionStratum} from "./decisions-without-deficiencies.js";
export {delegationByDepartment, delegationCounts, delegationOfCounts, DELEGATION_ID} from "./delegation.js";
export {childConversations, childConversationsOfCounts, childConversationCounts, childConversationSummary, childConversationSummaryOfCounts, CHILD_CONVERSATIONS_ID} from "./child-conversations.js";
export type {ChildConversationSummary, ChildConversationCountRow} from "./child-conversations.js";
export {escalationCounts, escalationCountsFromDecisions, escalationCountsFromTertials, escalationView, escalationRepeats, escalationRepeatsOfCounts, flowCounts, repeatsBeforeDistribution, survivalSummary, stalledCases, rungOf, isDemanding, moveKind, ESCALATION_ID, ESCALATION_WORDING, STALLED_AFTER_DAYS, RISK_TABLE_DAYS} from "./escalation.js";
export type {EscalationCounts, EscalationCountsInWindow, EscalationMoveRow, EscalationEpisodeRow, DemandingSpellRow, EscalationFilter, EscalationView, EscalationViewOptions, EscalationSummary, FlowCount, RepeatsBeforeDistribution, SurvivalSummary, StalledCase, MoveKind} from "./escalation.js";
export {preparationsSentBack, preparationsSentBackOfCounts, preparationsOverTime, preparationCounts, PREPARATIONS_ID} from "./preparations.js";
export type {PreparationCountRow, PreparationsOverTime} from "./preparations.js";
export {decisionMakerSpread, heterogeneity, spreadBeyondChance, DEFAULT_SPREAD_MINIMUM, SPREAD_ID} from "./decision-maker-spread.js";
export type {DecisionMakerSpread, Heterogeneity} from "./decision-maker-spread.js";
export {analyze, decisionMakerWindowFor} from "./analysis.js";
export * from "./counts.js";
export {decisionView, decisionCounts, countsFromDecisions, countsFromTertials, spreadOverTime, countTertials, NO_FILTER} from "./decision-view.js";
export type {DecisionView, DecisionCounts, DecisionFilter, CountsInWindow, SpreadPoint, DecisionViewOptions} from "./decision-view.js";
export type {Analysis, AnalysisInput, AnalysisOptions} from "./analysis.js";
export {analysisJson, analysisSummary} from "./analysis-report.js";
