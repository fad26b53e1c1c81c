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
import {EMPTY_SEARCH, searchQueryString} from "../lib/search/decision-search.js";
import {FLAG_LEVEL_NAMES, UNCERTAINTY_SENTENCES} from "../lib/format/ordlista.js";
import {formatDate} from "../lib/format/date-range.js";
import {lowerFirst} from "../lib/format/unit-noun.js";

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

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/**
 * The chart: the decision-maker's own share O/n per tertial with the expected share E/n (its case mix at the national
 * rates) and the limits around it (warning and alarm limits, `limits`, the same the flag was judged by on the adjusted
 * scale), flags as triangles with H/L. Shares never exceed 100 %; limits are drawn within 0–100 %.
 */
export function DecisionMakerOverTime(history: readonly DecisionMakerTertial[], {width = 640, document = globalThis.document}: Options = {}): HTMLElement {
  const points = assessedPoints(history);
  if (points.length === 0) return emptyState(document, noAssessmentText(history));
  const data = points.map((h) => ({
    tertial: periodLabel(h.tertial),
    rate: h.assessment.rate,
    alert: h.assessment.limits.alert,
    alarm: h.assessment.limits.alarm,
    expected: h.assessment.expectedRate,
    level: h.assessment.level,
    direction: h.assessment.direction,
    n: h.assessment.n,
    title: `${periodLabel(h.tertial)}: ${formatCount(h.assessment.observed)} av ${formatCount(h.assessment.n)} beslut utan brister (${pct(h.assessment.rate)})\nFörväntat: ${pct(h.assessment.expectedRate)}\nVarningsgränser: ${limitsText(h.assessment.limits.alert)}\n${h.assessment.level && h.assessment.direction ? flagText(h.assessment.level, h.assessment.direction, "none") : "Ingen flagga"}`
  }));
  const flagged = data.filter((d) => d.level !== null && d.direction !== null);
  const summary = `Andel beslut utan brister per tertial med förväntat, varningsgräns och larmgräns. ${formatCount(flagged.length)} av ${formatCount(data.length)} tertialer är flaggade.`;
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
    y: {label: "Andel beslut utan brister", domain: [0, 1], tickFormat: (v: number) => formatPercent(v), grid: true},
    marks: [
      Plot.areaY(data, {x: "tertial", y1: (d) => clamp01(d.alarm.lower), y2: (d) => clamp01(d.alarm.upper), fill: FLAG_COLOURS.tooFew, fillOpacity: 0.25, curve: "step"}),
      Plot.areaY(data, {x: "tertial", y1: (d) => clamp01(d.alert.lower), y2: (d) => clamp01(d.alert.upper), fill: FLAG_COLOURS.tooFew, fillOpacity: 0.45, curve: "step"}),
      Plot.line(data, {x: "tertial", y: "expected", stroke: FLAG_COLOURS.unflagged, strokeDasharray: "4 3"}),
      Plot.line(data, {x: "tertial", y: "rate", stroke: FLAG_COLOURS.neutral}),
      Plot.dot(data, {x: "tertial", y: "rate", symbol: (d) => flagSymbol(d.direction), r: 5, fill: (d) => (d.level === "alert" ? "white" : FLAG_COLOURS.neutral), stroke: FLAG_COLOURS.neutral, title: "title", tip: true}),
      Plot.text(flagged, {x: "tertial", y: "rate", text: (d) => flagLetter(d.direction!), dx: 12, fontWeight: "bold"})
    ]
  }) as HTMLElement;
}

/** "20,0–65,5 %": limits drawn within 0–100 %. */
function limitsText(limits: {lower: number; upper: number}): string {
  return `${formatNumber(100 * clamp01(limits.lower), {digits: 1, fixed: true})}–${pct(clamp01(limits.upper))}`;
}

/** True when the decision-maker made no decision counted in any window shown. */
export function hasNoDecisions(history: readonly DecisionMakerTertial[]): boolean {
  return history.every((h) => (h.assessment?.n ?? 0) === 0);
}

/** Why there is nothing to assess: no decisions at all, or never enough in twelve months. */
function noAssessmentText(history: readonly DecisionMakerTertial[]): string {
  return hasNoDecisions(history)
    ? "Beslutsfattaren fattade inga beslut i frekvenstillsynen under perioden."
    : "Beslutsfattaren hade aldrig tillräckligt många beslut under tolv månader för att bedömas.";
}

