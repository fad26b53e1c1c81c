/**
 * An SPC chart of one department's share over time (a p-chart from src/lib/stats/p-chart.ts): the share per point, the
 * centre line, each point's own 3σ limits, and the Making Data Count special causes marked with a letter (H higher,
 * L lower) and a shape, coloured better/worse by the measure's direction, so meaning never rests on colour. Monthly
 * points sit on alternating tertial bands. Trial limits (fewer than 12 points) are dashed and said in a note.
 */
import * as Plot from "@observablehq/plot";
import {plot} from "./plot.js";
import type {DepartmentOverTime, SpcPoint} from "../lib/measures/child-conversation-view.js";
import type {PChartPoint} from "../lib/stats/p-chart.js";
import type {Assurance, SpecialCauseRule} from "../lib/stats/spc-rules.js";
import {formatCount, formatPercent} from "../lib/format/number.js";
import {tertialLabel} from "../lib/period.js";
import {FLAG_COLOURS, flagColour, flagSymbol} from "./flag-badge.js";
import {emptyState} from "./dom.js";
import type {ChartOptions} from "./measure-view.js";

/** Class names of the marks, for tests and styles. */
export const SPC_CLASSES = {points: "lika-spc-points", letters: "lika-spc-letters", upper: "lika-spc-upper", lower: "lika-spc-lower", centre: "lika-spc-centre", bands: "lika-spc-bands"} as const;

/** Each Making Data Count rule in Swedish. */
export const SPC_RULE_SV: Record<SpecialCauseRule, string> = {
  limit: "punkten ligger utanför styrgränsen (3σ)",
  trend: "sju punkter i rad stiger eller sjunker",
  twoOfThree: "två av tre punkter i rad ligger nära samma styrgräns (bortom 2σ)",
  shift: "sju punkter i rad ligger på samma sida om medellinjen"
};

/** MDC assurance as a letter and words: P (klarar kravet varje gång), F (klarar det aldrig), ? (ibland). */
export const ASSURANCE_SV: Record<Assurance, {letter: "P" | "F" | "?"; text: string}> = {
  pass_consistently: {letter: "P", text: "klarar kravet varje gång"},
  fail_consistently: {letter: "F", text: "kommer inte att klara kravet"},
  hit_and_miss: {letter: "?", text: "klarar kravet ibland – ibland inte"}
};

const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

/** "T2 2023" for "2023T2", "maj 2023" for "2023-05". */
export function spcPointLabel(key: string): string {
  return key.includes("T") ? tertialLabel(key) : `${MONTHS[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`;
}

/** A short label for the axis: "T2 23", "maj 23". */
function tickLabel(key: string): string {
  return key.includes("T") ? tertialLabel(key, "T2 23") : `${MONTHS[Number(key.slice(5, 7)) - 1]!.slice(0, 3)} ${key.slice(2, 4)}`;
}

type Row = PChartPoint & SpcPoint & {index: number};

/** The variation of the latest point in words, as MDC's variation icon says it. */
export function variationText(point: Pick<PChartPoint, "rule" | "side" | "variation"> | undefined): string {
  if (!point || point.rule === null) return "Ingen särskild orsak vid senaste punkten: variationen är vanlig slumpvariation.";
  const better = point.variation === "special_cause_improvement";
  return `Särskild orsak vid senaste punkten (${point.side === "high" ? "högre" : "lägre"}, ${better ? "bättre" : "sämre"}): ${SPC_RULE_SV[point.rule]}.`;
}

/** The tooltip of one point. */
export function spcTooltip(r: Row, label: string): string {
  const lines = [`${label}, ${spcPointLabel(r.key)}`, `Andel: ${formatPercent(r.proportion)} (${formatCount(r.events)} av ${formatCount(r.n)} hem)`, `Styrgränser: ${formatPercent(r.lower)}–${formatPercent(r.upper)}`];
  if (r.rule !== null) lines.push(`${r.side === "high" ? "Högre" : "Lägre"} (${r.variation === "special_cause_improvement" ? "bättre" : "sämre"}): ${SPC_RULE_SV[r.rule]}`);
  else lines.push("Vanlig slumpvariation");
  return lines.join("\n");
}

/** One Swedish sentence summarising a department's chart (caption and aria-description). */
export function spcSummary(over: DepartmentOverTime): string {
  const chart = over.chart!;
  const grain = over.grain === "tertial" ? "tertial" : "månad";
  const causes = chart.points.filter((p) => p.rule !== null).length;
  const trial = chart.shortBaseline ? ` Gränserna är preliminära: bara ${formatCount(chart.baselineLength)} punkter (färre än 12).` : "";
  return `${over.label}: andel hem med placerade barn där barn hördes, per ${grain} (${formatCount(chart.points.length)} punkter); medellinje ${formatPercent(chart.centre)}. ${causes === 0 ? "Ingen punkt visar särskild orsak." : `${formatCount(causes)} punkter visar särskild orsak.`}${trial} ${variationText(chart.points.at(-1))}`;
}

