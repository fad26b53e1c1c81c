/**
 * SPC chart (p-chart) of any series of counts over time (Beredning; src/components/spc-chart.ts draws one department's series with tertial bands for Barnsamtal — to be merged into one component): each period's share with its own process limits (3σ, from its
 * denominator) and "2σ" lines, the centre line, and the points the Making Data Count rules mark as special cause
 * (src/lib/stats/p-chart.ts and spc-rules.ts compute all of it; this only draws). General: any series of counts —
 * items sent back per month (Beredning), homes with a child conversation per tertial (Barnsamtal).
 * Special causes are marked by shape and a letter (H above / L below the centre), never by colour alone.
 */
import * as Plot from "@observablehq/plot";
import {plot} from "./plot.js";
import type {PChartResult} from "../lib/stats/p-chart.js";
import type {SpecialCauseRule} from "../lib/stats/spc-rules.js";
import {formatCount, formatPercent} from "../lib/format/number.js";
import {elementMaker, emptyState, tableShell} from "./dom.js";
import {FLAG_COLOURS} from "./flag-badge.js";
import {formatShare, type ChartOptions} from "./measure-view.js";

export interface SpcPoint {
  /** Sortable key of the period ("2023-02", "2023T1"). */
  key: string;
  /** How the period is shown ("feb 2023", "T1 2023"). */
  label: string;
}

export interface SpcChartOptions extends ChartOptions {
  /** What the share is a share of, e.g. "återremitterade ärenden". */
  rateLabel: string;
  /** The cases counted, plural ("ärenden"). */
  caseNoun: string;
  height?: number;
}

/** Swedish names of the Making Data Count rules. */
export const SPC_RULE_SV: Record<SpecialCauseRule, string> = {
  limit: "utanför processgränserna",
  trend: "del av sju punkter i rad som stiger eller sjunker",
  twoOfThree: "två av tre punkter nära samma gräns",
  shift: "del av sju punkter i rad på samma sida om mittlinjen"
};

/** Class names of the marks, so tests find them. */
export const SPC_CLASSES = {points: "lika-spc-points", special: "lika-spc-special", centre: "lika-spc-centre", limits: "lika-spc-limits"} as const;

type Row = SpcPoint & PChartResult["points"][number] & {index: number};

/** One Swedish paragraph for the caption and aria-description: centre, how many special causes, trial limits. */
export function spcSummary(points: readonly SpcPoint[], chart: PChartResult, options: Pick<SpcChartOptions, "rateLabel">): string {
  const special = chart.points.filter((p) => p.rule !== null).length;
  const first = points[0]?.label ?? "";
  const last = points.at(-1)?.label ?? "";
  const parts = [
    `Andel ${options.rateLabel} per period, ${first} – ${last}: mittlinjen är ${formatShare(chart.centre)} över alla ${formatCount(points.length)} perioder.`,
    special === 0 ? "Ingen punkt visar särskild orsak: variationen är den vanliga." : `${formatCount(special)} ${special === 1 ? "punkt visar" : "punkter visar"} särskild orsak (H över, L under mittlinjen).`
  ];
  if (chart.shortBaseline) parts.push(`Gränserna bygger på färre än 12 punkter och är preliminära.`);
  if (chart.chart === "p-prime") parts.push("Gränserna är vidgade för spridning utöver slumpen (Laneys p′-diagram).");
  return parts.join(" ");
}

