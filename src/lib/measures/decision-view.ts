/**
 * What the page "Beslut utan brister" and `lika analyze` show of the decision measures for one period and filter:
 * decisions without deficiencies per decision-maker and department, the spread between decision-makers and
 * delegation per department. Both run stage (b) on counts from stage (a) (src/lib/measures/counts.ts); only where the
 * counts come from differs (decision rows, a data loader's file, or a local extract read in the browser).
 *
 * Filters (docs/methods.md, "Filtered views"): type of operation and case type choose which decisions count; the
 * department chooses which units are shown. Units are always compared with the nation: stratum rates, target, φ, τ²
 * and q come from every unit under the same choice of decisions.
 */
import type {CaseType, Department, OperationType} from "../extract/codes.js";
import type {DecisionRow} from "../extract/decision-row.js";
import {indirectStandardisationOfCounts} from "../flags/indirect-standardisation.js";
import {DEFAULT_FLAG_POLICY} from "../flags/policy.js";
import type {FlagPolicy} from "../flags/types.js";
import {tertialBounds, tertialInWindow, tertialPeriodOf, twelveMonthsEnding, type Period, type Window} from "../period.js";
import {departmentOfUnits, selectCounts, stratumCounts, tertialsOf, type CountRow} from "./counts.js";
import {decisionMakerSpread, DEFAULT_SPREAD_MINIMUM, type DecisionMakerSpread, type Heterogeneity} from "./decision-maker-spread.js";
import {spreadConclusion} from "../format/spread-sentence.js";
import {
  DEFAULT_DECISION_CASE_TYPES,
  DEFAULT_DECISION_STRATA,
  decisionsWithoutDeficienciesCounts,
  decisionsWithoutDeficienciesOfCounts,
  type DecisionStratum
} from "./decisions-without-deficiencies.js";
import {delegationCounts, delegationOfCounts} from "./delegation.js";
import {adjustedShrinkage, type AdjustedShrinkage} from "./adjusted-shrinkage.js";
import {keepUnits, type AssessedMeasure} from "./assessed-measure.js";

/** Stage (a) of the decision measures: the count rows each needs. */
export interface DecisionCounts {
  withoutDeficiencies: CountRow[];
  delegation: CountRow[];
}

/** Stage (a) over decision rows (only those in `window` when given). */
export function decisionCounts(decisions: readonly DecisionRow[], window?: Window): DecisionCounts {
  return {withoutDeficiencies: decisionsWithoutDeficienciesCounts(decisions, window), delegation: delegationCounts(decisions, window)};
}

/** The filters of a view; null = all. */
export interface DecisionFilter {
  department: Department | null;
  operationType: OperationType | null;
  caseType: CaseType | null;
}

export const NO_FILTER: DecisionFilter = Object.freeze({department: null, operationType: null, caseType: null});

/**
 * The counts of a window. From decision rows, exactly the decisions dated in the window (any window); from tertial
 * counts, the tertials lying wholly in it (a year or a tertial, and the twelve months ending with one, are whole tertials).
 */
export type CountsInWindow = (window: Window) => DecisionCounts;

export function countsFromDecisions(decisions: readonly DecisionRow[]): CountsInWindow {
  return (window) => decisionCounts(decisions, window);
}

export function countsFromTertials(counts: DecisionCounts): CountsInWindow {
  const tertials = [...new Set([...counts.withoutDeficiencies, ...counts.delegation].map((r) => r.tertial))];
  // A page asks for the same few windows on every filter change: keep each selection (the counts never change).
  const selected = new Map<string, DecisionCounts>();
  return (window) => {
    const key = `${window.from}..${window.to}`;
    let hit = selected.get(key);
    if (!hit) {
      // Which tertials lie in the window is decided once per tertial, not once per row.
      const chosen = new Set(tertials.filter((t) => tertialInWindow(t, window)));
      hit = {withoutDeficiencies: counts.withoutDeficiencies.filter((r) => chosen.has(r.tertial)), delegation: counts.delegation.filter((r) => chosen.has(r.tertial))};
      selected.set(key, hit);
    }
    return hit;
  };
}

