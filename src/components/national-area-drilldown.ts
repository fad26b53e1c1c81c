/**
 * Drill-down of one national-supervision area: per tertial, the decisions on each rung of the table's columns (initial,
 * second and third report-back, final decision, sanctions) and how many operations got such a decision, as a table and
 * a stacked bar chart. Shows whether the area's supervision escalated over time.
 */
import * as Plot from "@observablehq/plot";
import {plot} from "./plot.js";
import {elementMaker, emptyState, tableShell} from "./dom.js";
import {formatCount} from "../lib/format/number.js";
import {periodLabel} from "../lib/view-state.js";
import {NATIONAL_DECISION_COLUMNS, type NationalAreaTertial} from "../lib/measures/national-supervision.js";

const EMPTY = "Området har inga daterade beslut under den valda perioden.";

/** Table: one row per tertial; each rung's cell reads "decisions (operations)". */
export function NationalAreaTable(series: readonly NationalAreaTertial[], areaLabel: string, {document = globalThis.document}: {document?: Document} = {}): HTMLElement {
  if (series.length === 0) return emptyState(document, EMPTY);
  const el = elementMaker(document);
  const {figure, body} = tableShell(document, `Beslut per tertial: ${areaLabel} (antal verksamheter inom parentes)`, [
    {label: "Tertial"},
    ...NATIONAL_DECISION_COLUMNS.map((c) => ({key: c.id, label: c.shortLabel}))
  ]);
  for (const t of series) {
    const tr = el("tr");
    tr.dataset.tertial = t.tertial;
    const th = el("th", periodLabel(t.tertial));
    th.scope = "row";
    tr.append(th);
    for (const c of NATIONAL_DECISION_COLUMNS) {
      const n = t.decisions[c.id];
      const td = el("td", n === 0 ? "–" : `${formatCount(n)} (${formatCount(t.operations[c.id])})`);
      td.dataset.column = c.id;
      td.dataset.value = String(n);
      td.dataset.operations = String(t.operations[c.id]);
      tr.append(td);
    }
    body.append(tr);
  }
  return figure;
}

/** Chart: decisions per tertial, stacked by rung in the table's colours. */
export function NationalAreaChart(series: readonly NationalAreaTertial[], {width = 640, document = globalThis.document}: {width?: number; document?: Document} = {}): Element {
  if (series.length === 0) return emptyState(document, EMPTY);
  const data = series.flatMap((t) => NATIONAL_DECISION_COLUMNS.map((c) => ({tertial: periodLabel(t.tertial), kind: c.shortLabel, decisions: t.decisions[c.id]}))).filter((d) => d.decisions > 0);
  return plot({
    document,
    width,
    height: 300,
    x: {label: null, domain: series.map((t) => periodLabel(t.tertial)), tickRotate: width < 500 ? -45 : 0},
    y: {label: "↑ Antal beslut", grid: true, tickFormat: formatCount},
    color: {legend: true, domain: NATIONAL_DECISION_COLUMNS.map((c) => c.shortLabel), range: ["#9ecae1", "#4292c6", "#08519c", "#969696", "#e6550d"]},
    marks: [
      Plot.barY(data, {x: "tertial", y: "decisions", fill: "kind", order: NATIONAL_DECISION_COLUMNS.map((c) => c.shortLabel), tip: {format: {y: formatCount}}}),
      Plot.ruleY([0])
    ]
  });
}
