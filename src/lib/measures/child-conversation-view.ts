/**
 * What the page "Barnsamtal" and `lika analyze` show of child conversations for one period and filter: the headline
 * figures with their denominators, the flagged measure per department and team, the reasons for no conversation, an SPC
 * chart per department over time, assurance against the standard, and homes never heard. Both run stage (b) here on
 * counts from stage (a) (`childConversationCounts`, `homesNeverHeard`); only where the counts come from differs.
 *
 * Filters: the type of home chooses which inspections count (for every unit, so units are compared with the nation's
 * homes of that type); the department chooses which units are shown and what the headline sums (docs/methods.md).
 */
import {DEPARTMENTS, HOME_TYPES, type Department, type HomeType, type OperationType} from "../extract/codes.js";
import type {InspectionRow} from "../extract/inspection-row.js";
import {DEFAULT_FLAG_POLICY} from "../flags/policy.js";
import type {FlagPolicy} from "../flags/types.js";
import {isInPeriod, lastDayOfMonth, type Period, type Window} from "../period.js";
import {pChart, type PChartResult} from "../stats/p-chart.js";
import type {Assurance} from "../stats/spc-rules.js";
import {
  childConversationCounts,
  childConversationsOfCounts,
  childConversationSummaryOfCounts,
  type ChildConversationCountRow,
  type ChildConversationSummary
} from "./child-conversations.js";
import {departmentOfUnits} from "./counts.js";
import {keepUnits, type AssessedMeasure} from "./assessed-measure.js";
import {homesNeverHeard, homesNeverHeardIn, type HomeNeverHeard} from "./homes-never-heard.js";

/** Stage (a) of child conversations: count rows per department, team, type of home and month, and homes never heard. */
export interface ChildConversationData {
  rows: ChildConversationCountRow[];
  /** Null where the build leaves home ids out (a public build). */
  homesNeverHeard: HomeNeverHeard[] | null;
}

/** Stage (a) over inspection rows (only those in `window` when given; homes never heard always over every inspection). */
export function childConversationData(inspections: readonly InspectionRow[], window?: Window, options: {withHomes?: boolean} = {}): ChildConversationData {
  return childConversationDataOf(childConversationCounts(inspections, window), () => homesNeverHeard(inspections), options);
}

/** The same from stage (a) already counted (the build counts once for every page): the homes only when asked for. */
export function childConversationDataOf(rows: ChildConversationCountRow[], homes: () => HomeNeverHeard[], options: {withHomes?: boolean} = {}): ChildConversationData {
  return {rows, homesNeverHeard: options.withHomes === false ? null : homes()};
}

/** The count rows of a window: from inspection rows exactly the inspections dated in it, from monthly counts the months lying in it. */
export type ChildCountsInWindow = (window: Window) => ChildConversationCountRow[];

export function childCountsFromInspections(inspections: readonly InspectionRow[]): ChildCountsInWindow {
  return (window) => childConversationCounts(inspections, window);
}

export function childCountsFromMonths(rows: readonly ChildConversationCountRow[]): ChildCountsInWindow {
  // Which months lie in the window is decided once per month, not once per row (the overview asks every tertial).
  const months = [...new Set(rows.map((r) => r.month))];
  return (window) => {
    const inWindow = new Set(months.filter((m) => isInPeriod(`${m}-01`, window) && isInPeriod(lastDayOfMonth(m), window)));
    return rows.filter((r) => inWindow.has(r.month));
  };
}

/** The filters of the page; null = all. */
export interface ChildConversationFilter {
  department: Department | null;
  homeType: HomeType | null;
}

/**
 * The type of home of a type-of-operation filter (`--operation-type`, the page's "Verksamhetstyp"): itself when it is a
 * type of home, `undefined` when it is another type of operation (no inspected home matches it).
 */
export function homeTypeOf(operationType: OperationType | null): HomeType | null | undefined {
  if (operationType === null) return null;
  return HOME_TYPES.some((t) => t.code === operationType) ? (operationType as HomeType) : undefined;
}

/** Points per department on the SPC charts: tertials when there are at least this many, else months. */
export const SPC_MINIMUM_POINTS = 12;

/** The standard: every home where a child was present and agreed has a conversation. */
export const CONVERSATION_STANDARD = 1;

export interface SpcPoint {
  /** "2023T2" or "2023-05". */
  key: string;
  /** The tertial the point lies in (its own key for a tertial). */
  tertial: string;
  events: number;
  n: number;
}

/** One department over time: the flagged measure on a p-chart, and the standard's measure with its assurance. */
export interface DepartmentOverTime {
  department: Department;
  label: string;
  grain: "tertial" | "month";
  /** Points of the flagged measure (homes with a child present; points with none left out). */
  points: SpcPoint[];
  /** Null when no point has a home with a child present. */
  chart: PChartResult | null;
  /** Homes where a child agreed, and those with a conversation, per point. */
  standardPoints: SpcPoint[];
  standardChart: PChartResult | null;
  /** P/F/? against CONVERSATION_STANDARD; null when no child agreed anywhere. */
  assurance: Assurance | null;
}

export interface ChildConversationView {
  period: Period;
  filter: ChildConversationFilter;
  /** The headline's unit: the department chosen, else the nation ("total"); null when no home was inspected. */
  headline: ChildConversationSummary | null;
  byDepartment: AssessedMeasure;
  byTeam: AssessedMeasure;
  summary: {byDepartment: ChildConversationSummary[]; byTeam: ChildConversationSummary[]};
  /** Per department shown, up to the end of the period. */
  overTime: DepartmentOverTime[];
  /** Homes never heard whose later inspection lies in the period; null where the build has no home ids. */
  homesNeverHeard: HomeNeverHeard[] | null;
}

