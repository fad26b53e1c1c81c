/**
 * Kaplan–Meier curves of the time from a case's first demanding decision to its first step up or closure, one per
 * department: the share of cases still at the same rung and open after so many days, with open cases censored at the
 * period's end (ticks on the curve), each median marked, and each curve named at its end so colour is not needed. The
 * table beside it (SurvivalTable) gives cases, events, censored, the median with its 95 % interval and the number still
 * at risk at fixed days.
 */
import * as Plot from "@observablehq/plot";
import {plot} from "./plot.js";
import type {SurvivalSummary} from "../lib/measures/escalation-summaries.js";
import {formatCount, formatPercent} from "../lib/format/number.js";
import {elementMaker, emptyState, tableShell} from "./dom.js";
import type {ChartOptions} from "./measure-view.js";

export const SURVIVAL_CLASSES = {curve: "lika-survival-curve", censored: "lika-survival-censored", median: "lika-survival-median"} as const;

/** Neutral, distinguishable colours for up to six departments (the labels at the curves' ends name them). */
const COLOURS = ["#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#9c755f", "#76b7b2"];

interface Point {
  unit: string;
  label: string;
  time: number;
  survival: number;
  nRisk: number;
}

/** The step curve's points: S = 1 at day 0, then the value after each time. */
function curvePoints(s: SurvivalSummary): Point[] {
  const out: Point[] = [{unit: s.unit, label: s.label, time: 0, survival: 1, nRisk: s.cases}];
  for (const step of s.steps) out.push({unit: s.unit, label: s.label, time: step.time, survival: step.survival, nRisk: step.nRisk});
  return out;
}

/**
 * "182 dagar (troligen 150–210)", "84 dagar (troligen minst 74)", "inte nådd": a median in words, with its 95 % interval as the range it likely lies in
 * (the level is named in the page's "För den som vill veta mer").
 */
export function medianText(s: SurvivalSummary): string {
  const m = s.median;
  if (m.time === null) return "inte nådd";
  const days = `${formatCount(m.time)} dagar`;
  if (m.lower === null) return days;
  return m.upper === null ? `${days} (troligen minst ${formatCount(m.lower)})` : `${days} (troligen ${formatCount(m.lower)}–${formatCount(m.upper)})`;
}

/** One Swedish paragraph summarising the curves, for the caption and aria-description. */
export function survivalSummaryText(curves: readonly SurvivalSummary[]): string {
  const shown = curves.filter((c) => c.cases > 0);
  return shown.length === 0
    ? "Inga ärenden fick sitt första krävande beslut i perioden."
    : `Tid från första krävande beslut till steg uppåt eller avslut. ${shown.map((c) => `${c.label}: median ${medianText(c)}, ${formatCount(c.censored)} av ${formatCount(c.cases)} ärenden fortfarande öppna.`).join(" ")}`;
}

export interface SurvivalChartOptions extends ChartOptions {
  /** The longest time drawn, in days (default: the longest observed). */
  maxDays?: number;
}

