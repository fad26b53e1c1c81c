/**
 * The control chart (p-chart) of every page: the share per period, the centre line, each period's own limits (a step
 * line, wider where the period has fewer cases), and the points the Making Data Count rules mark as special cause
 * (src/lib/stats/p-chart.ts and spc-rules.ts compute all of it; this only draws). A special cause is marked by a shape
 * and a letter (H above, L below the centre), never by colour alone: up and down triangles coloured better/worse when
 * the measure has a direction (Barnsamtal), a neutral diamond when it has none (Beredning). Monthly points sit on
 * alternating tertial bands when the periods name their tertials. Limits are dashed, and dotted while they are trial
 * limits (fewer than 12 points). The page's words (caption, tooltip, empty state) come with the series, from the page's
 * parts (child-conversation-parts.ts, preparation-over-time.ts); the rules' words are src/lib/format/spc-rules.ts.
 */
import * as Plot from "@observablehq/plot";
import {plot} from "./plot.js";
import type {Polarity} from "../lib/flags/types.js";
import type {PChartPoint, PChartResult} from "../lib/stats/p-chart.js";
import {formatPercent} from "../lib/format/number.js";
import {tertialLabel} from "../lib/period.js";
import {FLAG_COLOURS, flagColour, flagSymbol} from "./flag-badge.js";
import {emptyState} from "./dom.js";
import type {ChartOptions} from "./measure-view.js";

/** Class names of the marks, for tests and styles. */
export const SPC_CLASSES = {points: "lika-spc-points", letters: "lika-spc-letters", upper: "lika-spc-upper", lower: "lika-spc-lower", centre: "lika-spc-centre", bands: "lika-spc-bands"} as const;

/** Dash pattern of the limits: ordinary, and while fewer than 12 points set them (trial limits). */
export const SPC_LIMIT_DASH = {ordinary: "6,3", trial: "2,3"} as const;

/** One period of the series. */
export interface SpcPeriod {
  /** Sortable key: "2023-05" or "2023T2". */
  key: string;
  /** The label on the axis ("maj 23", "feb 2023"). */
  tick: string;
  /** The tertial a monthly point lies in ("2023T2"); when months name theirs, tertials are shaded behind them. */
  tertial?: string;
}

/** A point as the chart draws it: the p-chart's point with its period and position. */
export type SpcRow = PChartPoint & SpcPeriod & {index: number};

/** What one chart shows: the periods, their p-chart (`periods[i]` is `chart.points[i]`), and the page's words. */
export interface SpcSeries {
  periods: readonly SpcPeriod[];
  /** Null when there is no period to chart. */
  chart: PChartResult | null;
  /** Colours special causes better/worse; "none" draws them neutral. */
  polarity: Polarity;
  /** The chart's accessible name. */
  ariaLabel: string;
  /** The summary in words: caption and aria-description. */
  summary: string;
  /** Label of the y axis ("↑ Andel …"). */
  yLabel: string;
  /** The sentence shown instead of a chart with no points. */
  emptyText: string;
  /** One point's tooltip (also its accessible name). */
  tooltip(row: SpcRow): string;
  /** A sentence under the chart on how to read it, if any. */
  note?: string;
}

export interface SpcChartOptions extends ChartOptions {
  height?: number;
}

