/**
 * One decision-maker over tertials (the decision-maker page): the adjusted share of decisions without deficiencies with
 * the limits its flag was judged by at each tertial, a table of the same, the case mix (types of home) and every flag's
 * explanation. Pure DOM and Plot, so it renders in Node too.
 */
import * as Plot from "@observablehq/plot";
import {plot} from "./plot.js";
import {labelOf, OPERATION_TYPES} from "../lib/extract/codes.js";
import {formatCount, formatNumber, formatPercent} from "../lib/format/number.js";
import type {DecisionMakerTertial} from "../lib/measures/decision-view.js";
import {periodLabel} from "../lib/view-state.js";
import {elementMaker, emptyState, tableShell} from "./dom.js";
import {FLAG_COLOURS, flagLetter, flagSymbol, flagText} from "./flag-badge.js";
import {ReadingGuide} from "./reading-guide.js";

interface Options {
  width?: number;
  document?: Document;
}


function pct(x: number): string {
  return Number.isFinite(x) ? formatPercent(x, 1) : "–";
}

type Assessed = DecisionMakerTertial & {assessment: NonNullable<DecisionMakerTertial["assessment"]>};

function assessedPoints(history: readonly DecisionMakerTertial[]): Assessed[] {
  return history.filter((h): h is Assessed => h.assessment !== null && Number.isFinite(h.assessment.p) && Number.isFinite(h.assessment.adjustedRate));
}

/** The chart: adjusted share per tertial, 95 % and 99.8 % limits as bands, flags as triangles with H/L. */
export function DecisionMakerOverTime(history: readonly DecisionMakerTertial[], {width = 640, document = globalThis.document}: Options = {}): HTMLElement {
  const points = assessedPoints(history);
  if (points.length === 0) return emptyState(document, "Beslutsfattaren har inte tillräckligt många beslut under någon tolvmånadersperiod för att bedömas.");
  const data = points.map((h) => ({
    tertial: periodLabel(h.tertial),
    rate: h.assessment.adjustedRate,
    alert: h.assessment.adjustedLimits.alert,
    alarm: h.assessment.adjustedLimits.alarm,
    target: h.assessment.target,
    level: h.assessment.level,
    direction: h.assessment.direction,
    n: h.assessment.n,
    title: `${periodLabel(h.tertial)}: ${pct(h.assessment.adjustedRate)} justerad andel (${formatCount(h.assessment.observed)} av ${formatCount(h.assessment.n)} beslut utan brister)\n95 %-gränser: ${pct(h.assessment.adjustedLimits.alert.lower)}–${pct(h.assessment.adjustedLimits.alert.upper)}\n${h.assessment.level && h.assessment.direction ? flagText(h.assessment.level, h.assessment.direction, "none") : "Ingen flagga"}`
  }));
  const flagged = data.filter((d) => d.level !== null && d.direction !== null);
  const summary = `Justerad andel beslut utan brister per tertial med 95 %- och 99,8 %-gränser; ${formatCount(flagged.length)} av ${formatCount(data.length)} tertialer flaggade.`;
  return plot({
    document,
    width,
    height: 320,
    marginLeft: 56,
    ariaLabel: "Beslutsfattaren över tid",
    ariaDescription: summary,
    caption: summary,
    // Narrow screens: tertial labels turned so they do not overlap.
    marginBottom: width < 640 ? 48 : 30,
    x: {label: null, domain: data.map((d) => d.tertial), padding: 0.3, tickRotate: width < 640 ? -45 : 0},
    // Adjusted shares can exceed 100 % ((O/E)·target); the axis grows to show them.
    y: {label: "Justerad andel utan brister", domain: [0, Math.max(1, ...data.map((d) => Math.max(d.rate, d.alarm.upper)))], tickFormat: (v: number) => formatPercent(v), grid: true},
    marks: [
      Plot.areaY(data, {x: "tertial", y1: (d) => d.alarm.lower, y2: (d) => d.alarm.upper, fill: FLAG_COLOURS.tooFew, fillOpacity: 0.25, curve: "step"}),
      Plot.areaY(data, {x: "tertial", y1: (d) => d.alert.lower, y2: (d) => d.alert.upper, fill: FLAG_COLOURS.tooFew, fillOpacity: 0.45, curve: "step"}),
      Plot.line(data, {x: "tertial", y: "target", stroke: FLAG_COLOURS.unflagged, strokeDasharray: "4 3"}),
      Plot.line(data, {x: "tertial", y: "rate", stroke: FLAG_COLOURS.neutral}),
      Plot.dot(data, {x: "tertial", y: "rate", symbol: (d) => flagSymbol(d.direction), r: 5, fill: (d) => (d.level === "alert" ? "white" : FLAG_COLOURS.neutral), stroke: FLAG_COLOURS.neutral, title: "title", tip: true}),
      Plot.text(flagged, {x: "tertial", y: "rate", text: (d) => flagLetter(d.direction!), dx: 12, fontWeight: "bold"})
    ]
  }) as HTMLElement;
}

