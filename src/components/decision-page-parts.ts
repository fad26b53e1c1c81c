/**
 * The blocks of the page "Beslut utan brister" around its charts: what the selection is and what it is compared with,
 * empty and too-small selections in words, and the spread per tertial as a table (the spread chart's table
 * alternative). Pure DOM from a `DecisionView`, so it renders in Node for tests.
 */
import {CASE_TYPES, DEPARTMENTS, OPERATION_TYPES, labelOf} from "../lib/extract/codes.js";
import type {FlagPolicy} from "../lib/flags/types.js";
import {formatCount, formatPercent} from "../lib/format/number.js";
import {formatPercentagePoints} from "../lib/format/share.js";
import type {DecisionView, SpreadPoint} from "../lib/measures/decision-view.js";
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

/**
 * The sentences above the charts: the selection, the windows counted, what units are compared with, and the selection
 * said to be empty or too small when it is.
 */
export function selectionSummary(view: DecisionView, options: DecisionPagePartsOptions): HTMLElement {
  const document = options.document ?? globalThis.document;
  const el = elementMaker(document);
  const box = el("div");
  box.className = "lika-selection";
  const people = view.byDecisionMaker.units;
  const assessed = people.filter((u) => u.n >= options.policy.minimumCases).length;
  const lines: string[] = [
    `Urval: ${selectionWords(view)}. Beslutsfattare räknas över tolv månader (${view.decisionMakerWindow.from} – ${view.decisionMakerWindow.to}), avdelningar över perioden (${view.period.from} – ${view.period.to}).`,
    `Jämförelsen görs alltid med riket: förväntat antal räknas med hela landets andel per verksamhetstyp och ärendeslag i samma urval av beslut (${formatCount(view.byDecisionMaker.cases)} beslut, ${pct(view.byDecisionMaker.target)} utan brister). Att välja en avdelning väljer vilka som visas, inte vad de jämförs med.`
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
    note(`Länken angav ${options.ignored.map((k) => names[k] ?? k).join(" och ")} med ett värde som inte finns i uttaget; standardvalet visas i stället.`);
  }
  if (people.length === 0) note("Urvalet innehåller inga beslut: välj en annan period, avdelning, verksamhetstyp eller ett annat ärendeslag.");
  else if (assessed === 0) note(`Urvalet är för litet för att bedöma någon beslutsfattare: ingen har minst ${formatCount(options.policy.minimumCases)} beslut. Beslutsfattarna visas gråa med antalet beslut.`);
  else if (assessed < 5) note(`Urvalet är litet: bara ${formatCount(assessed)} beslutsfattare har minst ${formatCount(options.policy.minimumCases)} beslut och bedöms.`);
  return box;
}

/** The spread between decision-makers per tertial as a table (the chart's table alternative). */
export function spreadTable(points: readonly SpreadPoint[], document: Document = globalThis.document): HTMLElement {
  if (points.length === 0) return emptyState(document, "Det finns inte tolv månader med data före någon tertial: spridningen över tid kan inte visas.");
  const el = elementMaker(document);
  const {figure, body} = tableShell(document, "Spridning mellan beslutsfattare per tertial (tolv månader som slutar med tertialen)", [
    {label: "Tertial"},
    {key: "units", label: "Beslutsfattare"},
    {key: "tauBefore", label: "τ före justering"},
    {key: "tauAfter", label: "τ efter justering"},
    {key: "i2Before", label: "I² före"},
    {key: "i2After", label: "I² efter"}
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
