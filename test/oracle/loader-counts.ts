/**
 * The counts the pages load, turned into the oracle's ingredients (figures.ts) by the oracle's own selection and
 * summing, and compared cell by cell with the same cells counted from the CSV rows.
 */
import {homeCell, type HomeCell} from "./children.js";
import {DELEGATED, FRESH_JUDGEMENTS, WITHOUT_DEFICIENCIES} from "./decisions.js";
import type {DecodedCounts} from "./decode-counts.js";
import {RUNG} from "./escalation.js";
import type {Figures} from "./compare.js";
import type {Ingredients} from "./figures.js";
import type {SampleRows} from "./read-sample.js";
import {spanOf, tertialOf, type Span} from "./window.js";

/** Whether a tertial ("2023T2") lies wholly in the span. */
function tertialIn(tertial: string, span: Span): boolean {
  const t = spanOf(tertial);
  return t.from >= span.from && t.to <= span.to;
}

/** Whether a month ("2023-05") lies in the span (spans here are whole months). */
const monthIn = (month: string, span: Span) => `${month}-01` >= span.from && `${month}-01` <= span.to;

export function ingredientsOfCounts(c: DecodedCounts): Ingredients {
  const decisionCells = (rows: DecodedCounts["withoutDeficiencies"]) => rows.map((r) => ({decision_maker: r.unit, department: r.department, operation_type: r.operation_type, case_type: r.case_type, n: r.cases, events: r.events}));
  return {
    withoutDeficiencies: (span, caseType) => decisionCells(c.withoutDeficiencies.filter((r) => r.case_type === caseType && tertialIn(r.tertial, span))),
    delegation: (span) => decisionCells(c.delegation.filter((r) => tertialIn(r.tertial, span))),
    homes: (span) => c.homes.filter((r) => monthIn(r.month, span)),
    moves: (span) => c.moves.filter((m) => tertialIn(m.tertial, span)).map((m) => ({...m, rung: RUNG[m.from]!})),
    episodes: c.episodes,
    national: (span) => c.national.filter((r) => r.tertial !== "" && tertialIn(r.tertial, span)),
    preparations: (span) => c.preparations.filter((r) => monthIn(r.month, span)).map((r) => ({decision_maker: "", department: r.department, operation_type: "", case_type: "", n: r.cases, events: r.events}))
  };
}

/** Sums `value` of each record into cells keyed by `key`; a cell is {cell, ...sums}. */
function cells<T>(rows: readonly T[], key: (r: T) => string, value: (r: T) => Record<string, number>): Figures[] {
  const out = new Map<string, Record<string, number | string>>();
  for (const r of rows) {
    const k = key(r);
    const cell = out.get(k) ?? {cell: k};
    for (const [name, v] of Object.entries(value(r))) cell[name] = ((cell[name] as number | undefined) ?? 0) + v;
    out.set(k, cell);
  }
  return [...out.values()];
}

const decisionKey = (r: {department: string; operation_type: string; case_type: string}, unit: string, tertial: string) => `${unit}|${r.department}|${r.operation_type}|${r.case_type}|${tertial}`;

/**
 * The cells of the counts files as the oracle counts them from the CSV rows, and as the files hold them: decisions
 * without deficiencies and delegation per decision-maker × department × type of operation × case type × tertial,
 * homes per department × team × type of home × month, preparations per department × month. Empty cells are left out.
 */
export function countCells(sample: SampleRows, counts: DecodedCounts): {oracle: Record<string, Figures[]>; files: Record<string, Figures[]>} {
  const d = sample.decisions;
  const fresh = d.filter((r) => FRESH_JUDGEMENTS.includes(r.decision_type!));
  const homeValue = (h: HomeCell) => ({
    inspectedHomes: h.inspectedHomes,
    homesWithConversation: h.homesWithConversation,
    homesWithChildPresent: h.homesWithChildPresent,
    homesWithChildPresentAndConversation: h.homesWithChildPresentAndConversation,
    childrenPlaced: h.childrenPlaced,
    childrenAgreed: h.childrenAgreed,
    childrenSpoken: h.childrenSpoken,
    ...h.reasons
  });
  return {
    oracle: {
      "decision-counts.withoutDeficiencies": cells(fresh, (r) => decisionKey(r as never, r.decision_maker!, tertialOf(r.decision_date!)), (r) => ({cases: 1, events: Number(r.decision_type === WITHOUT_DEFICIENCIES)})),
      "decision-counts.delegation": cells(d, (r) => decisionKey(r as never, r.decision_maker!, tertialOf(r.decision_date!)), (r) => ({cases: 1, events: Number(r.decision_maker_role === DELEGATED)})),
      "child-conversation-counts": cells(sample.inspections, (r) => `${r.department}|${r.team}|${r.home_type}|${r.inspection_date!.slice(0, 7)}`, (r) => homeValue(homeCell(r))),
      "preparation-counts": cells(sample.preparations, (r) => `${r.department}|${r.presented_date!.slice(0, 7)}`, (r) => ({cases: 1, events: Number(r.outcome === "sent_back")}))
    },
    files: {
      "decision-counts.withoutDeficiencies": cells(counts.withoutDeficiencies, (r) => decisionKey(r, r.unit, r.tertial), (r) => ({cases: r.cases, events: r.events})),
      "decision-counts.delegation": cells(counts.delegation, (r) => decisionKey(r, r.unit, r.tertial), (r) => ({cases: r.cases, events: r.events})),
      "child-conversation-counts": cells(counts.homes, (r) => `${r.department}|${r.team}|${r.home_type}|${r.month}`, homeValue),
      "preparation-counts": cells(counts.preparations, (r) => `${r.department}|${r.month}`, (r) => ({cases: r.cases, events: r.events}))
    }
  };
}