export interface DecisionViewOptions {
  policy?: FlagPolicy;
  /** Default: twelve months ending with a tertial, else the period. */
  decisionMakerWindow?: Window;
  spreadMinimum?: number;
  strata?: readonly DecisionStratum[];
  /** Case types of decisions without deficiencies when the filter names none (default: frequency supervision). */
  caseTypes?: readonly CaseType[];
}

export interface DecisionView {
  period: Period;
  decisionMakerWindow: Window;
  filter: DecisionFilter;
  byDecisionMaker: AssessedMeasure;
  byDepartment: AssessedMeasure;
  /** The spread with its Swedish sentence (`spreadConclusion`: is it more than case mix and chance?). */
  spread: DecisionMakerSpread & {conclusion: string; window: Window};
  delegation: AssessedMeasure;
  /**
   * Shrunken adjusted shares (95 % intervals) of every decision-maker of the measure, the prior estimated from all of them
   * (not only those shown); null when the national share is 0 or 1.
   */
  shrinkage: AdjustedShrinkage | null;
  /** Each decision-maker's department in the decision-maker window (where most of their decisions were). */
  departmentOf: Record<string, Department>;
}

/** The decision-maker window for a period: the twelve months ending with a tertial, else the period itself. */
export function decisionMakerWindowFor(period: Period): Window {
  if (period.kind !== "tertial") return {from: period.from, to: period.to};
  const w = twelveMonthsEnding(period);
  return {from: w.from, to: w.to};
}

function caseTypesOf(filter: DecisionFilter, fallback: readonly CaseType[]): readonly CaseType[] {
  return filter.caseType === null ? fallback : [filter.caseType];
}

/** Stage (b) of the decision measures for one period and filter. */
export function decisionView(countsIn: CountsInWindow, period: Period, filter: DecisionFilter = NO_FILTER, options: DecisionViewOptions = {}): DecisionView {
  const policy = options.policy ?? DEFAULT_FLAG_POLICY;
  const strata = options.strata ?? DEFAULT_DECISION_STRATA;
  const dmWindow = options.decisionMakerWindow ?? decisionMakerWindowFor(period);
  const dwdCaseTypes = caseTypesOf(filter, options.caseTypes ?? DEFAULT_DECISION_CASE_TYPES);
  const choose = (rows: readonly CountRow[], caseTypes: readonly CaseType[] | null) => selectCounts(rows, {window: null, operationType: filter.operationType, caseTypes});

  const dmRows = choose(countsIn(dmWindow).withoutDeficiencies, dwdCaseTypes);
  const periodCounts = countsIn(period);
  const periodRows = choose(periodCounts.withoutDeficiencies, dwdCaseTypes);
  const departmentOf = departmentOfUnits(dmRows);
  const dept = filter.department;
  const keepPerson = (unit: string) => dept === null || departmentOf.get(unit) === dept;
  const keepDepartment = (unit: string) => dept === null || unit === dept;
  const dwdOptions = {strata, policy, caseTypes: dwdCaseTypes};

  const people = decisionsWithoutDeficienciesOfCounts(dmRows, "decision-maker", dmWindow, dwdOptions);
  const spread = decisionMakerSpreadIn(countsIn(dmWindow).withoutDeficiencies, filter, {...options, strata});
  return {
    period,
    decisionMakerWindow: {from: dmWindow.from, to: dmWindow.to},
    filter: {...filter},
    byDecisionMaker: keepUnits(people, keepPerson),
    byDepartment: keepUnits(decisionsWithoutDeficienciesOfCounts(periodRows, "department", period, dwdOptions), keepDepartment),
    spread: {...spread, conclusion: spreadConclusion(spread.beforeCaseMix, spread.afterCaseMix), window: {from: dmWindow.from, to: dmWindow.to}},
    delegation: keepUnits(delegationOfCounts(choose(periodCounts.delegation, filter.caseType === null ? null : [filter.caseType]), period, policy), keepDepartment),
    shrinkage: people.target > 0 && people.target < 1 ? adjustedShrinkage(people.units, people.target) : null,
    departmentOf: Object.fromEntries([...departmentOf].sort(([a], [b]) => (a < b ? -1 : 1)))
  };
}

