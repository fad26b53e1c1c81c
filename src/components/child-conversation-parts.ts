/**
 * The blocks of the page "Barnsamtal" around its charts: the selection and empty or small selections in words, the
 * headline figures with their denominators, the table per department or team (with CSV), the SPC points as a table,
 * assurance against the standard (P/F/?) and the homes never heard. Pure DOM from a `ChildConversationView`, so it
 * renders in Node for tests.
 */
import {DEPARTMENTS, HOME_TYPES, NO_CONVERSATION_REASONS, labelOf} from "../lib/extract/codes.js";
import type {FlagContext} from "../lib/flags/types.js";
import {toCsv} from "../lib/format/csv.js";
import {formatCount, formatPercent} from "../lib/format/number.js";
import {formatPercentCell} from "../lib/format/share.js";
import {capitalise, unitPlural, unitSingular} from "../lib/format/unit-noun.js";
import type {ChildConversationSummary} from "../lib/measures/child-conversations.js";
import type {ChildConversationView, DepartmentOverTime} from "../lib/measures/child-conversation-view.js";
import type {HomeNeverHeard} from "../lib/measures/homes-never-heard.js";
import {tertialLabel} from "../lib/period.js";
import {monthName} from "../lib/format/month.js";
import {QUERY_KEYS} from "../lib/view-state.js";
import {elementMaker, emptyState, tableShell, withCsvDownload} from "./dom.js";
import {FlagExplainer} from "./flag-explainer.js";
import {flagText} from "./flag-badge.js";
import type {AssessedMeasureView, ShownAssessment, ViewWording} from "./measure-view.js";
import {SPC_LINES_SV, SPC_RULE_SV, spcRulesInWords} from "../lib/format/spc-rules.js";
import type {PChartPoint} from "../lib/stats/p-chart.js";
import type {Assurance} from "../lib/stats/spc-rules.js";
import type {SpcRow, SpcSeries} from "./spc-chart.js";

/** The flagged measure's words (higher is better: "bättre/sämre" are right here). */
export const CHILD_CONVERSATIONS_WORDING: ViewWording = {rateLabel: "hem med barnsamtal av hem med placerade barn", caseNoun: "hem", eventPredicate: "hade barnsamtal", adjustedFor: "typ av hem", polarity: "higher-better"};

/** Below this many inspected homes the page says the selection is small. */
export const SMALL_SELECTION = 20;

function pct(x: number): string {
  return Number.isFinite(x) ? formatPercent(x) : "–";
}

/** The selection in words: "HVB, avdelning Mitt, 2023". */
export function childSelectionWords(view: ChildConversationView): string {
  const f = view.filter;
  return `${f.homeType === null ? "alla typer av hem" : labelOf(HOME_TYPES, f.homeType)}, ${f.department === null ? "hela landet" : `avdelning ${labelOf(DEPARTMENTS, f.department)}`}, ${view.period.label}`;
}

/** The sentences above the figures: the selection, what units are compared with, and empty or small selections. */
export function childSelectionSummary(view: ChildConversationView, options: {ignored?: readonly string[]; document?: Document} = {}): HTMLElement {
  const document = options.document ?? globalThis.document;
  const el = elementMaker(document);
  const box = el("div");
  box.className = "lika-selection";
  box.append(
    el("p", `Urval: ${childSelectionWords(view)} (${view.period.from} – ${view.period.to}). En inspektion räknas som ett inspekterat hem.`),
    el("p", "Avdelningar och team jämförs alltid med riket: förväntad andel räknas med hela landets andel per typ av hem. Att välja en avdelning väljer vilka som visas, inte vad de jämförs med.")
  );
  const note = (text: string) => {
    const p = el("p", text);
    p.className = "lika-note";
    p.setAttribute("role", "status");
    box.append(p);
  };
  if (options.ignored && options.ignored.length > 0) {
    const names: Record<string, string> = {[QUERY_KEYS.period]: "perioden", [QUERY_KEYS.department]: "avdelningen", [QUERY_KEYS.operationType]: "typen av hem", [QUERY_KEYS.caseType]: "ärendeslaget"};
    note(`Länken angav ${options.ignored.map((k) => names[k] ?? k).join(" och ")} med ett värde som inte finns här; standardvalet visas i stället.`);
  }
  const homes = view.headline?.inspectedHomes ?? 0;
  if (homes === 0) note("Urvalet innehåller inga inspekterade hem: välj en annan period, avdelning eller typ av hem.");
  else if (homes < SMALL_SELECTION) note(`Urvalet är litet: bara ${formatCount(homes)} inspekterade hem. Andelarna kan skifta mycket av slumpen.`);
  return box;
}

