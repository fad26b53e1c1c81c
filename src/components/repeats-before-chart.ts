/**
 * Repeats before escalation as a distribution: for every step up, how many decisions at the same rung came first (0 =
 * stepped up at once), per department, as the share of its step ups, with the counts in the tooltip and in the table.
 */
import * as Plot from "@observablehq/plot";
import {plot} from "./plot.js";
import type {EscalationSummary} from "../lib/measures/escalation-summaries.js";
import {formatCount, formatNumber, formatPercent} from "../lib/format/number.js";
import {elementMaker, emptyState, tableShell} from "./dom.js";
import type {ChartOptions} from "./measure-view.js";

/** Step ups with 3 or more repeats before them are drawn together. */
const TOP = 3;
const BUCKETS = ["0", "1", "2", "3+"];

interface Bar {
  unit: string;
  label: string;
  bucket: string;
  stepUps: number;
  share: number;
}

function bars(summaries: readonly EscalationSummary[]): Bar[] {
  return summaries
    .filter((s) => s.repeatsBeforeEscalation.stepUps > 0)
    .flatMap((s) => {
      const counts = [0, 0, 0, 0];
      for (const c of s.repeatsBeforeEscalation.counts) counts[Math.min(TOP, c.repeats)]! += c.stepUps;
      return counts.map((n, i) => ({unit: s.unit, label: s.label, bucket: BUCKETS[i]!, stepUps: n, share: n / s.repeatsBeforeEscalation.stepUps}));
    });
}

/** Bars per department (rows) and number of repeats (columns), or a sentence when no case stepped up. */
export function RepeatsBeforeChart(summaries: readonly EscalationSummary[], options: ChartOptions = {}): HTMLElement {
  const {document = globalThis.document, width = 640} = options;
  const data = bars(summaries);
  if (data.length === 0) return emptyState(document, "Inga ärenden steg uppåt i det här urvalet.");
  const description = `Upprepningar på samma steg före ett steg uppåt, som andel av stegen uppåt. ${summaries
    .filter((s) => s.repeatsBeforeEscalation.stepUps > 0)
    .map((s) => `${s.label}: ${formatCount(s.repeatsBeforeEscalation.stepUps)} steg uppåt, medianen är ${formatCount(s.repeatsBeforeEscalation.median)} ${s.repeatsBeforeEscalation.median === 1 ? "upprepning" : "upprepningar"} före.`)
    .join(" ")}`;
  return plot({
    document,
    width,
    height: 60 + 34 * new Set(data.map((d) => d.unit)).size * 1.2,
    marginLeft: 90,
    ariaLabel: "Upprepningar före steg uppåt per avdelning",
    ariaDescription: description,
    caption: description,
    x: {label: "Andel av stegen uppåt", domain: [0, 1], tickFormat: (v: number) => formatPercent(v)},
    fy: {label: null, tickFormat: (label: string) => `${label} (${formatCount(summaries.find((s) => s.label === label)?.repeatsBeforeEscalation.stepUps ?? 0)})`},
    y: {label: null, axis: null},
    color: {domain: BUCKETS, range: ["#c6dbef", "#6baed6", "#2171b5", "#08306b"], legend: true, label: "Upprepningar före steget uppåt"},
    marks: [
      Plot.barX(data, Plot.stackX({x: "share", fy: "label", fill: "bucket", order: BUCKETS, title: (d: Bar) => `${d.label}: ${formatCount(d.stepUps)} steg uppåt efter ${d.bucket} upprepningar (${formatPercent(d.share)})`, tip: true})),
      Plot.text(data.filter((d) => d.share >= 0.08), Plot.stackX({x: "share", fy: "label", z: "bucket", order: BUCKETS, text: (d: Bar) => d.bucket, fill: (d: Bar) => (d.bucket === "0" ? "black" : "white"), ariaHidden: "true"}))
    ]
  }) as HTMLElement;
}

/** The table alternative: per unit, step ups after 0, 1, 2 and 3+ repeats, the median and the mean. */
export function RepeatsBeforeTable(summaries: readonly EscalationSummary[], document: Document = globalThis.document): HTMLElement {
  const shown = summaries.filter((s) => s.repeatsBeforeEscalation.stepUps > 0);
  if (shown.length === 0) return emptyState(document, "Inga ärenden steg uppåt i det här urvalet.");
  const {figure, body} = tableShell(document, "Steg uppåt efter antal upprepningar på samma steg", [
    {key: "unit", label: "Avdelning"},
    ...BUCKETS.map((b) => ({key: `r${b}`, label: `${b} upprepningar`})),
    {key: "median", label: "Median"},
    {key: "mean", label: "Medelvärde"}
  ]);
  const el = elementMaker(document);
  for (const s of shown) {
    const tr = el("tr");
    tr.dataset.unit = s.unit;
    const th = el("th", s.label);
    th.scope = "row";
    tr.append(th);
    const counts = [0, 0, 0, 0];
    for (const c of s.repeatsBeforeEscalation.counts) counts[Math.min(TOP, c.repeats)]! += c.stepUps;
    for (const n of counts) tr.append(el("td", `${formatCount(n)} (${formatPercent(n / s.repeatsBeforeEscalation.stepUps)})`));
    tr.append(el("td", formatNumber(s.repeatsBeforeEscalation.median, {digits: 2})), el("td", formatNumber(s.repeatsBeforeEscalation.mean, {digits: 2})));
    body.append(tr);
  }
  return figure;
}
