/**
 * The page Beredning over time: the words of its control chart (SpcChart in spc-chart.ts draws it) and the chart's table
 * alternative, from the preparations measure's p-chart (`preparationsOverTime` in src/lib/measures/preparations.ts).
 */
import {SPC_LINES_SV, SPC_RULE_SV} from "../lib/format/spc-rules.js";
import {capitalise} from "../lib/format/unit-noun.js";
import {formatCount} from "../lib/format/number.js";
import {monthLabel} from "../lib/format/month.js";
import {PREPARATIONS_WORDING, type PreparationsOverTime} from "../lib/measures/preparations.js";
import type {PChartResult} from "../lib/stats/p-chart.js";
import {elementMaker, emptyState, tableShell} from "./dom.js";
import {formatShare} from "../lib/format/share.js";
import type {SpcRow, SpcSeries} from "./spc-chart.js";

type Wording = Pick<typeof PREPARATIONS_WORDING, "rateLabel" | "caseNoun">;

const NO_PERIODS = "Det finns inga perioder med ärenden att visa.";

/** One Swedish paragraph for the caption and aria-description: centre, how many special causes, trial limits. */
export function preparationSpcSummary(labels: readonly string[], chart: PChartResult, wording: Pick<Wording, "rateLabel"> = PREPARATIONS_WORDING): string {
  const special = chart.points.filter((p) => p.rule !== null).length;
  const parts = [
    `Andel ${wording.rateLabel} per period, ${labels[0] ?? ""} – ${labels.at(-1) ?? ""}: ${SPC_LINES_SV.centre} är ${formatShare(chart.centre)} över alla ${formatCount(labels.length)} perioder.`,
    special === 0 ? "Ingen punkt visar särskild orsak: variationen är den vanliga." : `${formatCount(special)} ${special === 1 ? "punkt visar" : "punkter visar"} särskild orsak (H över, L under ${SPC_LINES_SV.centre}).`
  ];
  if (chart.shortBaseline) parts.push(`Gränserna bygger på färre än 12 punkter och är preliminära.`);
  if (chart.chart === "p-prime") parts.push("Gränserna är vidgade för spridning utöver slumpen (Laneys p′-diagram).");
  return parts.join(" ");
}

/** The share sent back per month as the control chart's series (no polarity: special causes are drawn neutral). */
export function preparationSpcSeries(over: PreparationsOverTime, wording: Wording = PREPARATIONS_WORDING): SpcSeries {
  const labels = over.points.map((m) => monthLabel(m.month));
  return {
    periods: over.points.map((m, i) => ({key: m.month, tick: labels[i]!})),
    chart: over.chart,
    polarity: "none",
    ariaLabel: `Styrdiagram: andel ${wording.rateLabel} per period`,
    summary: over.chart === null ? "" : preparationSpcSummary(labels, over.chart, wording),
    yLabel: `↑ Andel ${wording.rateLabel}`,
    emptyText: NO_PERIODS,
    tooltip: (r: SpcRow) =>
      [labels[r.index]!, `${formatCount(r.events)} av ${formatCount(r.n)} ${wording.caseNoun} (${formatShare(r.proportion)})`, `${capitalise(SPC_LINES_SV.limits)}: ${formatShare(r.lower)}–${formatShare(r.upper)}`, r.rule === null ? "Vanlig variation" : `Särskild orsak: ${SPC_RULE_SV[r.rule]}`].join("\n"),
    note: `Heldragen vågrät linje: ${SPC_LINES_SV.centre}. Streckade trappor: ${SPC_LINES_SV.limits}na för varje period, bredare där perioden har färre ärenden. Romber med H eller L: särskild orsak enligt reglerna i Making Data Count.`
  };
}

/** The chart's table alternative: one row per month with counts, share, limits and the rule that marked it. */
export function PreparationSpcTable(over: PreparationsOverTime, options: {caption: string; wording?: Wording; document?: Document}): HTMLElement {
  const {document = globalThis.document, wording = PREPARATIONS_WORDING} = options;
  const chart = over.chart;
  if (chart === null || over.points.length === 0) return emptyState(document, NO_PERIODS);
  const el = elementMaker(document);
  const {figure, body} = tableShell(document, options.caption, [
    {key: "period", label: "Period"},
    {key: "n", label: `Antal ${wording.caseNoun}`},
    {key: "events", label: wording.rateLabel[0]!.toUpperCase() + wording.rateLabel.slice(1)},
    {key: "share", label: "Andel"},
    {key: "limits", label: capitalise(SPC_LINES_SV.limits)},
    {key: "rule", label: "Särskild orsak"}
  ]);
  chart.points.forEach((p, i) => {
    const tr = el("tr");
    tr.dataset.period = over.points[i]!.month;
    const th = el("th", monthLabel(over.points[i]!.month));
    th.scope = "row";
    const rule = el("td", p.rule === null ? "–" : `${p.side === "low" ? "L" : "H"}: ${SPC_RULE_SV[p.rule]}`);
    rule.style.textAlign = "left";
    tr.append(th, el("td", formatCount(p.n)), el("td", formatCount(p.events)), el("td", formatShare(p.proportion)), el("td", `${formatShare(p.lower)}–${formatShare(p.upper)}`), rule);
    body.append(tr);
  });
  return figure;
}