interface HeadlineFigure {
  key: string;
  value: string;
  label: string;
  counts: string;
}

/** The four headline figures with their denominators and one line on what each counts. */
export function headlineFigures(s: ChildConversationSummary): HeadlineFigure[] {
  const none = s.inspectedHomes - s.homesWithConversation;
  return [
    {key: "share-of-inspected", value: pct(s.shareOfInspectedHomes), label: "Barnsamtal vid inspekterade hem", counts: `${formatCount(s.homesWithConversation)} av ${formatCount(s.inspectedHomes)} inspekterade hem hade minst ett barnsamtal – det mått som publicerats (94, 68 och 71 % för 2023).`},
    {key: "share-of-child-present", value: pct(s.shareOfHomesWithChildPresent), label: "Barnsamtal där barn var placerade", counts: `${formatCount(s.homesWithConversation)} av ${formatCount(s.homesWithChildPresent)} hem där minst ett barn var placerat – det mått som flaggas, eftersom ett hem utan barn inte kan ge samtal.`},
    {key: "no-child-heard", value: `${formatCount(none)} av ${formatCount(s.inspectedHomes)}`, label: "Hem där inget barn hördes", counts: `${formatCount(s.reasons.no_child_present)} hade inga barn placerade, ${formatCount(s.reasons.all_declined)} där alla barn avböjde, ${formatCount(s.reasons.not_offered)} där samtal inte erbjöds och ${formatCount(s.reasons.other)} av annan orsak.`},
    {key: "per-agreeing-child", value: pct(s.conversationsPerAgreeingChild), label: "Samtal per barn som ville", counts: `${formatCount(s.childrenSpoken)} barn talades med av ${formatCount(s.childrenAgreed)} som ville (av ${formatCount(s.childrenPlaced)} placerade).`}
  ];
}

/** The headline figures as a row of cards (`div.lika-headline`, each `[data-figure]`), or a sentence when empty. */
export function ChildConversationHeadline(s: ChildConversationSummary | null, document: Document = globalThis.document): HTMLElement {
  if (s === null || s.inspectedHomes === 0) return emptyState(document, "Inga inspekterade hem i urvalet.");
  const el = elementMaker(document);
  const box = el("div");
  box.className = "lika-headline grid grid-cols-4";
  for (const f of headlineFigures(s)) {
    const card = el("div");
    card.className = "card lika-headline-figure";
    card.dataset.figure = f.key;
    const value = el("p", f.value);
    value.className = "big";
    card.append(el("h3", f.label), value, el("p", f.counts));
    box.append(card);
  }
  return box;
}

const REASON_COLUMNS = NO_CONVERSATION_REASONS.map((r) => ({key: `reason-${r.code}`, label: r.label, code: r.code}));

/**
 * The table per department or team: inspected homes, the published share, the flagged share and its flag (opening its
 * explainer), homes without a conversation by reason, conversations per child who agreed; with a CSV download.
 */
