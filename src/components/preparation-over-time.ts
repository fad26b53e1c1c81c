/**
 * The page Beredning over time: the words of its control chart (SpcChart in spc-chart.ts draws it) and the chart's table
 * alternative, from the preparations measure's p-chart (`preparationsOverTime` in src/lib/measures/preparations.ts).
 */
import {SPC_LINES_SV, SPC_MARK_SV, SPC_METHOD_SV, SPC_RULE_SV, spcRulesSentences} from "../lib/format/spc-rules.js";
import {capitalise} from "../lib/format/unit-noun.js";
import {formatCount} from "../lib/format/number.js";
import {monthLabel} from "../lib/format/month.js";
import {PREPARATIONS_WORDING, type PreparationsOverTime} from "../lib/measures/preparations.js";
import type {PChartResult} from "../lib/stats/p-chart.js";
import {elementMaker, emptyState, tableShell} from "./dom.js";
import {LeadSummary, flagLeadSentences, signedPoints, type LeadSentence} from "./flag-lead.js";
import type {AssessedMeasureView} from "./measure-view.js";
import {MoreToKnow} from "./spc-chart.js";
import {formatShare, formatShareRange} from "../lib/format/share.js";
import type {SpcRow, SpcSeries} from "./spc-chart.js";

type Wording = Pick<typeof PREPARATIONS_WORDING, "rateLabel" | "caseNoun">;

const NO_PERIODS = "Det finns inga perioder med ärenden att visa.";

/** One Swedish paragraph for the caption and aria-description: centre, how many special causes, trial limits. */
export function preparationSpcSummary(labels: readonly string[], chart: PChartResult, wording: Pick<Wording, "rateLabel"> = PREPARATIONS_WORDING): string {
  const special = chart.points.filter((p) => p.rule !== null).length;
  const parts = [
    `Andel ${wording.rateLabel} per månad, ${labels[0] ?? ""} – ${labels.at(-1) ?? ""}.`,
    `${capitalise(SPC_LINES_SV.centre)} ligger på ${formatShare(chart.centre)}, räknat över alla ${formatCount(labels.length)} månader.`,
    special === 0 ? "Ingen punkt visar en särskild orsak: variationen är den vanliga." : `${special === 1 ? "En punkt visar" : `${formatCount(special)} punkter visar`} en särskild orsak (H över och L under ${SPC_LINES_SV.centre}).`
  ];
  if (chart.shortBaseline) parts.push(`${capitalise(SPC_LINES_SV.limits)}na är preliminära, eftersom de bygger på färre än 12 punkter.`);
  if (chart.chart === "p-prime") parts.push(`${capitalise(SPC_LINES_SV.limits)}na är vidgade, eftersom andelen varierar mer än slumpen ensam ger.`);
  return parts.join(" ");
}

/** The share sent back per month as the control chart's series (no polarity: special causes are drawn neutral). */
export function preparationSpcSeries(over: PreparationsOverTime, wording: Wording = PREPARATIONS_WORDING): SpcSeries {
  const labels = over.points.map((m) => monthLabel(m.month));
  return {
    periods: over.points.map((m, i) => ({key: m.month, tick: labels[i]!})),
    chart: over.chart,
    polarity: "none",
    ariaLabel: `Styrdiagram: andel ${wording.rateLabel} per månad`,
    summary: over.chart === null ? "" : preparationSpcSummary(labels, over.chart, wording),
    yLabel: `↑ Andel ${wording.rateLabel}`,
    emptyText: NO_PERIODS,
    tooltip: (r: SpcRow) =>
      [labels[r.index]!, `${formatCount(r.events)} av ${formatCount(r.n)} ${wording.caseNoun} (${formatShare(r.proportion)})`, `${capitalise(SPC_LINES_SV.limits)}: ${formatShareRange(r.lower, r.upper)}`, r.rule === null ? "Vanlig variation" : `Särskild orsak: ${SPC_RULE_SV[r.rule]}`].join("\n"),
    note: `Den heldragna vågräta linjen är ${SPC_LINES_SV.centre}. De streckade trapporna är ${SPC_LINES_SV.limits}na för varje månad.`
  };
}