/** The chart's table alternative: one row per tertial. */
export function decisionMakerTable(history: readonly DecisionMakerTertial[], document: Document = globalThis.document): HTMLElement {
  if (history.length === 0) return emptyState(document, "Inga beslut att visa för beslutsfattaren.");
  const el = elementMaker(document);
  const {figure, body} = tableShell(document, "Per tertial (tolv månader som slutar med tertialen)", [
    {label: "Tertial"},
    {key: "n", label: "Beslut"},
    {key: "observed", label: "Utan brister"},
    {key: "expected", label: "Förväntat"},
    {key: "adjustedRate", label: "Justerad andel"},
    {key: "limits", label: "95 %-gränser"},
    {key: "flag", label: "Flagga"}
  ]);
  for (const h of history) {
    const a = h.assessment;
    const tr = el("tr");
    tr.dataset.tertial = h.tertial;
    const th = el("th", periodLabel(h.tertial));
    th.scope = "row";
    tr.append(th);
    const assessed = a !== null && Number.isFinite(a.p);
    const cells: [string, string][] = [
      ["n", formatCount(a?.n ?? 0)],
      ["observed", formatCount(a?.observed ?? 0)],
      ["expected", a ? formatNumber(a.expected, {digits: 1}) : "–"],
      ["adjustedRate", a ? pct(a.adjustedRate) : "–"],
      ["limits", assessed ? `${pct(a.adjustedLimits.alert.lower)}–${pct(a.adjustedLimits.alert.upper)}` : "–"],
      ["flag", a === null ? "inga beslut" : !assessed ? `för få beslut (${formatCount(a.n)})` : a.level && a.direction ? `${flagLetter(a.direction)} ${flagText(a.level, a.direction, "none")}` : "–"]
    ];
    for (const [key, text] of cells) {
      const td = el("td", text);
      td.dataset.column = key;
      tr.append(td);
    }
    body.append(tr);
  }
  return figure;
}

/** The case mix of the latest window: decisions and share without deficiencies per type of operation. */
export function DecisionMakerCaseMix(latest: DecisionMakerTertial | undefined, document: Document = globalThis.document): HTMLElement {
  if (!latest || latest.caseMix.length === 0) return emptyState(document, "Inga beslut i frekvenstillsynen under de senaste tolv månaderna.");
  const el = elementMaker(document);
  const total = latest.caseMix.reduce((s, m) => s + m.cases, 0);
  const {figure, body} = tableShell(document, `Beslut per verksamhetstyp, ${latest.window.from} – ${latest.window.to}`, [
    {label: "Verksamhetstyp"},
    {key: "cases", label: "Beslut"},
    {key: "share", label: "Andel av besluten"},
    {key: "events", label: "Utan brister"}
  ]);
  for (const m of latest.caseMix) {
    const tr = el("tr");
    const th = el("th", labelOf(OPERATION_TYPES, m.operationType));
    th.scope = "row";
    tr.append(th, el("td", formatCount(m.cases)), el("td", formatPercent(m.cases / total)), el("td", formatCount(m.events)));
    body.append(tr);
  }
  const box = el("div");
  box.append(
    figure,
    ReadingGuide(["Förväntat antal beslut utan brister räknas med rikets andel för varje verksamhetstyp: den som mest beslutar om hem där brister är vanliga förväntas ha en lägre andel."], {document, title: "Så läser du tabellen", methodHref: "../metod.html"})
  );
  return box;
}

/** Every flag of the decision-maker, with its explanation sentence and the window counted. */
export function DecisionMakerFlags(history: readonly DecisionMakerTertial[], document: Document = globalThis.document): HTMLElement {
  const flagged = history.filter((h) => h.assessment?.level);
  if (flagged.length === 0) return emptyState(document, "Beslutsfattaren har ingen flagga under någon tertial: andelen ligger inom gränserna för hens ärendemix.");
  const el = elementMaker(document);
  const ul = el("ul");
  ul.className = "lika-flag-list";
  for (const h of flagged) {
    const a = h.assessment!;
    const li = el("li");
    li.dataset.tertial = h.tertial;
    li.append(el("strong", `${periodLabel(h.tertial)} (${h.window.from} – ${h.window.to}): ${flagLetter(a.direction!)} ${flagText(a.level!, a.direction!, "none")}. `), el("span", a.explanation));
    ul.append(li);
  }
  return ul;
}
