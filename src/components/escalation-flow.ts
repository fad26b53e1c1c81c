/**
 * The escalation ladder as a flow (an alluvial chart of two columns): on the left the demanding decisions (report-back
 * requests, injunctions, fines), on the right the decision that followed each, with a band per move as wide as its count
 * and the count written on it. A ladder has loops (an injunction followed by another injunction), which a Sankey layout
 * cannot draw; two columns show every move, loops included, and read top-down in ladder order. The kind of move (repeat,
 * step up, step down, closure) is named in the tooltip and legend, and the from→to matrix beside it (transition-matrix.ts)
 * gives every count without colour. Drawn with plain SVG, so it renders in Node (jsdom) for the snapshot tests.
 */
import {DECISION_TYPES, type DecisionType} from "../lib/extract/codes.js";
import type {MoveKind} from "../lib/measures/escalation-ladder.js";
import type {FlowCount} from "../lib/measures/escalation-summaries.js";
import {formatCount, formatPercent} from "../lib/format/number.js";
import {emptyState} from "./dom.js";
import type {ChartOptions} from "./measure-view.js";

/** Short Swedish names of the rungs, for chart labels (the full names are in codes.ts). */
export const SHORT_DECISION_LABELS: Record<DecisionType, string> = {
  no_deficiencies: "Utan brister",
  criticism: "Kritik",
  report_back_1: "Återredovisning 1",
  report_back_2: "Återredovisning 2",
  report_back_3: "Återredovisning 3",
  injunction: "Föreläggande",
  injunction_with_fine: "Föreläggande med vite",
  fine_imposed: "Utdömt vite",
  prohibition: "Förbud",
  licence_revoked: "Återkallat tillstånd",
  prosecution_report: "Åtalsanmälan",
  final: "Slutligt beslut"
};

/** Shorter names still, for narrow screens (the matrix under the chart gives the full names). */
export const NARROW_DECISION_LABELS: Record<DecisionType, string> = {
  ...SHORT_DECISION_LABELS,
  report_back_1: "Återredov. 1",
  report_back_2: "Återredov. 2",
  report_back_3: "Återredov. 3",
  injunction: "Föreläggande",
  injunction_with_fine: "Förel. m. vite",
  licence_revoked: "Återkallat",
  final: "Slutligt"
};

/** How each kind of move is named, and its neutral colour (the words and the matrix carry the meaning, not the colour). */
export const MOVE_KINDS: Record<MoveKind, {label: string; symbol: string; colour: string}> = {
  repeat: {label: "upprepning på samma steg", symbol: "=", colour: "#9d7ab8"},
  "step-up": {label: "steg uppåt", symbol: "↑", colour: "#4e79a7"},
  "step-down": {label: "steg nedåt", symbol: "↓", colour: "#a0785a"},
  closed: {label: "avslut", symbol: "✓", colour: "#a9a9a9"}
};

/** Class names, so tests (and styles) find the drawn parts. */
export const FLOW_CLASSES = {link: "lika-flow-link", node: "lika-flow-node", count: "lika-flow-count", label: "lika-flow-label"} as const;

const ORDER = new Map<string, number>(DECISION_TYPES.map((t, i) => [t.code, i]));
/** Closing decisions are drawn last on the right, below the ladder. */
const rightOrder = (t: DecisionType) => (t === "final" || t === "no_deficiencies" ? 100 : 0) + ORDER.get(t)!;

/** The Swedish tooltip of one move. */
export function flowTooltip(f: FlowCount, fromTotal: number): string {
  return `${SHORT_DECISION_LABELS[f.from]} → ${SHORT_DECISION_LABELS[f.to]}: ${formatCount(f.count)} (${MOVE_KINDS[f.kind].label}), ${formatPercent(f.count / fromTotal)} av besluten efter ${SHORT_DECISION_LABELS[f.from].toLowerCase()}`;
}

