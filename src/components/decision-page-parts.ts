/**
 * The blocks of the page "Beslut utan brister" around its charts: the summary first, what the selection is and the one
 * national share it is compared with, empty and too-small selections in words, and the spread per tertial as a table (the spread chart's table
 * alternative). Pure DOM from a `DecisionView`, so it renders in Node for tests.
 */
import {CASE_TYPES, DEPARTMENTS, OPERATION_TYPES, labelOf} from "../lib/extract/codes.js";
import type {FlagPolicy} from "../lib/flags/types.js";
import {alarmFatigue} from "../lib/flags/alarm-fatigue.js";
import {formatDateRange} from "../lib/format/date-range.js";
import {formatCount, formatPercent} from "../lib/format/number.js";
import {formatPercentagePoints, formatShare} from "../lib/format/share.js";
import {DEFAULT_DECISION_CASE_TYPES} from "../lib/measures/decisions-without-deficiencies.js";
import type {DecisionView, SpreadPoint} from "../lib/measures/decision-view.js";
import {EMPTY_SEARCH, searchQueryString, type DecisionSearch} from "../lib/search/decision-search.js";
import {periodLabel, QUERY_KEYS} from "../lib/view-state.js";
import {elementMaker, emptyState, tableShell} from "./dom.js";

export interface DecisionPagePartsOptions {
  policy: FlagPolicy;
  /** Query keys whose values were not valid (said in words). */
  ignored?: readonly string[];
  document?: Document;
}

function pct(x: number): string {
  return Number.isFinite(x) ? formatPercent(x) : "–";
}

/** The selection in words: "Frekvenstillsyn, HVB för barn och unga, avdelning Öst, T2 2024". */
export function selectionWords(view: DecisionView): string {
  const f = view.filter;
  const parts = [
    f.caseType === null ? "Frekvenstillsyn" : labelOf(CASE_TYPES, f.caseType),
    f.operationType === null ? "alla verksamhetstyper" : labelOf(OPERATION_TYPES, f.operationType),
    f.department === null ? "hela landet" : `avdelning ${labelOf(DEPARTMENTS, f.department)}`
  ];
  return `${parts.join(", ")}, ${view.period.label}`;
}

/** The national share the decision-makers are compared with, named once: "I riket var 45,6 % av de 799 besluten … utan brister." */
export function nationalRateSentence(view: DecisionView): string {
  return `Alla jämförs med riket. I riket var ${formatShare(view.byDecisionMaker.target)} av de ${formatCount(view.byDecisionMaker.cases)} besluten under samma tolv månader utan brister.`;
}

/** The departments' own national share (they are counted over the period, not the decision-makers' twelve months), named once. */
export function departmentRateSentence(view: DecisionView): string {
  return `Avdelningarna räknas över perioden ${view.period.label}. För den perioden är rikets andel beslut utan brister ${formatShare(view.byDepartment.target)}.`;
}

/** The delegation measure's national share, named once. */
export function delegationRateSentence(view: DecisionView): string {
  return `I riket fattades ${formatShare(view.delegation.target)} av besluten med delegation under ${view.period.label}.`;
}

/**
 * The sentences above the charts: the selection, the windows counted, the one national share units are compared with,
 * and the selection said to be empty or too small when it is.
 */