export function ChildConversationTable(
  summaries: readonly ChildConversationSummary[],
  flagged: AssessedMeasureView & {context: FlagContext},
  options: {unitType: "department" | "team"; caption: string; fileName: string; window?: {from: string; to: string}; document?: Document}
): HTMLElement {
  const document = options.document ?? globalThis.document;
  if (summaries.length === 0) return emptyState(document, `Inga ${unitPlural(options.unitType)} i urvalet.`);
  const el = elementMaker(document);
  const headers = [
    {key: "unit", label: capitalise(unitSingular(options.unitType))},
    {key: "inspected", label: "Inspekterade hem"},
    {key: "with", label: "Med barnsamtal"},
    {key: "share-of-inspected", label: "Andel av alla hem"},
    {key: "child-present", label: "Hem med placerade barn"},
    {key: "share-of-child-present", label: "Andel av hem med barn"},
    {key: "flag", label: "Flagga"},
    ...REASON_COLUMNS.map((c) => ({key: c.key, label: c.label})),
    {key: "per-child", label: "Samtal per barn som ville"}
  ];
  const {figure, body} = tableShell(document, options.caption, headers);
  const byUnit = new Map(flagged.units.map((u) => [u.unit, u as ShownAssessment]));
  const csvRows: (string | number | null)[][] = [];
  const csvPct = formatPercentCell;
  for (const s of summaries) {
    const a = byUnit.get(s.unit);
    const flagWords = a && a.level !== null && a.direction !== null ? flagText(a.level, a.direction, "higher-better") : a && a.noFlagReason ? a.noFlagReason : "Ingen flagga";
    const tr = el("tr");
    tr.dataset.unit = s.unit;
    const cells: [string, string | Node, number | null][] = [
      ["inspected", formatCount(s.inspectedHomes), s.inspectedHomes],
      ["with", formatCount(s.homesWithConversation), s.homesWithConversation],
      ["share-of-inspected", pct(s.shareOfInspectedHomes), s.shareOfInspectedHomes],
      ["child-present", formatCount(s.homesWithChildPresent), s.homesWithChildPresent],
      ["share-of-child-present", pct(s.shareOfHomesWithChildPresent), s.shareOfHomesWithChildPresent],
      ["flag", a && a.level !== null && a.direction !== null ? FlagExplainer(a, flagged.context, {unitType: options.unitType, wording: CHILD_CONVERSATIONS_WORDING, window: options.window, compact: true, document}) : flagWords, null],
      ...REASON_COLUMNS.map((c): [string, string, number] => [c.key, formatCount(s.reasons[c.code]), s.reasons[c.code]]),
      ["per-child", pct(s.conversationsPerAgreeingChild), s.conversationsPerAgreeingChild]
    ];
    const th = el("th", s.label);
    th.scope = "row";
    th.dataset.column = "unit";
    tr.append(th);
    for (const [key, content, value] of cells) {
      const td = el("td");
      td.dataset.column = key;
      if (value !== null && Number.isFinite(value)) td.dataset.value = String(value);
      if (a && key === "flag") {
        if (a.level !== null) td.dataset.level = a.level;
        if (a.direction !== null) td.dataset.direction = a.direction;
      }
      td.append(content);
      tr.append(td);
    }
    body.append(tr);
    csvRows.push([s.label, s.inspectedHomes, s.homesWithConversation, csvPct(s.shareOfInspectedHomes), s.homesWithChildPresent, csvPct(s.shareOfHomesWithChildPresent), flagWords, ...REASON_COLUMNS.map((c) => s.reasons[c.code]), csvPct(s.conversationsPerAgreeingChild)]);
  }
  const csvHeader = headers.map((h) => (h.key.startsWith("share") || h.key === "per-child" ? `${h.label} (%)` : h.label));
  return withCsvDownload(document, figure, toCsv(csvHeader, csvRows, {delimiter: ";", bom: true}), options.fileName);
}

/** MDC assurance as a letter and words: P (klarar kravet varje gång), F (klarar det aldrig), ? (ibland). */
export const ASSURANCE_SV: Record<Assurance, {letter: "P" | "F" | "?"; text: string}> = {
  pass_consistently: {letter: "P", text: "klarar kravet varje gång"},
  fail_consistently: {letter: "F", text: "kommer inte att klara kravet"},
  hit_and_miss: {letter: "?", text: "klarar kravet ibland – ibland inte"}
};

/** "T2 2023" for "2023T2", "maj 2023" for "2023-05". */
export function spcPointLabel(key: string): string {
  return key.includes("T") ? tertialLabel(key) : `${monthName(Number(key.slice(5, 7)))} ${key.slice(0, 4)}`;
}

/** A short label for the axis: "T2 23", "maj 23". */
function tickLabel(key: string): string {
  return key.includes("T") ? tertialLabel(key, "T2 23") : `${monthName(Number(key.slice(5, 7)), true)} ${key.slice(2, 4)}`;
}

/** The variation of the latest point in words, as MDC's variation icon says it. */
export function variationText(point: Pick<PChartPoint, "rule" | "side" | "variation"> | undefined): string {
  if (!point || point.rule === null) return "Ingen särskild orsak vid senaste punkten: variationen är vanlig slumpvariation.";
  const better = point.variation === "special_cause_improvement";
  return `Särskild orsak vid senaste punkten (${point.side === "high" ? "högre" : "lägre"}, ${better ? "bättre" : "sämre"}): ${SPC_RULE_SV[point.rule]}.`;
}

/** The tooltip of one point. */
export function spcTooltip(r: PChartPoint & {key: string}, label: string): string {
  const lines = [`${label}, ${spcPointLabel(r.key)}`, `Andel: ${formatPercent(r.proportion)} (${formatCount(r.events)} av ${formatCount(r.n)} hem)`, `Styrgränser: ${formatPercent(r.lower)}–${formatPercent(r.upper)}`];
  if (r.rule !== null) lines.push(`${r.side === "high" ? "Högre" : "Lägre"} (${r.variation === "special_cause_improvement" ? "bättre" : "sämre"}): ${SPC_RULE_SV[r.rule]}`);
  else lines.push("Vanlig slumpvariation");
  return lines.join("\n");
}

