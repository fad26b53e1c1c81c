/**
 * The figures the oracle checks, per measure, for one period and filter: each unit's cases, events and expected events,
 * the strata, the summaries, flows, survival counts and the national table. Computed by the oracle's own counting from
 * `Ingredients`: cells already restricted to a span, made either from the CSV rows (`ingredientsOfRows`) or from the
 * data loaders' counts (loader-counts.ts), so both paths meet the same aggregation.
 */
import {departmentOfDecisionMakers} from "./decisions.js";
import {conversationCases, conversationSummaries, type HomeCell} from "./children.js";
import type {Figures} from "./compare.js";
import type {Episode} from "./escalation.js";
import type {Filter, Selection} from "./filter.js";
import {expectedEvents, strataFigures, tally, unitFigures, type Reference} from "./tally.js";
import {nationalTable, type NationalCell} from "./tables.js";
import {decisionMakerSpanOf, spanOf, type Span} from "./window.js";

/** Decisions of one decision-maker, department, type of operation and case type: n cases, events among them. */
export interface DecisionCell {
  decision_maker: string;
  department: string;
  operation_type: string;
  case_type: string;
  n: number;
  events: number;
}

/** Moves of one decision-maker, department, case type and from → to. */
export interface MoveCell {
  decisionMaker: string;
  department: string;
  operation_type: string;
  case_type: string;
  from: string;
  to: string;
  kind: string;
  rung: number;
  count: number;
}

/** Cells of every measure, in a span. Filters other than the span are the oracle's to apply. */
export interface Ingredients {
  /** Fresh judgements in the span, of the case type asked (frequency supervision when null). */
  withoutDeficiencies(span: Span, caseType: string): DecisionCell[];
  /** Every decision in the span; events: taken by a delegated inspector. */
  delegation(span: Span): DecisionCell[];
  homes(span: Span): HomeCell[];
  /** Moves whose later decision lies in the span. */
  moves(span: Span): MoveCell[];
  episodes: readonly Episode[];
  national(span: Span): NationalCell[];
  preparations(span: Span): DecisionCell[];
}

/** Where each flagged measure takes its reference from: lika's choice of reference and units set aside (flagging, not counting). */
export type References = (measure: string) => {reference: Reference; setAside: string[]};

const keep = (filter: Filter) => (c: {operation_type: string; case_type: string}) =>
  (filter.operationType === null || c.operation_type === filter.operationType) && (filter.caseType === null || c.case_type === filter.caseType);

/** Units with their figures and expected events, and the strata over all units, of a measure's cells. */
function flagged(name: string, cells: (ReturnType<typeof conversationCases>[number])[], refs: References, shown: ((unit: string) => boolean) | null): Record<string, Figures[]> {
  const t = tally(cells);
  const {reference, setAside} = refs(name);
  return {[`${name}.units`]: unitFigures(t, shown, expectedEvents(t, reference, setAside)) as unknown as Figures[], [`${name}.strata`]: strataFigures(t)};
}

