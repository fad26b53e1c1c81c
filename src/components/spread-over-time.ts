/**
 * Spread between decision-makers over time: for each tertial, over the 12 months ending with it, the between-unit
 * standard deviation τ (percentage points; "typisk skillnad" to the reader) and I² (the share of the variation beyond
 * chance; "del som inte är slump"), without and with regard to case mix (`decisionMakerSpread`). The figure that answers "is uniformity improving?". Before and after differ by line style,
 * point shape and a direct label, not by colour alone.
 */
import * as Plot from "@observablehq/plot";
import {plot} from "./plot.js";
import type {DecisionMakerSpread} from "../lib/measures/decision-maker-spread.js";
import {parsePeriod} from "../lib/period.js";
import {formatCount, formatNumber, formatPercent} from "../lib/format/number.js";
import {formatPercentagePoints} from "../lib/format/share.js";
import {formatTypicalDifference} from "../lib/format/spread-sentence.js";
import {emptyState} from "./dom.js";
import type {ChartOptions} from "./measure-view.js";

/** The spread for the 12 months ending with one tertial ("2024T2"), as `decisionMakerSpread` returns it. */
export type SpreadPoint = {tertial: string} & Pick<DecisionMakerSpread, "beforeCaseMix" | "afterCaseMix">;

export const SPREAD_STAGES = {before: "Utan hänsyn till ärendena", after: "Med hänsyn till ärendena"} as const;

export interface SpreadRow {
  tertial: string;
  /** "T2 2024". */
  label: string;
  stage: (typeof SPREAD_STAGES)[keyof typeof SPREAD_STAGES];
  /** τ in percentage points; NaN when fewer than two units enter. */
  tau: number;
  /** I² as a fraction. */
  i2: number;
  units: number;
}

function tertialLabel(tertial: string): string {
  try {
    return parsePeriod(tertial).label;
  } catch {
    return tertial;
  }
}

/** The points in long form, one row per tertial and stage, in tertial order. */
export function spreadRows(points: readonly SpreadPoint[]): SpreadRow[] {
  return [...points]
    .sort((a, b) => (a.tertial < b.tertial ? -1 : a.tertial > b.tertial ? 1 : 0))
    .flatMap((p) => [
      {tertial: p.tertial, label: tertialLabel(p.tertial), stage: SPREAD_STAGES.before, tau: p.beforeCaseMix.tauPercentagePoints, i2: p.beforeCaseMix.i2, units: p.beforeCaseMix.units},
      {tertial: p.tertial, label: tertialLabel(p.tertial), stage: SPREAD_STAGES.after, tau: p.afterCaseMix.tauPercentagePoints, i2: p.afterCaseMix.i2, units: p.afterCaseMix.units}
    ]);
}

/** One Swedish sentence on the change after case mix from the first to the last tertial with an estimate. */
export function spreadSummary(rows: readonly SpreadRow[]): string {
  const after = rows.filter((r) => r.stage === SPREAD_STAGES.after && Number.isFinite(r.tau));
  if (after.length === 0) return "För få beslutsfattare har tillräckligt många beslut i varje period för att visa spridningen över tid.";
  const first = after[0]!;
  const last = after.at(-1)!;
  if (after.length === 1) return `Bara ${first.label} har tillräckligt många beslutsfattare. Med hänsyn till ärendena skiljer de sig typiskt ${formatTypicalDifference(first.tau)} åt.`;
  const [from, to] = [Math.round(first.tau), Math.round(last.tau)];
  const trend = to < from ? "minskade" : to > from ? "ökade" : "var oförändrad";
  const values = from === to ? `Den var ${formatTypicalDifference(to)} båda gångerna.` : `Den gick från ${formatNumber(from)} till ${formatTypicalDifference(to)}.`;
  return `Med hänsyn till ärendena ${trend} den typiska skillnaden mellan beslutsfattarna från ${first.label} till ${last.label}. ${values}`;
}

