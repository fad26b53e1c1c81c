/**
 * What the page "Eskaleringstrappor" and `lika analyze` show of the escalation measures for one period and filter: flows
 * between rungs, the share of persisting deficiencies met by a repeat (flagged, per department and decision-maker),
 * repeats before escalation, time to escalation or closure with open cases censored at the period's end, and stalled
 * cases. It runs on counts from stage (a) (`escalationCounts`); only where the counts come from differs (decision
 * rows, a data loader's file). Pure: no DOM, no node:*.
 */
import {DEPARTMENTS, type CaseType, type Department, type OperationType} from "../extract/codes.js";
import {DEFAULT_FLAG_POLICY} from "../flags/policy.js";
import type {FlagPolicy} from "../flags/types.js";
import {isInPeriod, twelveMonthsEnding, type Period} from "../period.js";
import {keepUnits, unitLabel, type AssessedMeasure} from "./assessed-measure.js";
import type {Window} from "../period.js";
import {compareText, departmentOfUnits, type CountRow} from "./counts.js";
import type {EscalationCountsInWindow, EscalationMoveRow} from "./escalation-counts.js";
import {escalationRepeatsOfCounts} from "./escalation.js";
import {escalationSummaries, flowCounts, stalledCases, survivalSummary, STALLED_AFTER_DAYS, type EscalationSummary, type FlowCount, type StalledCase, type SurvivalSummary} from "./escalation-summaries.js";

/** The filters of a view (as the decision pages'); null = all. */
export interface EscalationFilter {
  department: Department | null;
  operationType: OperationType | null;
  caseType: CaseType | null;
}

export interface EscalationViewOptions {
  policy?: FlagPolicy;
  /** Window of the decision-maker measure; default: twelve months ending with a tertial, else the period. */
  decisionMakerWindow?: Window;
  /** Days after which an open case with a demanding last decision counts as stalled (default 180). */
  stalledAfterDays?: number;
}

export interface EscalationView {
  period: Period;
  decisionMakerWindow: Window;
  filter: EscalationFilter;
  stalledAfterDays: number;
  /** Flagged: share of persisting deficiencies met by a repeat, per department (the period) and decision-maker (their window). */
  byDepartment: AssessedMeasure;
  byDecisionMaker: AssessedMeasure;
  /** Each decision-maker's department in their window (where most of their persisting deficiencies were met). */
  departmentOf: Record<string, Department>;
  /** Moves in the period between decision types (the department filter applied), and per department. */
  flows: FlowCount[];
  flowsByDepartment: {department: Department; label: string; flows: FlowCount[]}[];
  summary: {total: EscalationSummary; byDepartment: EscalationSummary[]; byDecisionMaker: EscalationSummary[]};
  /** Time to escalation or closure: all cases shown, and per department. */
  survival: {total: SurvivalSummary; byDepartment: SurvivalSummary[]};
  /** Stalled at the period's end, longest wait first. */
  stalled: StalledCase[];
}

/** The decision-maker window for a period: the twelve months ending with a tertial, else the period itself. */
function decisionMakerWindowOf(period: Period): Window {
  if (period.kind !== "tertial") return {from: period.from, to: period.to};
  const w = twelveMonthsEnding(period);
  return {from: w.from, to: w.to};
}

function matches(filter: EscalationFilter, row: {operation_type: OperationType; case_type: CaseType}): boolean {
  return (filter.operationType === null || row.operation_type === filter.operationType) && (filter.caseType === null || row.case_type === filter.caseType);
}

/**
 * Stage (b) for one period and filter. Type of operation and case type choose which moves, cases and spells count; the
 * department chooses what is shown: the flows, times and stalled cases of its cases, and only its units in the flagged
 * measure, which still compares them with the nation (docs/methods.md, "Filtered views").
 */
export function escalationView(countsIn: EscalationCountsInWindow, period: Period, filter: EscalationFilter, options: EscalationViewOptions = {}): EscalationView {
  const policy = options.policy ?? DEFAULT_FLAG_POLICY;
  const dmWindow = options.decisionMakerWindow ?? decisionMakerWindowOf(period);
  const afterDays = options.stalledAfterDays ?? STALLED_AFTER_DAYS;
  const counts = countsIn(period);
  const moves = counts.moves.filter((m) => matches(filter, m));
  const dmMoves = countsIn(dmWindow).moves.filter((m) => matches(filter, m));
  const inDepartment = <T extends {department: Department}>(rows: readonly T[]) => (filter.department === null ? [...rows] : rows.filter((r) => r.department === filter.department));

  const persisting = (rows: readonly EscalationMoveRow[]): CountRow[] =>
    rows.filter((m) => m.kind === "repeat" || m.kind === "step-up").map((m) => ({unit: m.decisionMaker, department: m.department, operation_type: m.operation_type, case_type: m.case_type, tertial: m.tertial, cases: m.count, events: 0}));
  const departmentOf = departmentOfUnits(persisting(dmMoves));
  const keepPerson = (unit: string) => filter.department === null || departmentOf.get(unit) === filter.department;
  const keepDepartment = (unit: string) => filter.department === null || unit === filter.department;

  const allStalled = stalledCases(counts.spells.filter((s) => matches(filter, s)), period.to, afterDays);
  const stalled = inDepartment(allStalled);
  // Survival looks at the episodes begun in the period (survivalSummary): choose them once, not once per department.
  const episodes = counts.episodes.filter((e) => isInPeriod(e.start, period) && matches(filter, e));
  const shownMoves = inDepartment(moves);
  const departments = DEPARTMENTS.map((d) => d.code as Department).filter((d) => filter.department === null || d === filter.department);
  const shownPeople = dmMoves.filter((m) => keepPerson(m.decisionMaker));
  return {
    period,
    decisionMakerWindow: {from: dmWindow.from, to: dmWindow.to},
    filter: {...filter},
    stalledAfterDays: afterDays,
    byDepartment: keepUnits(escalationRepeatsOfCounts(moves, "department", period, policy), keepDepartment),
    byDecisionMaker: keepUnits(escalationRepeatsOfCounts(dmMoves, "decision-maker", dmWindow, policy), keepPerson),
    departmentOf: Object.fromEntries([...departmentOf].sort(([a], [b]) => compareText(a, b))),
    flows: flowCounts(shownMoves),
    flowsByDepartment: departments.map((d) => ({department: d, label: unitLabel("department")(d), flows: flowCounts(moves.filter((m) => m.department === d))})),
    summary: {
      total: escalationSummaries(shownMoves, stalled, "total")[0]!,
      byDepartment: escalationSummaries(shownMoves, stalled, "department"),
      byDecisionMaker: escalationSummaries(shownPeople, allStalled.filter((s) => keepPerson(s.decisionMaker)), "decision-maker")
    },
    survival: {
      total: survivalSummary(inDepartment(episodes), period, "total", "Alla"),
      byDepartment: departments.map((d) => survivalSummary(episodes.filter((e) => e.department === d), period, d, unitLabel("department")(d)))
    },
    stalled
  };
}