/** Every figure the oracle checks for a selection. */
export function oracleFigures(ing: Ingredients, {period, filter}: Selection, refs: References): Record<string, Figures[]> {
  const span = spanOf(period);
  const dmSpan = decisionMakerSpanOf(period);
  const dept = filter.department;
  const isDept = dept === null ? null : (u: string) => u === dept;
  const wdCase = filter.caseType ?? "frequency";
  const wdKeep = (c: DecisionCell) => filter.operationType === null || c.operation_type === filter.operationType;
  const wdDm = ing.withoutDeficiencies(dmSpan, wdCase).filter(wdKeep);
  const wdDept = ing.withoutDeficiencies(span, wdCase).filter(wdKeep);
  const dmDept = departmentOfDecisionMakers(wdDm);
  const cases = (cells: DecisionCell[], unit: "decision_maker" | "department") => cells.map((c) => ({unit: c[unit], stratum: `${c.operation_type}|${c.case_type}`, n: c.n, events: c.events}));

  const homes = ing.homes(span).filter((c) => filter.operationType === null || c.home_type === filter.operationType);
  const shownHomes = dept === null ? homes : homes.filter((c) => c.department === dept);

  const movesDept = ing.moves(span).filter(keep(filter));
  const movesDm = ing.moves(dmSpan).filter(keep(filter));
  const persisting = (m: MoveCell[], unit: "decisionMaker" | "department") => m.filter((c) => c.kind === "repeat" || c.kind === "step-up").map((c) => ({unit: c[unit], stratum: `${c.case_type}|${c.rung}`, n: c.count, events: c.kind === "repeat" ? c.count : 0}));

  return {
    ...flagged("decisions-without-deficiencies.byDecisionMaker", cases(wdDm, "decision_maker"), refs, dept === null ? null : (u) => dmDept.get(u) === dept),
    ...flagged("decisions-without-deficiencies.byDepartment", cases(wdDept, "department"), refs, isDept),
    ...flagged("delegation.byDepartment", ing.delegation(span).filter(keep(filter)).map((c) => ({unit: c.department, stratum: c.case_type, n: c.n, events: c.events})), refs, isDept),
    ...flagged("child-conversations.byDepartment", conversationCases(homes, "department"), refs, isDept),
    ...flagged("child-conversations.byTeam", conversationCases(homes, "team"), refs, dept === null ? null : (u) => homes.some((c) => c.team === u && c.department === dept)),
    "child-conversations.summary.byDepartment": conversationSummaries(shownHomes, "department"),
    "child-conversations.summary.byTeam": conversationSummaries(shownHomes, "team"),
    "child-conversations.summary.total": conversationSummaries(homes, "total"),
    ...escalationFigures(ing, movesDept, movesDm, span, filter, refs, persisting),
    ...flagged("preparations-sent-back.byDepartment", ing.preparations(span).map((c) => ({unit: c.department, stratum: "all", n: c.n, events: c.events})), refs, null),
    ...nationalFigures(ing.national(span))
  };
}

function escalationFigures(
  ing: Ingredients,
  movesDept: MoveCell[],
  movesDm: MoveCell[],
  span: Span,
  filter: Filter,
  refs: References,
  persisting: (m: MoveCell[], unit: "decisionMaker" | "department") => {unit: string; stratum: string; n: number; events: number}[]
): Record<string, Figures[]> {
  const dept = filter.department;
  const dmCells = persisting(movesDm, "decisionMaker");
  // A decision-maker belongs to the department of most of their persisting deficiencies in the window.
  const dmDept = departmentOfDecisionMakers(movesDm.filter((c) => c.kind === "repeat" || c.kind === "step-up").map((c) => ({decision_maker: c.decisionMaker, department: c.department, n: c.count})));
  const shownMoves = dept === null ? movesDept : movesDept.filter((c) => c.department === dept);
  const summary = new Map<string, {unit: string; repeats: number; stepUps: number; stepDowns: number; closures: number}>();
  // The department chosen is shown, with zeros when it has no moves.
  if (dept !== null) summary.set(dept, {unit: dept, repeats: 0, stepUps: 0, stepDowns: 0, closures: 0});
  const flows = new Map<string, {move: string; count: number}>();
  for (const m of shownMoves) {
    const s = summary.get(m.department) ?? {unit: m.department, repeats: 0, stepUps: 0, stepDowns: 0, closures: 0};
    s[({repeat: "repeats", "step-up": "stepUps", "step-down": "stepDowns", closed: "closures"} as const)[m.kind as "repeat"]] += m.count;
    summary.set(m.department, s);
    const key = `${m.from}>${m.to}:${m.kind}`;
    flows.set(key, {move: key, count: (flows.get(key)?.count ?? 0) + m.count});
  }
  const episodes = ing.episodes.filter(keep(filter)).filter((e) => e.start >= span.from && e.start <= span.to && (dept === null || e.department === dept));
  const done = (outcome: string) => episodes.filter((e) => e.outcome === outcome && e.end! <= span.to).length;
  return {
    ...flagged("escalation-repeats.byDepartment", persisting(movesDept, "department"), refs, dept === null ? null : (u) => u === dept),
    ...flagged("escalation-repeats.byDecisionMaker", dmCells, refs, dept === null ? null : (u) => dmDept.get(u) === dept),
    "escalation-repeats.summary.byDepartment": [...summary.values()],
    "escalation-repeats.flows": [...flows.values()],
    "escalation-repeats.survival.total": [{unit: "total", cases: episodes.length, escalated: done("escalated"), closed: done("closed"), censored: episodes.length - done("escalated") - done("closed")}]
  };
}

function nationalFigures(cells: NationalCell[]): Record<string, Figures[]> {
  const table = nationalTable(cells);
  return {"national-supervision.areas": table.areas as unknown as Figures[], "national-supervision.total": [table.total as unknown as Figures]};
}