/** One Swedish sentence summarising a department's chart (caption and aria-description). */
export function spcSummary(over: DepartmentOverTime): string {
  const chart = over.chart!;
  const grain = over.grain === "tertial" ? "tertial" : "månad";
  const causes = chart.points.filter((p) => p.rule !== null).length;
  const trial = chart.shortBaseline ? ` Gränserna är preliminära: bara ${formatCount(chart.baselineLength)} punkter (färre än 12).` : "";
  return `${over.label}: andel hem med placerade barn där barn hördes, per ${grain} (${formatCount(chart.points.length)} punkter); ${SPC_LINES_SV.centre} är ${formatPercent(chart.centre)}. ${causes === 0 ? "Ingen punkt visar särskild orsak." : `${formatCount(causes)} punkter visar särskild orsak.`}${trial} ${variationText(chart.points.at(-1))}`;
}

/** One department over time as the control chart's series (SpcChart in spc-chart.ts): months on tertial bands. */
export function departmentSpcSeries(over: DepartmentOverTime): SpcSeries {
  return {
    periods: over.points.map((p) => ({key: p.key, tick: tickLabel(p.key), tertial: p.tertial})),
    chart: over.points.length === 0 ? null : over.chart,
    polarity: CHILD_CONVERSATIONS_WORDING.polarity,
    ariaLabel: `Styrdiagram för ${over.label}`,
    summary: over.chart === null ? "" : spcSummary(over),
    yLabel: "↑ Andel med barnsamtal",
    emptyText: `${over.label}: inga inspekterade hem med placerade barn att visa över tid.`,
    tooltip: (r: SpcRow) => spcTooltip(r, over.label)
  };
}

/** One department's SPC points as a table (the chart's table alternative). */
export function spcTable(over: DepartmentOverTime, document: Document = globalThis.document): HTMLElement {
  if (over.chart === null) return emptyState(document, `${over.label}: inga punkter.`);
  const {figure, body} = tableShell(document, `${over.label}: andel hem med placerade barn där barn hördes, per ${over.grain === "tertial" ? "tertial" : "månad"}`, [
    {key: "point", label: over.grain === "tertial" ? "Tertial" : "Månad"},
    {key: "n", label: "Hem med placerade barn"},
    {key: "events", label: "Med barnsamtal"},
    {key: "share", label: "Andel"},
    {key: "limits", label: capitalise(SPC_LINES_SV.limits)},
    {key: "cause", label: "Särskild orsak"}
  ]);
  const el = elementMaker(document);
  over.chart.points.forEach((p, i) => {
    const tr = el("tr");
    const th = el("th", spcPointLabel(over.points[i]!.key));
    th.scope = "row";
    tr.append(th);
    for (const text of [formatCount(p.n), formatCount(p.events), pct(p.proportion), `${pct(p.lower)}–${pct(p.upper)}`, p.rule === null ? "–" : `${p.side === "high" ? "H" : "L"}: ${SPC_RULE_SV[p.rule]}`]) tr.append(el("td", text));
    body.append(tr);
  });
  return figure;
}

/** Assurance against the standard per department: an icon with P, F or ?, the words, and the figures behind it. */
export function AssuranceTable(overTime: readonly DepartmentOverTime[], document: Document = globalThis.document): HTMLElement {
  if (overTime.length === 0) return emptyState(document, "Inga avdelningar att bedöma mot kravet.");
  const el = elementMaker(document);
  const {figure, body} = tableShell(document, "Klarar avdelningen kravet att barn som vill blir hörda?", [
    {key: "unit", label: "Avdelning"},
    {key: "assurance", label: "Säkerhet mot kravet"},
    {key: "standard-share", label: "Hem där barn ville, med samtal"},
    {key: "limits", label: "Styrgränser vid senaste punkten"},
    {key: "variation", label: "Variation (andel där barn var placerade)"}
  ]);
  for (const o of overTime) {
    const tr = el("tr");
    tr.dataset.unit = o.department;
    const th = el("th", o.label);
    th.scope = "row";
    const icon = el("td");
    icon.dataset.column = "assurance";
    if (o.assurance === null) icon.textContent = "Inget barn ville samtala: kan inte bedömas";
    else {
      const a = ASSURANCE_SV[o.assurance];
      icon.dataset.assurance = o.assurance;
      const badge = el("span", a.letter);
      badge.className = `lika-assurance lika-assurance-${o.assurance}`;
      badge.setAttribute("role", "img");
      badge.setAttribute("aria-label", `${a.letter}: ${a.text}`);
      badge.title = a.text;
      icon.append(badge, ` ${a.text}`);
    }
    const chart = o.standardChart;
    const last = chart?.points.at(-1);
    const events = o.standardPoints.reduce((s, p) => s + p.events, 0);
    const n = o.standardPoints.reduce((s, p) => s + p.n, 0);
    tr.append(
      th,
      icon,
      el("td", chart ? `${pct(chart.centre)} (${formatCount(events)} av ${formatCount(n)})` : "–"),
      el("td", last ? `${pct(last.lower)}–${pct(last.upper)}` : "–"),
      el("td", o.chart ? variationText(o.chart.points.at(-1)) : "–")
    );
    tr.lastElementChild!.setAttribute("style", "text-align:left;white-space:normal");
    body.append(tr);
  }
  return figure;
}