/** The curves as a Plot figure with caption, or a sentence when no case started in the period. */
export function SurvivalChart(curves: readonly SurvivalSummary[], options: SurvivalChartOptions = {}): HTMLElement {
  const {document = globalThis.document, width = 640} = options;
  const shown = curves.filter((c) => c.cases > 0);
  if (shown.length === 0) return emptyState(document, "Inga ärenden fick sitt första krävande beslut i det här urvalet.");
  const points = shown.flatMap(curvePoints);
  const censored = shown.flatMap((s) => s.steps.filter((x) => x.censored > 0).map((x) => ({unit: s.unit, label: s.label, time: x.time, survival: x.survival, censored: x.censored})));
  const medians = shown.filter((s) => s.median.time !== null).map((s) => ({unit: s.unit, label: s.label, time: s.median.time!, survival: 0.5}));
  const ends = shown.map((s) => {
    const last = points.filter((p) => p.unit === s.unit).at(-1)!;
    return {...last, label: s.label};
  });
  const domain = shown.map((s) => s.unit);
  const colour = {domain, range: COLOURS.slice(0, domain.length)};
  const tip = (p: Point) => `${p.label}, dag ${formatCount(p.time)}: ${formatPercent(p.survival)} fortfarande utan steg uppåt eller avslut; ${formatCount(p.nRisk)} ärenden kvar i uppföljningen`;
  const summary = survivalSummaryText(shown);
  const narrow = width < 560;
  return plot({
    document,
    width,
    height: narrow ? 300 : 360,
    marginRight: narrow ? 60 : 90,
    marginLeft: 48,
    ariaLabel: "Tid till steg uppåt eller avslut per avdelning",
    ariaDescription: summary,
    caption: summary,
    style: {fontSize: narrow ? "10px" : "12px"},
    x: {label: "Dagar sedan första krävande beslut", grid: true, domain: [0, options.maxDays ?? Math.max(1, ...points.map((p) => p.time))]},
    y: {label: "Andel fortfarande öppna på samma steg", domain: [0, 1], tickFormat: (v: number) => formatPercent(v), grid: true},
    color: colour,
    marks: [
      Plot.ruleY([0.5], {stroke: "#999", strokeDasharray: "3,3", ariaHidden: "true"}),
      Plot.line(points, {x: "time", y: "survival", z: "unit", stroke: "unit", curve: "step-after", strokeWidth: 1.6, className: SURVIVAL_CLASSES.curve, ariaHidden: "true"}),
      Plot.ruleX(censored, {x: "time", y1: (c: {survival: number}) => c.survival - 0.015, y2: (c: {survival: number}) => c.survival + 0.015, stroke: "unit", className: SURVIVAL_CLASSES.censored, ariaHidden: "true"}),
      Plot.dot(medians, {x: "time", y: "survival", stroke: "unit", fill: "white", r: 4, className: SURVIVAL_CLASSES.median, title: (m: {label: string; time: number}) => `${m.label}: median ${formatCount(m.time)} dagar`}),
      Plot.text(ends, {x: "time", y: "survival", text: "label", dx: 6, textAnchor: "start", fill: "unit", ariaHidden: "true"}),
      Plot.tip(points, Plot.pointer({x: "time", y: "survival", title: tip}))
    ]
  }) as HTMLElement;
}

/** The table alternative: per curve cases, escalated, closed, still open (censored), median with interval, still followed (at risk) at fixed days. */
export function SurvivalTable(curves: readonly SurvivalSummary[], document: Document = globalThis.document): HTMLElement {
  const shown = curves.filter((c) => c.cases > 0);
  if (shown.length === 0) return emptyState(document, "Inga ärenden fick sitt första krävande beslut i det här urvalet.");
  const days = shown[0]!.atRisk.map((r) => r.time);
  const {figure, body} = tableShell(document, "Tid till steg uppåt eller avslut", [
    {key: "unit", label: "Avdelning"},
    {key: "cases", label: "Ärenden"},
    {key: "escalated", label: "Steg uppåt"},
    {key: "closed", label: "Avslutade"},
    {key: "censored", label: "Fortfarande öppna"},
    {key: "median", label: "Median"},
    ...days.map((d) => ({key: `risk-${d}`, label: `Kvar i uppföljningen dag ${formatCount(d)}`}))
  ]);
  const el = elementMaker(document);
  for (const c of shown) {
    const tr = el("tr");
    tr.dataset.unit = c.unit;
    const th = el("th", c.label);
    th.scope = "row";
    tr.append(th);
    const cell = (key: string, text: string, value?: number) => {
      const td = el("td", text);
      td.dataset.column = key;
      if (value !== undefined) td.dataset.value = String(value);
      tr.append(td);
    };
    cell("cases", formatCount(c.cases), c.cases);
    cell("escalated", formatCount(c.escalated), c.escalated);
    cell("closed", formatCount(c.closed), c.closed);
    cell("censored", formatCount(c.censored), c.censored);
    cell("median", medianText(c), c.median.time ?? undefined);
    for (const r of c.atRisk) cell(`risk-${r.time}`, formatCount(r.nRisk), r.nRisk);
    body.append(tr);
  }
  return figure;
}