export function selectionSummary(view: DecisionView, options: DecisionPagePartsOptions): HTMLElement {
  const document = options.document ?? globalThis.document;
  const el = elementMaker(document);
  const box = el("div");
  box.className = "lika-selection";
  const people = view.byDecisionMaker.units;
  const assessed = people.filter((u) => u.n >= options.policy.minimumCases).length;
  const lines: string[] = [
    `Urval: ${selectionWords(view)}. Varje beslutsfattare räknas över tolv månader: ${formatDateRange(view.decisionMakerWindow.from, view.decisionMakerWindow.to)}.`,
    `${nationalRateSentence(view)} Förväntat räknas med rikets andel för varje verksamhetstyp och ärendeslag. Att välja en avdelning ändrar vilka som visas, inte vad de jämförs med.`
  ];
  for (const line of lines) box.append(el("p", line));
  const note = (text: string) => {
    const p = el("p", text);
    p.className = "lika-note";
    p.setAttribute("role", "status");
    box.append(p);
  };
  if (options.ignored && options.ignored.length > 0) {
    const names: Record<string, string> = {[QUERY_KEYS.period]: "perioden", [QUERY_KEYS.department]: "avdelningen", [QUERY_KEYS.operationType]: "verksamhetstypen", [QUERY_KEYS.caseType]: "ärendeslaget"};
    note(`Länken angav ${options.ignored.map((k) => names[k] ?? k).join(" och ")} med ett värde som inte finns i uttaget. Sidan visar standardvalet i stället.`);
  }
  if (people.length === 0) note("Urvalet innehåller inga beslut. Välj en annan period, avdelning, verksamhetstyp eller ett annat ärendeslag.");
  else if (assessed === 0) note(`Urvalet är för litet för att bedöma någon beslutsfattare: ingen har minst ${formatCount(options.policy.minimumCases)} beslut. Beslutsfattarna visas gråa med antalet beslut.`);
  else if (assessed < 5) note(`Urvalet är litet: bara ${formatCount(assessed)} beslutsfattare har minst ${formatCount(options.policy.minimumCases)} beslut och bedöms.`);
  return box;
}

/** The case types the measure counts under the view's filter (frequency supervision unless one is chosen), for Sök beslut. */
function searchCaseType(view: DecisionView): string {
  return view.filter.caseType ?? DEFAULT_DECISION_CASE_TYPES[0]!;
}

/** Sök beslut with one decision-maker's decisions of the measure's case type (from the page at the site's root). */
export function decisionMakerSearchHref(view: DecisionView, unit: string, base = "./"): string {
  return `${base}sok-beslut.html${searchQueryString({...EMPTY_SEARCH, decisionMaker: unit, caseType: searchCaseType(view) as DecisionSearch["caseType"]})}`;
}

/** How many flags, in words: "4 beslutsfattare har larm och 1 har varning, av 21 som bedöms." */
export function flagCountSentence(alarms: number, alerts: number, assessed: number): string {
  if (assessed === 0) return "Ingen beslutsfattare har tillräckligt många beslut för att bedömas.";
  if (alarms + alerts === 0) return `Ingen av de ${formatCount(assessed)} beslutsfattare som bedöms skiljer sig mer än slumpen kan förklara.`;
  const parts = [
    ...(alarms > 0 ? [`${formatCount(alarms)} beslutsfattare har larm`] : []),
    ...(alerts > 0 ? [`${alarms > 0 ? formatCount(alerts) : `${formatCount(alerts)} beslutsfattare`} har varning`] : [])
  ];
  return `${parts.join(" och ")}, av ${formatCount(assessed)} som bedöms.`;
}

/**
 * The page's summary, first under its title: how many decision-makers are flagged, how much they typically differ (the
 * spread's sentence), the largest difference (its own decisions against the expected, no adjusted share) and where to go
 * next — the flag's explanation, the decision-maker's page, the decisions in Sök beslut. The same result as the charts.
 */