/** Homes never heard as a table, or a sentence for none or for a build without home ids. */
export function HomesNeverHeardTable(homes: readonly HomeNeverHeard[] | null, document: Document = globalThis.document): HTMLElement {
  if (homes === null) return emptyState(document, "Listan över hem finns bara i den interna versionen.");
  if (homes.length === 0) return emptyState(document, "Inget hem i urvalet saknade barnsamtal vid två inspektioner i rad.");
  const reason = (code: HomeNeverHeard["reason"]) => (code === null ? "ingen orsak angiven" : labelOf(NO_CONVERSATION_REASONS, code));
  const {figure, body} = tableShell(document, `Hem där inget barn hördes vid två inspektioner i rad (${formatCount(homes.length)})`, [
    {key: "home", label: "Hem (pseudonym)"},
    {key: "department", label: "Avdelning"},
    {key: "team", label: "Team"},
    {key: "home_type", label: "Typ av hem"},
    {key: "date", label: "Inspektion"},
    {key: "reason", label: "Orsak"},
    {key: "previousDate", label: "Föregående inspektion"},
    {key: "previousReason", label: "Orsak då"}
  ]);
  const el = elementMaker(document);
  for (const h of homes) {
    const tr = el("tr");
    tr.dataset.home = h.home;
    if (!h.childPlaced) tr.className = "lika-too-few";
    const th = el("th", h.home);
    th.scope = "row";
    tr.append(th);
    for (const text of [labelOf(DEPARTMENTS, h.department), h.team, labelOf(HOME_TYPES, h.home_type), h.date, reason(h.reason), h.previousDate, reason(h.previousReason)]) tr.append(el("td", text));
    body.append(tr);
  }
  return figure;
}

/** "Så läser du diagrammet" for the page's own charts. */
export function childReadingPoints(chart: "reasons" | "spc" | "assurance" | "homes"): string[] {
  switch (chart) {
    case "reasons":
      return [
        "Varje stapel är de inspekterade hem där inget barn hördes, som andel av alla hem avdelningen (eller teamet) inspekterade, uppdelad efter orsak. Siffran i fältet är antalet hem.",
        "Grått (inga barn placerade) är ingen brist hos avdelningen; orange (samtal erbjöds inte) är det som tillsynen själv kan ändra."
      ];
    case "spc":
      return [
        "Punkterna är andelen hem med placerade barn där minst ett barn hördes, per tertial (eller per månad med tertialerna som band när tertialerna är för få). Den heldragna linjen är medelvärdet, de grå trappstegen styrgränserna för varje punkts antal hem.",
        `En triangel med H (högre) eller L (lägre) är en särskild orsak enligt NHS ”Making Data Count”: ${spcRulesInWords()}. Blått är bättre, orange sämre; bokstaven och formen bär betydelsen även utan färg.`,
        "Streckade gränser är preliminära: färre än 12 punkter sätter dem."
      ];
    case "assurance":
      return [
        "Kravet: varje hem där ett barn var placerat och ville samtala ska ha haft ett barnsamtal. P betyder att processen klarar kravet varje gång, F att den inte kommer att klara det (kravet ligger utanför styrgränserna), ? att den klarar det ibland.",
        "Bedömningen bygger på styrgränserna för andelen hem där minst ett barn ville, med samtal, vid den senaste punkten (som NHSRplotthedots gör)."
      ];
    case "homes":
      return ["Hem där inget barn hördes vid två inspektioner i rad, den senare i perioden. Hem med barn placerade vid minst en av dem står först; gråa rader hade inga barn placerade vid någon av dem."];
  }
}