/** One Swedish paragraph summarising the flows, for the caption and aria-description. */
export function flowSummary(flows: readonly FlowCount[]): string {
  const total = flows.reduce((s, f) => s + f.count, 0);
  const by = (kind: MoveKind) => flows.filter((f) => f.kind === kind).reduce((s, f) => s + f.count, 0);
  const largest = [...flows].sort((a, b) => b.count - a.count)[0];
  return (
    // At most four numbers a sentence (klarspråk): the total first, then the moves two by two.
    `${formatCount(total)} beslut följde på ett krävande beslut. ${formatCount(by("repeat"))} av dem var upprepningar på samma steg och ${formatCount(by("step-up"))} steg uppåt. ` +
    `${formatCount(by("step-down"))} var steg nedåt och ${formatCount(by("closed"))} avslut.` +
    (largest ? ` Vanligast: ${SHORT_DECISION_LABELS[largest.from]} → ${SHORT_DECISION_LABELS[largest.to]} (${formatCount(largest.count)}).` : "")
  );
}

interface Band {
  y0: number;
  y1: number;
}

export interface EscalationFlowOptions extends ChartOptions {
  /** Accessible name of the chart (default "Flöde mellan stegen på eskaleringstrappan"). */
  title?: string;
}

/** The flow chart as a `figure.lika-flow` with an SVG and a caption, or a sentence when there are no moves. */
export function EscalationFlow(flows: readonly FlowCount[], options: EscalationFlowOptions = {}): HTMLElement {
  const {document = globalThis.document, width = 640, title = "Flöde mellan stegen på eskaleringstrappan"} = options;
  const shown = flows.filter((f) => f.count > 0);
  if (shown.length === 0) return emptyState(document, "Inga beslut följde på ett krävande beslut i det här urvalet.");
  const narrow = width < 560;
  const fontSize = narrow ? 10 : 12;
  const names = narrow ? NARROW_DECISION_LABELS : SHORT_DECISION_LABELS;
  const nameOf = (t: DecisionType, value: number) => (narrow ? names[t] : `${names[t]} (${formatCount(value)})`);
  const nodeWidth = 10;
  const gap = narrow ? 8 : 10;
  const total = shown.reduce((s, f) => s + f.count, 0);
  const left = [...new Set(shown.map((f) => f.from))].sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
  const right = [...new Set(shown.map((f) => f.to))].sort((a, b) => rightOrder(a) - rightOrder(b));
  const sum = (pick: (f: FlowCount) => boolean) => shown.filter(pick).reduce((s, f) => s + f.count, 0);
  const rows = Math.max(left.length, right.length);
  const plotHeight = Math.max(200, Math.min(520, rows * 44));
  const top = 24;
  const height = top + plotHeight + 8;
  // One scale for both columns, so band widths match: the column with more gaps sets it.
  const k = (plotHeight - gap * (rows - 1)) / total;
  // Room for the longest label on each side (about 0.6 em per character in a system font).
  const longest = (nodes: DecisionType[], value: (t: DecisionType) => number) => Math.max(...nodes.map((t) => nameOf(t, value(t)).length));
  const x0 = Math.ceil(longest(left, (t) => sum((f) => f.from === t)) * fontSize * 0.6) + nodeWidth + 8;
  const x1 = width - Math.ceil(longest(right, (t) => sum((f) => f.to === t)) * fontSize * 0.6) - nodeWidth - 8;

  const stack = (nodes: DecisionType[], totalOf: (t: DecisionType) => number): Map<DecisionType, Band> => {
    const used = nodes.reduce((s, t) => s + totalOf(t) * k, 0) + gap * (nodes.length - 1);
    let y = top + (plotHeight - used) / 2;
    const out = new Map<DecisionType, Band>();
    for (const t of nodes) {
      const h = totalOf(t) * k;
      out.set(t, {y0: y, y1: y + h});
      y += h + gap;
    }
    return out;
  };
  const leftNodes = stack(left, (t) => sum((f) => f.from === t));
  const rightNodes = stack(right, (t) => sum((f) => f.to === t));

  const ns = "http://www.w3.org/2000/svg";
  const svg = (tag: string, attrs: Record<string, string | number> = {}, text?: string) => {
    const node = document.createElementNS(ns, tag);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const summary = flowSummary(shown);
  const root = svg("svg", {width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": title, "aria-description": summary, class: "lika-flow-svg", "font-family": "system-ui, sans-serif", "font-size": fontSize});
  root.append(svg("title", {}, title), svg("desc", {}, summary));
  root.append(svg("text", {x: x0 - nodeWidth, y: 12, "text-anchor": "end", "font-weight": "bold"}, "Beslut"), svg("text", {x: x1 + nodeWidth, y: 12, "font-weight": "bold"}, "Nästa beslut"));

  // Bands: at each node, stacked in the order of the other end, so they do not cross more than needed.
  const links = svg("g", {class: FLOW_CLASSES.link, fill: "none"});
  const counts = svg("g", {class: FLOW_CLASSES.count, "text-anchor": "middle", "paint-order": "stroke", stroke: "white", "stroke-width": 3, "stroke-linejoin": "round"});
  const outAt = new Map(left.map((t) => [t, leftNodes.get(t)!.y0]));
  const inAt = new Map(right.map((t) => [t, rightNodes.get(t)!.y0]));
  const ordered = [...shown].sort((a, b) => ORDER.get(a.from)! - ORDER.get(b.from)! || rightOrder(a.to) - rightOrder(b.to));
  for (const f of ordered) {
    const h = f.count * k;
    const s0 = outAt.get(f.from)!;
    const t0 = inAt.get(f.to)!;
    outAt.set(f.from, s0 + h);
    inAt.set(f.to, t0 + h);
    const xm = (x0 + x1) / 2;
    const d = `M${x0},${s0}C${xm},${s0} ${xm},${t0} ${x1},${t0}L${x1},${t0 + h}C${xm},${t0 + h} ${xm},${s0 + h} ${x0},${s0 + h}Z`;
    const path = svg("path", {d, fill: MOVE_KINDS[f.kind].colour, "fill-opacity": 0.55, stroke: MOVE_KINDS[f.kind].colour, "stroke-width": 0.5, "data-from": f.from, "data-to": f.to, "data-kind": f.kind, "data-count": f.count});
    const tip = flowTooltip(f, sum((g) => g.from === f.from));
    path.setAttribute("aria-label", tip);
    path.append(svg("title", {}, tip));
    links.append(path);
    // The count on the band, at its source end where bands are stacked in order; very thin bands carry it in the tooltip and the matrix.
    if (h >= fontSize - 1) counts.append(svg("text", {x: x0 + nodeWidth + (narrow ? 14 : 20), y: s0 + h / 2, dy: "0.35em", "data-from": f.from, "data-to": f.to}, formatCount(f.count)));
  }

  const nodes = svg("g", {class: FLOW_CLASSES.node});
  const labels = svg("g", {class: FLOW_CLASSES.label});
  const drawNode = (t: DecisionType, band: Band, side: "left" | "right", value: number) => {
    const x = side === "left" ? x0 - nodeWidth : x1;
    const rect = svg("rect", {x, y: band.y0, width: nodeWidth, height: Math.max(1, band.y1 - band.y0), fill: "#4a4a4a", "data-type": t, "data-side": side});
    rect.append(svg("title", {}, `${SHORT_DECISION_LABELS[t]}: ${formatCount(value)}`));
    nodes.append(rect);
    const tx = side === "left" ? x0 - nodeWidth - 4 : x1 + nodeWidth + 4;
    labels.append(svg("text", {x: tx, y: (band.y0 + band.y1) / 2, dy: "0.35em", "text-anchor": side === "left" ? "end" : "start"}, nameOf(t, value)));
  };
  for (const t of left) drawNode(t, leftNodes.get(t)!, "left", sum((f) => f.from === t));
  for (const t of right) drawNode(t, rightNodes.get(t)!, "right", sum((f) => f.to === t));
  root.append(links, nodes, counts, labels);

  const figure = document.createElement("figure");
  figure.className = "lika-flow";
  const legend = document.createElement("p");
  legend.className = "lika-flow-legend";
  for (const kind of Object.keys(MOVE_KINDS) as MoveKind[]) {
    const item = document.createElement("span");
    const swatch = document.createElement("span");
    swatch.className = "lika-swatch";
    swatch.style.background = MOVE_KINDS[kind].colour;
    item.append(swatch, ` ${MOVE_KINDS[kind].symbol} ${MOVE_KINDS[kind].label}`);
    legend.append(item, " ");
  }
  const caption = document.createElement("figcaption");
  caption.textContent = summary;
  figure.append(legend, root, caption);
  return figure;
}