/** The chart as a figure with caption, or a sentence when there are no points; `points[i]` labels `chart.points[i]`. */
export function SpcChart(points: readonly SpcPoint[], chart: PChartResult | null, options: SpcChartOptions): HTMLElement {
  const {width = 640, document = globalThis.document} = options;
  if (chart === null || points.length === 0) return emptyState(document, "Det finns inga perioder med ärenden att visa.");
  const rows: Row[] = chart.points.map((p, index) => ({...points[index]!, ...p, index}));
  const special = rows.filter((r) => r.rule !== null);
  const summary = spcSummary(points, chart, options);
  const labelOf = new Map(rows.map((r) => [r.index, r.label]));
  const step = Math.max(1, Math.ceil(rows.length / Math.max(2, Math.floor(width / 70))));
  const title = (r: Row) =>
    [`${r.label}`, `${formatCount(r.events)} av ${formatCount(r.n)} ${options.caseNoun} (${formatShare(r.proportion)})`, `Processgränser: ${formatShare(r.lower)}–${formatShare(r.upper)}`, r.rule === null ? "Vanlig variation" : `Särskild orsak: ${SPC_RULE_SV[r.rule]}`].join("\n");
  const figure = plot({
    document,
    width,
    height: options.height ?? Math.round(Math.min(420, Math.max(280, width * 0.45))),
    marginLeft: 56,
    marginRight: 24,
    marginBottom: 48,
    ariaLabel: `Styrdiagram: andel ${options.rateLabel} per period`,
    ariaDescription: summary,
    caption: summary,
    x: {label: null, domain: [-0.5, rows.length - 0.5], ticks: rows.filter((r) => r.index % step === 0).map((r) => r.index), tickFormat: (i: number) => labelOf.get(i) ?? "", tickRotate: width < 600 ? -45 : 0},
    y: {label: `↑ Andel ${options.rateLabel}`, tickFormat: (d: number) => formatPercent(d), grid: true, domain: [0, Math.min(1, Math.max(...rows.map((r) => Math.max(r.upper, r.proportion))) * 1.1)]},
    marks: [
      Plot.ruleY([chart.centre], {stroke: FLAG_COLOURS.neutral, className: SPC_CLASSES.centre, ariaHidden: "true"}),
      Plot.line(rows, {x: "index", y: "upper", curve: "step", stroke: FLAG_COLOURS.unflagged, strokeDasharray: "6,3", className: SPC_CLASSES.limits, ariaHidden: "true"}),
      Plot.line(rows, {x: "index", y: "lower", curve: "step", stroke: FLAG_COLOURS.unflagged, strokeDasharray: "6,3", className: SPC_CLASSES.limits, ariaHidden: "true"}),
      Plot.line(rows, {x: "index", y: "proportion", stroke: FLAG_COLOURS.unflagged, ariaHidden: "true"}),
      Plot.dot(rows, {x: "index", y: "proportion", r: 3, fill: FLAG_COLOURS.unflagged, className: SPC_CLASSES.points, title, tip: true, ariaHidden: "true"}),
      Plot.dot(special, {x: "index", y: "proportion", r: 6, symbol: "diamond", fill: FLAG_COLOURS.neutral, className: SPC_CLASSES.special, ariaHidden: "true"}),
      Plot.text(special, {x: "index", y: "proportion", text: (r: Row) => (r.side === "low" ? "L" : "H"), dy: -12, fontWeight: "bold", fill: FLAG_COLOURS.neutral, ariaHidden: "true"})
    ]
  }) as HTMLElement;
  figure.classList.add("lika-spc-chart");
  // Plot's tooltip layer is a labelled group with no role (not allowed by WCAG 4.1.2); the table alternative has the same facts.
  for (const tip of figure.querySelectorAll('g[aria-label="tip"]')) tip.setAttribute("aria-hidden", "true");
  const note = document.createElement("p");
  note.className = "lika-chart-note";
  note.textContent = "Heldragen vågrät linje: mittlinjen. Streckade trappor: processgränserna (3 σ) för varje period, bredare där perioden har färre ärenden. Romber med H eller L: särskild orsak enligt reglerna i Making Data Count.";
  figure.append(note);
  return figure;
}

/** The chart's table alternative: one row per period with counts, share, limits and the rule that marked it. */
export function SpcTable(points: readonly SpcPoint[], chart: PChartResult | null, options: Pick<SpcChartOptions, "caseNoun" | "rateLabel" | "document"> & {caption: string}): HTMLElement {
  const {document = globalThis.document} = options;
  if (chart === null || points.length === 0) return emptyState(document, "Det finns inga perioder med ärenden att visa.");
  const el = elementMaker(document);
  const {figure, body} = tableShell(document, options.caption, [
    {key: "period", label: "Period"},
    {key: "n", label: `Antal ${options.caseNoun}`},
    {key: "events", label: options.rateLabel[0]!.toUpperCase() + options.rateLabel.slice(1)},
    {key: "share", label: "Andel"},
    {key: "limits", label: "Processgränser"},
    {key: "rule", label: "Särskild orsak"}
  ]);
  chart.points.forEach((p, i) => {
    const tr = el("tr");
    tr.dataset.period = points[i]!.key;
    const th = el("th", points[i]!.label);
    th.scope = "row";
    const rule = el("td", p.rule === null ? "–" : `${p.side === "low" ? "L" : "H"}: ${SPC_RULE_SV[p.rule]}`);
    rule.style.textAlign = "left";
    tr.append(th, el("td", formatCount(p.n)), el("td", formatCount(p.events)), el("td", formatShare(p.proportion)), el("td", `${formatShare(p.lower)}–${formatShare(p.upper)}`), rule);
    body.append(tr);
  });
  return figure;
}