/** The spread at one tertial: τ and I² before and after case mix over the twelve months ending with it. */
export interface SpreadPoint {
  tertial: string;
  window: Window;
  beforeCaseMix: Heterogeneity;
  afterCaseMix: Heterogeneity;
}

/**
 * The spread between decision-makers per tertial (each over the twelve months ending with it), for the tertials given
 * whose whole window has data (`tertials[0]` is the first tertial with data). Only the spread is computed, not the flags.
 */
export function spreadOverTime(countsIn: CountsInWindow, tertials: readonly string[], filter: DecisionFilter = NO_FILTER, options: DecisionViewOptions = {}): SpreadPoint[] {
  if (tertials.length === 0) return [];
  const first = tertialBounds(tertials[0]!).from;
  return tertials.flatMap((t) => {
    const window = twelveMonthsEnding(tertialBounds(t));
    if (window.from < first) return [];
    const s = decisionMakerSpreadIn(countsIn(window).withoutDeficiencies, filter, options);
    return [{tertial: t, window: {from: window.from, to: window.to}, beforeCaseMix: s.beforeCaseMix, afterCaseMix: s.afterCaseMix}];
  });
}

/** The spread between the decision-makers shown (department filter) of the count rows of one window, against national rates. */
function decisionMakerSpreadIn(rows: readonly CountRow[], filter: DecisionFilter, options: DecisionViewOptions): DecisionMakerSpread {
  const chosen = selectCounts(rows, {window: null, operationType: filter.operationType, caseTypes: caseTypesOf(filter, options.caseTypes ?? DEFAULT_DECISION_CASE_TYPES)});
  const departmentOf = departmentOfUnits(chosen);
  const keep = filter.department === null ? undefined : (unit: string) => departmentOf.get(unit) === filter.department;
  const standardised = indirectStandardisationOfCounts(stratumCounts(chosen, (r) => r.unit, options.strata ?? DEFAULT_DECISION_STRATA));
  return decisionMakerSpread(standardised, options.spreadMinimum ?? DEFAULT_SPREAD_MINIMUM, keep);
}

/** The tertials of the counts, in order ("2023T1", …). */
export function countTertials(counts: DecisionCounts): string[] {
  return tertialsOf(counts.withoutDeficiencies);
}

/** One decision-maker at one tertial: the assessment over the twelve months ending with it, and the case mix counted. */
export interface DecisionMakerTertial {
  tertial: string;
  window: Window;
  assessment: AssessedMeasure["units"][number] | null;
  /** Decisions (cases) and decisions without deficiencies (events) per type of operation in the window. */
  caseMix: {operationType: OperationType; cases: number; events: number}[];
}

/** A decision-maker over every tertial whose twelve-month window lies within the data (the decision-maker page). */
export function decisionMakerHistory(countsIn: CountsInWindow, unit: string, tertials: readonly string[], filter: DecisionFilter = NO_FILTER, options: DecisionViewOptions = {}): DecisionMakerTertial[] {
  if (tertials.length === 0) return [];
  const first = tertialBounds(tertials[0]!).from;
  const caseTypes = caseTypesOf(filter, options.caseTypes ?? DEFAULT_DECISION_CASE_TYPES);
  return tertials.flatMap((t) => {
    const window = twelveMonthsEnding(tertialBounds(t));
    if (window.from < first) return [];
    const view = decisionView(countsIn, tertialPeriodOf(t), filter, {...options, decisionMakerWindow: window});
    const rows = selectCounts(countsIn(window).withoutDeficiencies, {window: null, operationType: filter.operationType, caseTypes}).filter((r) => r.unit === unit);
    const mix = new Map<OperationType, {cases: number; events: number}>();
    for (const r of rows) {
      const m = mix.get(r.operation_type) ?? {cases: 0, events: 0};
      m.cases += r.cases;
      m.events += r.events;
      mix.set(r.operation_type, m);
    }
    return [{
      tertial: t,
      window: {from: window.from, to: window.to},
      assessment: view.byDecisionMaker.units.find((u) => u.unit === unit) ?? null,
      caseMix: [...mix].map(([operationType, m]) => ({operationType, ...m})).sort((a, b) => b.cases - a.cases)
    }];
  });
}