/** The chart as a figure with caption, or the series' empty text when it has no point. */
export function SpcChart(series: SpcSeries, options: SpcChartOptions = {}): HTMLElement {
  const {width = 640, document = globalThis.document} = options;
  const chart = series.chart;
  if (chart === null || series.periods.length === 0) return emptyState(document, series.emptyText);
  const rows: SpcRow[] = chart.points.map((p, index) => ({...p, ...series.periods[index]!, index}));
  const keys = rows.map((r) => r.key);
  const tickOf = new Map(rows.map((r) => [r.key, r.tick]));
  const special = rows.filter((r) => r.rule !== null);
  const dash = chart.shortBaseline ? SPC_LIMIT_DASH.trial : SPC_LIMIT_DASH.ordinary;
  const values = rows.flatMap((r) => [r.proportion, r.lower, r.upper]);
  const yMin = Math.max(0, Math.min(...values) - 0.05);
  const yMax = Math.min(1, Math.max(...values) + 0.05);
  // Tertial bands behind monthly points: every other tertial shaded, labelled at the top.
  const monthly = rows.every((r) => r.tertial !== undefined && r.tertial !== r.key);
  const tertials = monthly ? [...new Set(rows.map((r) => r.tertial!))] : [];
  const shaded = rows.filter((r) => tertials.indexOf(r.tertial!) % 2 === 0);
  const bandLabels = tertials.map((t) => ({t, first: rows.find((r) => r.tertial === t)!.key}));
  const step = Math.max(1, Math.ceil(keys.length / Math.max(2, Math.floor(width / 56))));
  const rotate = width < 600 && rows.some((r) => r.tick.length > 6);
  const colour = (r: SpcRow) => flagColour(r.side, series.polarity);
  const symbol = (r: SpcRow) => (series.polarity !== "none" ? flagSymbol(r.side) : r.rule === null ? "circle" : "diamond");
  const figure = plot({
    document,
    width,
    height: options.height ?? 260,
    marginLeft: 48,
    marginRight: 16,
    marginBottom: rotate ? 48 : 36,
    ariaLabel: series.ariaLabel,
    ariaDescription: series.summary,
    caption: series.summary,
    x: {type: "band", domain: keys, label: null, padding: 0, tickRotate: rotate ? -45 : 0, tickFormat: (k: string) => (keys.indexOf(k) % step === 0 ? tickOf.get(k)! : "")},
    y: {label: series.yLabel, domain: [yMin, yMax], tickFormat: (d: number) => formatPercent(d), grid: true},
    marks: [
      Plot.barY(shaded, {x: "key", y1: yMin, y2: yMax, fill: "#eef1f4", className: SPC_CLASSES.bands, ariaHidden: "true"}),
      Plot.text(bandLabels, {x: "first", y: yMax, text: (b: {t: string}) => tertialLabel(b.t, "T2"), dy: 8, textAnchor: "start", fill: "#4a5a6a", fontSize: 9, ariaHidden: "true"}),
      Plot.ruleY([chart.centre], {stroke: FLAG_COLOURS.neutral, className: SPC_CLASSES.centre, ariaHidden: "true"}),
      Plot.line(rows, {x: "key", y: "upper", curve: "step", stroke: FLAG_COLOURS.unflagged, strokeDasharray: dash, className: SPC_CLASSES.upper, ariaHidden: "true"}),
      Plot.line(rows, {x: "key", y: "lower", curve: "step", stroke: FLAG_COLOURS.unflagged, strokeDasharray: dash, className: SPC_CLASSES.lower, ariaHidden: "true"}),
      Plot.line(rows, {x: "key", y: "proportion", stroke: "#4a5a6a", strokeWidth: 1.2, ariaHidden: "true"}),
      Plot.dot(rows, {
        x: "key",
        y: "proportion",
        symbol,
        r: (r: SpcRow) => (r.rule === null ? 2.5 : 5),
        fill: colour,
        stroke: colour,
        sort: null,
        className: SPC_CLASSES.points,
        title: series.tooltip,
        tip: true,
        ariaLabel: series.tooltip
      }),
      Plot.text(special.filter((r) => r.side === "high"), {x: "key", y: "proportion", text: () => "H", dy: -11, fontWeight: "bold", fill: colour, className: SPC_CLASSES.letters, ariaHidden: "true"}),
      Plot.text(special.filter((r) => r.side === "low"), {x: "key", y: "proportion", text: () => "L", dy: 12, fontWeight: "bold", fill: colour, className: SPC_CLASSES.letters, ariaHidden: "true"})
    ]
  }) as HTMLElement;
  figure.classList.add("lika-spc-chart");
  // Plot's tooltip layer is a labelled group with no role (not allowed by WCAG 4.1.2); each point carries the same words.
  for (const tip of figure.querySelectorAll('g[aria-label="tip"]')) tip.setAttribute("aria-hidden", "true");
  if (series.note) {
    const note = document.createElement("p");
    note.className = "lika-chart-note";
    note.textContent = series.note;
    figure.append(note);
  }
  return figure;
}

/** The summary of every disclosure that holds the statistics behind a page's text (klarspråk: not in the main text). */
export const MORE_TO_KNOW = "För den som vill veta mer";

/** A `<details class="lika-more">` whose summary is "För den som vill veta mer", one paragraph per text. */
export function MoreToKnow(paragraphs: readonly string[], document: Document = globalThis.document): HTMLElement {
  const details = document.createElement("details");
  details.className = "lika-more";
  const summary = document.createElement("summary");
  summary.textContent = MORE_TO_KNOW;
  details.append(summary);
  for (const text of paragraphs) {
    const p = document.createElement("p");
    p.textContent = text;
    details.append(p);
  }
  return details;
}