export interface SpcChartOptions extends ChartOptions {
  height?: number;
}

/** The chart of one department as a figure with caption, or a sentence when it has no point. */
export function SpcChart(over: DepartmentOverTime, options: SpcChartOptions = {}): HTMLElement {
  const {width = 640, document = globalThis.document} = options;
  if (over.chart === null || over.points.length === 0) return emptyState(document, `${over.label}: inga inspekterade hem med placerade barn att visa över tid.`);
  const chart = over.chart;
  const rows: Row[] = chart.points.map((p, index) => ({...p, ...over.points[index]!, index}));
  const keys = rows.map((r) => r.key);
  const special = rows.filter((r) => r.rule !== null);
  const summary = spcSummary(over);
  const title = (r: Row) => spcTooltip(r, over.label);
  const dash = chart.shortBaseline ? "5,4" : undefined;
  // Tertial bands behind monthly points: every other tertial shaded, labelled at the top.
  const tertials = [...new Set(rows.map((r) => r.tertial))];
  const shaded = over.grain === "month" ? rows.filter((r) => tertials.indexOf(r.tertial) % 2 === 0) : [];
  const bandLabels = over.grain === "month" ? tertials.map((t) => ({t, first: rows.find((r) => r.tertial === t)!.key})) : [];
  const step = Math.max(1, Math.ceil(keys.length / Math.max(2, Math.floor(width / 56))));
  const colour = (r: Row) => (r.rule === null ? FLAG_COLOURS.unflagged : flagColour(r.side, "higher-better"));
  const values = rows.flatMap((r) => [r.proportion, r.lower, r.upper]);
  const yMin = Math.max(0, Math.min(...values) - 0.05);
  const figure = plot({
    document,
    width,
    height: options.height ?? 260,
    marginLeft: 48,
    marginRight: 16,
    marginBottom: 36,
    ariaLabel: `Styrdiagram för ${over.label}`,
    ariaDescription: summary,
    caption: summary,
    x: {type: "band", domain: keys, label: null, padding: 0, tickFormat: (k: string) => (keys.indexOf(k) % step === 0 ? tickLabel(k) : "")},
    y: {label: "↑ Andel med barnsamtal", domain: [yMin, 1], tickFormat: (d: number) => formatPercent(d), grid: true},
    marks: [
      Plot.barY(shaded, {x: "key", y1: yMin, y2: 1, fill: "#eef1f4", className: SPC_CLASSES.bands, ariaHidden: "true"}),
      Plot.text(bandLabels, {x: "first", y: 1, text: (b: {t: string}) => tertialLabel(b.t, "T2"), dy: 8, textAnchor: "start", fill: "#4a5a6a", fontSize: 9, ariaHidden: "true"}),
      Plot.ruleY([chart.centre], {stroke: "#303030", className: SPC_CLASSES.centre, ariaHidden: "true"}),
      Plot.line(rows, {x: "key", y: "upper", curve: "step", stroke: "#7c8a99", strokeDasharray: dash, className: SPC_CLASSES.upper, ariaHidden: "true"}),
      Plot.line(rows, {x: "key", y: "lower", curve: "step", stroke: "#7c8a99", strokeDasharray: dash, className: SPC_CLASSES.lower, ariaHidden: "true"}),
      Plot.line(rows, {x: "key", y: "proportion", stroke: "#4a5a6a", strokeWidth: 1.2, ariaHidden: "true"}),
      Plot.dot(rows, {
        x: "key",
        y: "proportion",
        symbol: (r: Row) => flagSymbol(r.side),
        r: (r: Row) => (r.rule === null ? 2.5 : 5),
        fill: colour,
        stroke: colour,
        sort: null,
        className: SPC_CLASSES.points,
        title,
        tip: true,
        ariaLabel: title
      }),
      Plot.text(special.filter((r) => r.side === "high"), {x: "key", y: "proportion", text: () => "H", dy: -11, fontWeight: "bold", fill: colour, className: SPC_CLASSES.letters, ariaHidden: "true"}),
      Plot.text(special.filter((r) => r.side === "low"), {x: "key", y: "proportion", text: () => "L", dy: 12, fontWeight: "bold", fill: colour, className: SPC_CLASSES.letters, ariaHidden: "true"})
    ]
  }) as HTMLElement;
  figure.classList.add("lika-spc-chart");
  figure.dataset.department = over.department;
  return figure;
}