/** The chart's table alternative: one row per month with counts, share, limits and the rule that marked it. */
export function PreparationSpcTable(over: PreparationsOverTime, options: {caption: string; wording?: Wording; document?: Document}): HTMLElement {
  const {document = globalThis.document, wording = PREPARATIONS_WORDING} = options;
  const chart = over.chart;
  if (chart === null || over.points.length === 0) return emptyState(document, NO_PERIODS);
  const el = elementMaker(document);
  const {figure, body} = tableShell(document, options.caption, [
    {key: "period", label: "Månad"},
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
    tr.append(th, el("td", formatCount(p.n)), el("td", formatCount(p.events)), el("td", formatShare(p.proportion)), el("td", `${formatShareRange(p.lower, p.upper)}`), rule);
    body.append(tr);
  });
  return figure;
}

/** "Så läser du styrdiagrammet" on Beredning: the same words for the lines and marks as on Barnsamtal. */
export function preparationSpcReadingPoints(wording: Pick<Wording, "rateLabel"> = PREPARATIONS_WORDING): string[] {
  return [
    `Varje punkt är en månads andel ${wording.rateLabel}. ${capitalise(SPC_LINES_SV.centre)} är andelen över alla månader.`,
    `${capitalise(SPC_LINES_SV.limits)}na visar hur mycket andelen brukar variera. De är bredare de månader då färre ärenden föredrogs.`,
    `${SPC_MARK_SV}. ${spcRulesSentences()}`,
    "En markerad punkt är ett skäl att fråga vad som hände, inte ett bevis.",
    "Månader utan möten (juli) saknas i diagrammet."
  ];
}

/** The statistics behind the chart, in the disclosure "För den som vill veta mer". */
export function PreparationMethodDetails(document: Document = globalThis.document): HTMLElement {
  return MoreToKnow([SPC_METHOD_SV.chart, SPC_METHOD_SV.rules, SPC_METHOD_SV.trial, SPC_METHOD_SV.laney], document);
}

const SMALL_COUNTS = ["ingen", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"];

/** The months of the chosen window the control chart marks, as a clause: "fyra av månaderna ligger lägre än vanligt i styrdiagrammet för hela riket". */
export function chosenMonthsClause(over: PreparationsOverTime, from: string, to: string, who: string): string {
  const chart = over.chart;
  const marked = chart === null ? [] : chart.points.filter((p, i) => p.rule !== null && over.points[i]!.month >= from && over.points[i]!.month <= to);
  const count = (n: number) => SMALL_COUNTS[n] ?? formatCount(n);
  const low = marked.filter((p) => p.side === "low").length;
  const high = marked.length - low;
  const where = `i styrdiagrammet för ${who}`;
  if (marked.length === 0) return `ingen av månaderna avviker från den vanliga variationen ${where}`;
  if (high === 0) return `${count(low)} av månaderna ligger lägre än vanligt ${where}`;
  if (low === 0) return `${count(high)} av månaderna ligger högre än vanligt ${where}`;
  return `${count(high)} av månaderna ligger högre och ${count(low)} lägre än vanligt ${where}`;
}

/**
 * The summary at the top of the page Beredning (two to four sentences): the share sent back in the chosen months, which
 * departments differ from what was expected and whether chance can explain it, what the control chart says about the
 * same months, and where to read on. From the same results as the funnel plot and the control chart.
 */
export function preparationPageSummary(
  result: {cases: number; events: number},
  assessed: AssessedMeasureView,
  over: PreparationsOverTime,
  options: {from: string; to: string; who: string; flagHref: string | null; document?: Document}
): HTMLElement {
  const document = options.document ?? globalThis.document;
  if (result.cases === 0) return LeadSummary(["Inga ärenden föredrogs under de valda månaderna, så det finns inget att sammanfatta."], document);
  const sentences: LeadSentence[] = [`Mötet återremitterade ${formatShare(result.events / result.cases)} av de föredragna ärendena under de valda månaderna, och ${chosenMonthsClause(over, options.from, options.to, options.who)}.`];
  sentences.push(
    ...flagLeadSentences(assessed, "department", {
      lead: (direction) => `fick ${direction === "high" ? "fler" : "färre"} ärenden återremitterade än väntat`,
      unit: (d, mixed) => (mixed ? `${d.label} fick ${d.direction === "high" ? "fler" : "färre"} återremitterade (${signedPoints(d)})` : `${d.label} (${signedPoints(d)})`)
    })
  );
  sentences.push(
    options.flagHref
      ? ["Öppna ", {text: "flaggans förklaring", href: options.flagHref}, " för att se varför, och välj avdelningen under ”Avdelning i styrdiagrammet” för att se den ", {text: "över tid", href: "#over-tid"}, "."]
      : ["Välj en avdelning under ”Avdelning i styrdiagrammet” för att se den ", {text: "över tid", href: "#over-tid"}, "."]
  );
  return LeadSummary(sentences, document);
}