/** The chart's table alternative: one row per tertial. */
export function decisionMakerTable(history: readonly DecisionMakerTertial[], document: Document = globalThis.document): HTMLElement {
  if (history.length === 0) return emptyState(document, "Beslutsfattaren fattade inga beslut under perioden.");
  const el = elementMaker(document);
  const {figure, body} = tableShell(document, "Per tertial (tolv månader som slutar med tertialen)", [
    {label: "Tertial"},
    {key: "n", label: "Beslut"},
    {key: "observed", label: "Utan brister"},
    {key: "rate", label: "Andel utan brister"},
    {key: "expected", label: "Förväntat"},
    {key: "limits", label: "Varningsgränser"},
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
      ["rate", a && a.n > 0 ? pct(a.rate) : "–"],
      ["expected", a && a.n > 0 ? pct(a.expectedRate) : "–"],
      ["limits", assessed ? limitsText(a.limits.alert) : "–"],
      ["flag", a === null || a.n === 0 ? "inga beslut" : !assessed ? `för få beslut (${formatCount(a.n)})` : a.level && a.direction ? `${flagLetter(a.direction)} ${flagText(a.level, a.direction, "none")}` : "–"]
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
    ReadingGuide(["Förväntat räknas med rikets andel för varje verksamhetstyp. Den som mest beslutar om hem där brister är vanliga förväntas alltså ha en lägre andel."], {document, title: "Så läser du tabellen", methodHref: "../metod.html"})
  );
  return box;
}

/** Every flag of the decision-maker, with its explanation sentence and the window counted. */
export function DecisionMakerFlags(history: readonly DecisionMakerTertial[], document: Document = globalThis.document): HTMLElement {
  const flagged = history.filter((h) => h.assessment?.level);
  if (flagged.length === 0) {
    if (assessedPoints(history).length === 0) return emptyState(document, noAssessmentText(history));
    return emptyState(document, "Beslutsfattaren har ingen flagga under någon tertial. Andelen ligger inom gränserna för hens ärenden.");
  }
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

export interface DecisionMakerSummaryOptions {
  /** The fewest decisions a decision-maker is assessed on (the flag policy's). */
  minimumCases: number;
  /** The path from the page to the site's root ("../" on a decision-maker page). */
  root?: string;
  document?: Document;
}

/** The uncertainty of a flag in words (larm / varning / ingen flagga). */
function uncertaintyWords(level: "alarm" | "alert" | null): string {
  if (level === "alarm") return `${lowerFirst(UNCERTAINTY_SENTENCES.alarm)} (${FLAG_LEVEL_NAMES.alarm})`;
  if (level === "alert") return `skillnaden ${lowerFirst(UNCERTAINTY_SENTENCES.alert)} (${FLAG_LEVEL_NAMES.alert})`;
  return `skillnaden är inte större än slumpen kan förklara (${FLAG_LEVEL_NAMES.none})`;
}

/**
 * The decision-maker page's summary, first under its title: the latest twelve months (decisions without deficiencies
 * against the expected, in percentage points; no adjusted share), whether that is more than chance, how many tertials
 * are flagged, and where to go next (the flags' explanations, the decisions in Sök beslut). With no decisions, says so.
 */
export function decisionMakerSummary(history: readonly DecisionMakerTertial[], unit: string, options: DecisionMakerSummaryOptions): HTMLElement {
  const {document = globalThis.document, root = "../", minimumCases} = options;
  const el = elementMaker(document);
  const box = el("div");
  box.className = "lika-summary";
  const link = (href: string, text: string) => {
    const a = el("a", text) as HTMLAnchorElement;
    a.href = href;
    return a;
  };
  const search = (caseType: "frequency" | null) => `${root}sok-beslut.html${searchQueryString({...EMPTY_SEARCH, decisionMaker: unit, caseType})}`;
  const latest = history.at(-1);
  if (!latest || hasNoDecisions(history)) {
    const span = history.length > 0 ? ` mellan ${formatDate(history[0]!.window.from)} och ${formatDate(latest!.window.to)}` : "";
    const p = el("p", `Beslutsfattaren fattade inga beslut i frekvenstillsynen${span}. Därför finns inget att jämföra. Hens beslut i andra ärendeslag finns i `);
    p.append(link(search(null), "Sök beslut"), ".");
    box.append(p);
    return box;
  }
  const a = latest.assessment;
  const when = `Under de tolv månaderna fram till ${periodLabel(latest.tertial)}`;
  const sentences: string[] = [];
  if (a === null || a.n === 0) {
    sentences.push(`${when} fattade beslutsfattaren inga beslut i frekvenstillsynen.`);
  } else if (!Number.isFinite(a.p)) {
    sentences.push(`${when} fattade beslutsfattaren ${formatCount(a.n)} beslut i frekvenstillsynen, och ${formatCount(a.observed)} var utan brister.`);
    sentences.push(a.n < minimumCases ? `Det är för få för att bedöma: minst ${formatCount(minimumCases)} beslut behövs.` : "Andelen kan inte bedömas.");
  } else {
    const difference = Math.round((100 * Math.abs(a.observed - a.expected)) / a.n);
    sentences.push(`${when} var ${formatCount(a.observed)} av hens ${formatCount(a.n)} beslut utan brister.`);
    sentences.push(
      difference === 0
        ? `Det är vad som var väntat med hänsyn till ärendena, och ${uncertaintyWords(a.level)}.`
        : `Det är ${formatCount(difference)} procentenheter ${a.observed >= a.expected ? "högre" : "lägre"} än väntat med hänsyn till ärendena, och ${uncertaintyWords(a.level)}.`
    );
  }
  const withData = history.filter((h) => h.assessment !== null && Number.isFinite(h.assessment.p));
  const flagged = withData.filter((h) => h.assessment!.level !== null).length;
  if (withData.length > 1) sentences.push(flagged === 0 ? `Hen har ingen flagga under de ${formatCount(withData.length)} tertialer som kan bedömas.` : `Hen är flaggad i ${formatCount(flagged)} av ${formatCount(withData.length)} tertialer som kan bedömas.`);
  box.append(el("p", sentences.join(" ")));
  const next = el("p");
  next.append(
    ...(flagged > 0 ? ["Läs förklaringen under ", link("#flaggor-foerklarade", "Flaggor förklarade"), " eller se "] : ["Se "]),
    link(search("frequency"), "hens beslut i Sök beslut"),
    "."
  );
  box.append(next);
  return box;
}