export function decisionSummary(view: DecisionView, options: DecisionPagePartsOptions): HTMLElement {
  const document = options.document ?? globalThis.document;
  const el = elementMaker(document);
  const box = el("div");
  box.className = "lika-summary";
  const fatigue = alarmFatigue(view.byDecisionMaker.units, options.policy);
  const first = el("p", `${flagCountSentence(fatigue.alarms, fatigue.alerts, fatigue.assessed)} ${view.spread.conclusion}`);
  box.append(first);
  const top = fatigue.differences[0];
  const unit = top ? view.byDecisionMaker.units.find((u) => u.unit === top.unit) : undefined;
  const link = (href: string, text: string) => {
    const a = el("a", text) as HTMLAnchorElement;
    a.href = href;
    return a;
  };
  if (!unit && view.byDecisionMaker.units.length > 0) {
    const p = el("p");
    p.append("Välj en beslutsfattare i ", link("#tabell-alla-beslutsfattare", "tabellen"), " för att se hens sida över tid, eller sök besluten i ", link(`./sok-beslut.html${searchQueryString({...EMPTY_SEARCH, caseType: searchCaseType(view) as DecisionSearch["caseType"]})}`, "Sök beslut"), ".");
    box.append(p);
  }
  if (top && unit) {
    const p = el("p");
    const difference = Math.round((100 * Math.abs(unit.observed - unit.expected)) / unit.n);
    const higherOrLower = unit.observed >= unit.expected ? "högre" : "lägre";
    p.append(
      `Störst skillnad har ${unit.unit}: ${formatCount(unit.observed)} av ${formatCount(unit.n)} beslut var utan brister, en andel ${formatCount(difference)} procentenheter ${higherOrLower} än väntat. Läs varför i `,
      link("#tabell-alla-beslutsfattare", "tabellen"),
      ", se ",
      link(`./beslutsfattare/${unit.unit}.html`, "hens sida över tid"),
      " eller ",
      link(decisionMakerSearchHref(view, unit.unit), "hens beslut i Sök beslut"),
      "."
    );
    box.append(p);
  }
  return box;
}

/** The spread between decision-makers per tertial as a table (the chart's table alternative). */
export function spreadTable(points: readonly SpreadPoint[], document: Document = globalThis.document): HTMLElement {
  if (points.length === 0) return emptyState(document, "Det finns inte tolv månader med data före någon tertial, så spridningen över tid kan inte visas.");
  const el = elementMaker(document);
  const {figure, body} = tableShell(document, "Typisk skillnad mellan beslutsfattarna per tertial (tolv månader som slutar med tertialen)", [
    {label: "Tertial"},
    {key: "units", label: "Beslutsfattare"},
    {key: "tauBefore", label: "Typisk skillnad utan hänsyn till ärendena"},
    {key: "tauAfter", label: "Typisk skillnad med hänsyn till ärendena"},
    {key: "i2Before", label: "Del som inte är slump, utan hänsyn"},
    {key: "i2After", label: "Del som inte är slump, med hänsyn"}
  ]);
  for (const s of points) {
    const tr = el("tr");
    tr.dataset.tertial = s.tertial;
    const th = el("th", periodLabel(s.tertial));
    th.scope = "row";
    tr.append(th);
    const cells: [string, string, number][] = [
      ["units", formatCount(s.afterCaseMix.units), s.afterCaseMix.units],
      ["tauBefore", formatPercentagePoints(s.beforeCaseMix.tauPercentagePoints), s.beforeCaseMix.tauPercentagePoints],
      ["tauAfter", formatPercentagePoints(s.afterCaseMix.tauPercentagePoints), s.afterCaseMix.tauPercentagePoints],
      ["i2Before", pct(s.beforeCaseMix.i2), s.beforeCaseMix.i2],
      ["i2After", pct(s.afterCaseMix.i2), s.afterCaseMix.i2]
    ];
    for (const [key, text, value] of cells) {
      const td = el("td", text);
      td.dataset.column = key;
      td.dataset.value = String(value);
      tr.append(td);
    }
    body.append(tr);
  }
  return figure;
}

/** A `<details>` whose summary is exactly "För den som vill veta mer", holding technical paragraphs. */
export function moreDetails(paragraphs: readonly string[], document: Document = globalThis.document): HTMLElement {
  const el = elementMaker(document);
  const details = el("details");
  details.className = "lika-more";
  details.append(el("summary", "För den som vill veta mer"));
  for (const text of paragraphs) details.append(el("p", text));
  return details;
}
