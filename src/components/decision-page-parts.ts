/**
 * The words and small blocks of the page "Beslut utan brister" around its charts: what the selection is and what it is
 * compared with, empty and too-small selections in words, the "Så läser du" texts, and the spread per tertial as a
 * table. Pure DOM from a `DecisionView`, so it renders in Node for tests.
 */
import {CASE_TYPES, DEPARTMENTS, OPERATION_TYPES, labelOf} from "../lib/extract/codes.js";
import type {FlagPolicy} from "../lib/flags/types.js";
import {formatCount, formatPercent} from "../lib/format/number.js";
import type {DecisionView, SpreadPoint} from "../lib/measures/decision-view.js";
import {periodLabel, QUERY_KEYS} from "../lib/view-state.js";
import {elementMaker, emptyState, tableShell} from "./dom.js";

export interface DecisionPagePartsOptions {
  policy: FlagPolicy;
  /** Query keys whose values were not valid (said in words). */
  ignored?: readonly string[];
  hrefOf?: (unit: string) => string;
  document?: Document;
}

function pp(x: number): string {
  return Number.isFinite(x) ? `${new Intl.NumberFormat("sv-SE", {maximumFractionDigits: 1}).format(x)} p.e.` : "–";
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

/** Expected false alarms among the units shown (until the flag-summary component lands). */
export function flagSummaryText(view: DecisionView, policy: FlagPolicy, document: Document = globalThis.document): HTMLElement {
  const el = elementMaker(document);
  const units = view.byDecisionMaker.units.filter((u) => Number.isFinite(u.p));
  const alarms = units.filter((u) => u.level === "alarm").length;
  const alerts = units.filter((u) => u.level === "alert").length;
  const p = el(
    "p",
    `${formatCount(alarms)} larm och ${formatCount(alerts)} varningar bland ${formatCount(units.length)} bedömda beslutsfattare. Av ren slump väntas ${new Intl.NumberFormat("sv-SE", {maximumFractionDigits: 2}).format(units.length * (1 - policy.alarmLevel))} falsklarm och ${new Intl.NumberFormat("sv-SE", {maximumFractionDigits: 1}).format(units.length * (1 - policy.alertLevel))} varningar bland så många, även om alla beslutade lika.`
  );
  p.className = "lika-flag-summary";
  return p;
}

/** "Så läser du diagrammet" as a <details> with the given points, open by default so it is visible. */
export function howToRead(points: readonly string[], title = "Så läser du diagrammet", document: Document = globalThis.document): HTMLElement {
  const el = elementMaker(document);
  const details = el("details");
  details.open = true;
  details.className = "lika-how-to-read";
  details.append(el("summary", title));
  const ul = el("ul");
  for (const point of points) ul.append(el("li", point));
  details.append(ul);
  return details;
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
      ["tauBefore", pp(s.beforeCaseMix.tauPercentagePoints), s.beforeCaseMix.tauPercentagePoints],
      ["tauAfter", pp(s.afterCaseMix.tauPercentagePoints), s.afterCaseMix.tauPercentagePoints],
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

export interface DecisionPageParts {
  selection: HTMLElement;
  flagSummary: HTMLElement;
  howToReadFunnel: HTMLElement;
  howToReadRanked: HTMLElement;
  spreadOverTime: HTMLElement;
  delegationSummary: HTMLElement;
  howToReadTable: HTMLElement;
}

/** Every text block of the page for one view. */
export function DecisionPageParts(view: DecisionView, spread: readonly SpreadPoint[], options: DecisionPagePartsOptions): DecisionPageParts {
  const document = options.document ?? globalThis.document;
  const el = elementMaker(document);
  const spreadBox = el("div");
  spreadBox.append(
    el("p", view.spread.conclusion),
    spreadTable(spread, document),
    howToRead(
      [
        "τ (tau) är den spridning mellan beslutsfattare som finns kvar när slumpens del är borträknad, i procentenheter (p.e.).",
        "I² är den andel av variationen som är större än slumpen förklarar.",
        "Före justering jämförs de råa andelarna; efter justering är varje beslutsfattare jämförd med vad hens blandning av hem och ärenden ger i riket.",
        "Sjunker τ efter justering över tid blir besluten mer enhetliga."
      ],
      "Så läser du tabellen",
      document
    )
  );
  const delegationUnits = view.delegation.units.filter((u) => Number.isFinite(u.p));
  const flagged = delegationUnits.filter((u) => u.level !== null).length;
  const delegationSummary = el(
    "p",
    delegationUnits.length === 0
      ? "Inga beslut på delegation att jämföra i urvalet."
      : `Riket: ${pct(view.delegation.target)} av ${formatCount(view.delegation.cases)} beslut fattades av inspektör med delegation. ${formatCount(flagged)} av ${formatCount(delegationUnits.length)} avdelningar flaggas.`
  );
  return {
    selection: selectionSummary(view, options),
    flagSummary: flagSummaryText(view, options.policy, document),
    howToReadFunnel: howToRead(
      [
        "Varje punkt är en beslutsfattare: justerad andel beslut utan brister (uppåt) mot antal beslut (åt höger).",
        "De korta strecken över och under en punkt är just den beslutsfattarens 95 %- och 99,8 %-gränser, räknade för hens blandning av hem och ärenden. En punkt utanför sina streck är flaggad.",
        "Trianglar med H (högre) eller L (lägre) är flaggade: fylld = larm (utanför 99,8 %), ihålig = varning (utanför 95 %). Gråa ringar har för få beslut för att bedömas.",
        "En flagga är ett underlag för vidare granskning, inte ett bevis på att någon beslutar fel."
      ],
      "Så läser du diagrammet",
      document
    ),
    howToReadRanked: howToRead(
      [
        "Varje streck är en beslutsfattare, ordnad från lägst till högst krympt andel; strecket är 95 %-intervallet.",
        "Krympning drar en andel mot genomsnittet ju mer, desto färre beslut den vilar på: den som har 8 beslut, alla utan brister, visas inte på 100 %.",
        "Den ljusa punkten bredvid är andelen utan krympning. Trianglar med H eller L är flaggade, som i trattdiagrammet."
      ],
      "Så läser du diagrammet",
      document
    ),
    spreadOverTime: spreadBox,
    delegationSummary,
    howToReadTable: howToRead(
      [
        "Förväntat: antal beslut utan brister om beslutsfattaren hade rikets andel för varje typ av hem och ärende.",
        "Justerad andel: observerat delat med förväntat, gånger rikets andel.",
        "q: sannolikheten för ett falsklarm efter justering för att många jämförs samtidigt (Benjamini–Hochberg).",
        "Beslut som skulle behöva skilja sig: hur många beslut som skulle behöva ha utfallit annorlunda för att flaggan skulle försvinna.",
        "Klicka på en kolumnrubrik för att sortera."
      ],
      "Så läser du tabellen",
      document
    )
  };
}