function tooltip(r: SpreadRow): string {
  return [`${r.label} (tolv månader till och med tertialen)`, r.stage, `Typisk skillnad: ${formatPercentagePoints(r.tau)}`, `Del som inte är slump: ${Number.isFinite(r.i2) ? formatPercent(r.i2) : "–"}`, `Beslutsfattare: ${formatCount(r.units)}`].join("\n");
}

/**
 * Two small charts sharing the tertial axis, τ above and I² below, inside a figure whose caption (also the charts'
 * aria-description) states the change. A sentence instead when there are no tertials; tertials with too few units
 * leave a gap and are named in a note.
 */
export function SpreadOverTime(points: readonly SpreadPoint[], {width = 640, document = globalThis.document}: ChartOptions = {}): HTMLElement {
  if (points.length === 0) return emptyState(document, "Det finns inga tertialer att visa spridningen för.");
  const rows = spreadRows(points);
  const summary = spreadSummary(rows);
  const labels = [...new Set(rows.map((r) => r.label))];
  const finite = rows.filter((r) => Number.isFinite(r.tau));
  const chart = (y: "tau" | "i2", label: string, format: (d: number) => string, max: number) =>
    plot({
      document,
      width,
      height: 200,
      marginLeft: 56,
      marginRight: 170,
      ariaLabel: `${label} per tertial, utan och med hänsyn till ärendena`,
      ariaDescription: summary,
      x: {type: "point", domain: labels, label: null, padding: 0.3},
      y: {label: `↑ ${label}`, domain: [0, max], tickFormat: format, grid: true, nice: true},
      symbol: {domain: Object.values(SPREAD_STAGES), range: ["circle", "square"]},
      marks: [
        Plot.line(rows.filter((r) => r.stage === SPREAD_STAGES.before), {x: "label", y, stroke: "#4a5a6a", strokeDasharray: "4,3", ariaHidden: "true"}),
        Plot.line(rows.filter((r) => r.stage === SPREAD_STAGES.after), {x: "label", y, stroke: "#4a5a6a", strokeWidth: 2, ariaHidden: "true"}),
        Plot.dot(finite, {x: "label", y, symbol: "stage", fill: (r: SpreadRow) => (r.stage === SPREAD_STAGES.after ? "#4a5a6a" : "white"), stroke: "#4a5a6a", r: 3.5, title: tooltip, tip: true, ariaLabel: tooltip, className: `lika-spread-${y}`}),
        // Direct labels at the last point of each line instead of a colour legend; the upper line's label sits above its
        // point and the other's below, so the two stay apart where the lines meet.
        ...Object.values(SPREAD_STAGES).map((stage) =>
          Plot.text(
            finite.filter((r) => r.stage === stage),
            Plot.selectLast({x: "label", y, text: "stage", dx: 8, dy: stage === upperStage(y) ? -7 : 7, textAnchor: "start", fill: "#303030", ariaHidden: "true"})
          )
        )
      ]
    });
  /** The stage whose line ends higher (before the adjustment when they end level). */
  const upperStage = (y: "tau" | "i2"): string => {
    const last = (stage: string) => finite.filter((r) => r.stage === stage).at(-1)?.[y] ?? -Infinity;
    return last(SPREAD_STAGES.after) > last(SPREAD_STAGES.before) ? SPREAD_STAGES.after : SPREAD_STAGES.before;
  };
  const figure = document.createElement("figure");
  figure.className = "lika-spread-over-time";
  const maxTau = Math.max(1, ...finite.map((r) => r.tau));
  figure.append(
    chart("tau", "Typisk skillnad (procentenheter)", (d) => formatNumber(d, {digits: 1, fixed: true}), maxTau),
    chart("i2", "Del som inte är slump", (d) => formatPercent(d), 1)
  );
  const caption = document.createElement("figcaption");
  caption.textContent = summary;
  figure.append(caption);
  const missing = labels.filter((l) => !finite.some((r) => r.label === l && r.stage === SPREAD_STAGES.after));
  if (missing.length > 0 && missing.length < labels.length) {
    const note = document.createElement("p");
    note.className = "lika-chart-note";
    note.textContent = `För få beslutsfattare för att räkna ut spridningen: ${missing.join(", ")}.`;
    figure.append(note);
  }
  return figure;
}
