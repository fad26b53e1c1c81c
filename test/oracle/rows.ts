/** The oracle's ingredients made from the sample's CSV rows: one cell per row, chosen by its own date. */
import {homeCell} from "./children.js";
import {DELEGATED, FRESH_JUDGEMENTS, WITHOUT_DEFICIENCIES} from "./decisions.js";
import {ladders} from "./escalation.js";
import type {DecisionCell, Ingredients} from "./figures.js";
import type {CsvRow, SampleRows} from "./read-sample.js";
import {nationalCells} from "./tables.js";
import {inSpan} from "./window.js";

const decisionCell = (d: CsvRow, event: boolean): DecisionCell => ({
  decision_maker: d.decision_maker!,
  department: d.department!,
  operation_type: d.operation_type!,
  case_type: d.case_type!,
  n: 1,
  events: event ? 1 : 0
});

export function ingredientsOfRows(sample: SampleRows): Ingredients {
  const {moves, episodes} = ladders(sample.decisions);
  return {
    withoutDeficiencies: (span, caseType) =>
      sample.decisions
        .filter((d) => d.case_type === caseType && FRESH_JUDGEMENTS.includes(d.decision_type!) && inSpan(d.decision_date!, span))
        .map((d) => decisionCell(d, d.decision_type === WITHOUT_DEFICIENCIES)),
    delegation: (span) => sample.decisions.filter((d) => inSpan(d.decision_date!, span)).map((d) => decisionCell(d, d.decision_maker_role === DELEGATED)),
    homes: (span) => sample.inspections.filter((r) => inSpan(r.inspection_date!, span)).map(homeCell),
    moves: (span) => moves.filter((m) => inSpan(m.date, span)).map((m) => ({...m, count: 1})),
    episodes,
    national: (span) => nationalCells(sample.decisions, span),
    preparations: (span) =>
      sample.preparations
        .filter((r) => inSpan(r.presented_date!, span))
        .map((r) => ({decision_maker: "", department: r.department!, operation_type: "", case_type: "", n: 1, events: r.outcome === "sent_back" ? 1 : 0}))
  };
}