/** Each team's department: the one holding most of its inspected homes (ties: the first code). */
export function departmentOfTeams(rows: readonly ChildConversationCountRow[]): Map<string, Department> {
  return departmentOfUnits(rows.map((r) => ({unit: r.team, department: r.department, cases: r.inspectedHomes})));
}

/** Points of one measure over time: per tertial or month, those with cases, in order. */
function seriesOf(rows: readonly ChildConversationCountRow[], grain: "tertial" | "month", cases: (r: ChildConversationCountRow) => number, events: (r: ChildConversationCountRow) => number): SpcPoint[] {
  const by = new Map<string, SpcPoint>();
  for (const r of rows) {
    const key = grain === "tertial" ? r.tertial : r.month;
    const p = by.get(key) ?? {key, tertial: r.tertial, events: 0, n: 0};
    p.events += events(r);
    p.n += cases(r);
    by.set(key, p);
  }
  return [...by.values()].filter((p) => p.n > 0).sort((a, b) => (a.key < b.key ? -1 : 1));
}

/**
 * Assurance against the standard from the chart of the standard's measure. pChart compares strictly (as
 * NHSRplotthedots); a process that met a 100 % standard at every point has zero-width limits at the target, which is
 * a consistent pass, not hit and miss.
 */
function standardAssurance(chart: PChartResult | null): Assurance | null {
  if (chart === null) return null;
  if (CONVERSATION_STANDARD === 1 && chart.centre === 1) return "pass_consistently";
  return chart.assurance;
}

/** Points of the SPC charts: "auto" takes tertials when there are at least SPC_MINIMUM_POINTS of them, else months. */
export type SpcGrain = "auto" | "tertial" | "month";

/** One department's charts over the count rows (already chosen for the type of home), tertials or months. */
export function departmentOverTime(rows: readonly ChildConversationCountRow[], department: Department, grainChoice: SpcGrain = "auto"): DepartmentOverTime {
  const own = rows.filter((r) => r.department === department);
  const tertials = new Set(own.filter((r) => r.homesWithChildPresent > 0).map((r) => r.tertial));
  const grain = grainChoice !== "auto" ? grainChoice : tertials.size >= SPC_MINIMUM_POINTS ? "tertial" : "month";
  const points = seriesOf(own, grain, (r) => r.homesWithChildPresent, (r) => r.homesWithChildPresentAndConversation);
  const standardPoints = seriesOf(own, grain, (r) => r.homesWithChildAgreed, (r) => r.homesWithChildAgreedAndConversation);
  const chart = points.length > 0 ? pChart(points, {improvement: "increase", minimumBaseline: SPC_MINIMUM_POINTS}) : null;
  const standardChart = standardPoints.length > 0 ? pChart(standardPoints, {improvement: "increase", target: CONVERSATION_STANDARD, minimumBaseline: SPC_MINIMUM_POINTS}) : null;
  return {
    department,
    label: DEPARTMENTS.find((d) => d.code === department)?.label ?? department,
    grain,
    points,
    chart,
    standardPoints,
    standardChart,
    assurance: standardAssurance(standardChart)
  };
}

export interface ChildConversationViewOptions {
  policy?: FlagPolicy;
  /** Stage (a)'s homes never heard (null or omitted: none to show). */
  homesNeverHeard?: readonly HomeNeverHeard[] | null;
  /** Points of the SPC charts (default "auto"). */
  grain?: SpcGrain;
}

/** Stage (b) of child conversations for one period and filter. `countsIn` gives count rows of a window. */
export function childConversationView(countsIn: ChildCountsInWindow, period: Period, filter: ChildConversationFilter, options: ChildConversationViewOptions = {}): ChildConversationView {
  const policy = options.policy ?? DEFAULT_FLAG_POLICY;
  const ofType = (rows: readonly ChildConversationCountRow[]) => (filter.homeType === null ? [...rows] : rows.filter((r) => r.home_type === filter.homeType));
  const periodRows = ofType(countsIn(period));
  const dept = filter.department;
  const teamDepartment = departmentOfTeams(periodRows);
  const keepDepartment = (unit: string) => dept === null || unit === dept;
  const keepTeam = (unit: string) => dept === null || teamDepartment.get(unit) === dept;
  const shownRows = dept === null ? periodRows : periodRows.filter((r) => r.department === dept);
  const headline = dept === null ? (childConversationSummaryOfCounts(periodRows, "total")[0] ?? null) : (childConversationSummaryOfCounts(shownRows, "department")[0] ?? null);
  // Over time: everything up to the end of the period.
  const historyRows = ofType(countsIn({from: "0000-01-01", to: period.to}));
  const departments = DEPARTMENTS.map((d) => d.code).filter((d) => keepDepartment(d) && historyRows.some((r) => r.department === d));
  return {
    period,
    filter: {...filter},
    headline,
    byDepartment: keepUnits(childConversationsOfCounts(periodRows, "department", period, policy), keepDepartment),
    byTeam: keepUnits(childConversationsOfCounts(periodRows, "team", period, policy), keepTeam),
    summary: {
      byDepartment: childConversationSummaryOfCounts(shownRows, "department"),
      byTeam: childConversationSummaryOfCounts(shownRows, "team")
    },
    overTime: departments.map((d) => departmentOverTime(historyRows, d, options.grain ?? "auto")),
    homesNeverHeard: options.homesNeverHeard ? homesNeverHeardIn(options.homesNeverHeard, period, filter) : null
  };
}
