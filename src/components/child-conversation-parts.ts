/**
 * The blocks of the page "Barnsamtal" around its charts: the selection and empty or small selections in words, the
 * headline figures with their denominators, the table per department or team (with CSV), the SPC points as a table,
 * assurance against the standard ("klarar alltid / klarar inte / klarar ibland") and the homes never heard; and the
 * summary at the top of the page. Pure DOM from a `ChildConversationView`, so it
 * renders in Node for tests.
 */
import {DEPARTMENTS, HOME_TYPES, NO_CONVERSATION_REASONS, labelOf} from "../lib/extract/codes.js";
import type {FlagContext} from "../lib/flags/types.js";
import {toCsv} from "../lib/format/csv.js";
import {formatCount, formatPercent} from "../lib/format/number.js";
import {formatPercentCell, formatShareRange} from "../lib/format/share.js";
import {countInWords} from "../lib/format/words.js";
import {capitalise, unitPlural, unitSingular} from "../lib/format/unit-noun.js";
import {ASSURANCE_NAMES, MEASURE_NAMES} from "../lib/format/ordlista.js";
import {CHILD_CONVERSATIONS_WORDING as CHILD_MEASURE_WORDING, type ChildConversationSummary} from "../lib/measures/child-conversations.js";
import {CONVERSATION_STANDARD, type ChildConversationView, type DepartmentOverTime} from "../lib/measures/child-conversation-view.js";
import type {HomeNeverHeard} from "../lib/measures/homes-never-heard.js";
import {tertialLabel} from "../lib/period.js";
import {monthName} from "../lib/format/month.js";
import {QUERY_KEYS} from "../lib/view-state.js";
import {elementMaker, emptyState, tableShell, withCsvDownload} from "./dom.js";
import {FlagExplainer} from "./flag-explainer.js";
import {LeadSummary, flagLeadSentences, leadDifferences, signedPoints, type LeadSentence} from "./flag-lead.js";
import {MoreToKnow} from "./spc-chart.js";
import {flagText} from "./flag-badge.js";
import {isTooFew, tooFewText, type AssessedMeasureView, type ShownAssessment, type ViewWording} from "./measure-view.js";
import {SPC_LINES_SV, SPC_MARK_SV, SPC_METHOD_SV, SPC_RULE_SV, spcRulesSentences} from "../lib/format/spc-rules.js";
import type {PChartPoint} from "../lib/stats/p-chart.js";
import type {Assurance} from "../lib/stats/spc-rules.js";
import type {SpcRow, SpcSeries} from "./spc-chart.js";

/** The flagged measure's words (higher is better: "bättre/sämre" are right here). */
export const CHILD_CONVERSATIONS_WORDING: ViewWording = CHILD_MEASURE_WORDING;

/** The measure's one name ("hem där barn talades med"), and the page's name for a home where no child was. */
export const CHILD_MEASURE_SV = {measure: MEASURE_NAMES["child-conversations"], none: "hem där inget barn talades med"} as const;

/** Below this many inspected homes the page says the selection is small. */
export const SMALL_SELECTION = 20;

function pct(x: number): string {
  return Number.isFinite(x) ? formatPercent(x) : "–";
}

/** A share that must not read "100 %" unless it is: 0.996 → "99,6 %" (the standard is 100 %, so the difference matters). */
function pctOfStandard(x: number): string {
  return Number.isFinite(x) && x < 1 && formatPercent(x) === formatPercent(1) ? formatPercent(x, 1) : pct(x);
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

/** Where the summary's links lead: the table per department and each department's chart over time (the first two are written as ids in src/barnsamtal.md). */
export const CHILD_ANCHORS = {departments: "avdelningar", overTime: "over-tid", department: (code: string) => `over-tid-${code}`} as const;

/**
 * The summary at the top of the page (two to four sentences): the share this period, which departments differ from
 * what was expected and whether chance can explain it, and where to read on. From the same view as the charts.
 */
export function childPageSummary(view: ChildConversationView, departments: AssessedMeasureView, document: Document = globalThis.document): HTMLElement {
  const s = view.headline;
  if (s === null || s.homesWithChildPresent === 0) return LeadSummary([`Under ${view.period.label} finns inga inspekterade hem med placerade barn i urvalet, så det finns inget att sammanfatta.`], document);
  const sentences: LeadSentence[] = [`Under ${view.period.label} talade inspektörerna med barn i ${pct(s.shareOfHomesWithChildPresent)} av de hem där barn var placerade.`];
  sentences.push(
    ...flagLeadSentences(departments, "department", {
      lead: (direction) => `talade med barn i ${direction === "high" ? "fler" : "färre"} hem än väntat`,
      unit: (d, mixed, i) => (mixed ? `${d.label}${i === 0 ? " talade med barn" : ""} i ${d.direction === "high" ? "fler" : "färre"} hem (${signedPoints(d)})` : `${d.label} (${signedPoints(d)})`)
    })
  );
  const first = leadDifferences(departments).find((d) => view.overTime.some((o) => o.department === d.unit));
  sentences.push(
    first
      ? ["Öppna flaggan i ", {text: "tabellen per avdelning", href: `#${CHILD_ANCHORS.departments}`}, " för att se varför, och se ", {text: `${labelOf(DEPARTMENTS, first.unit)} över tid`, href: `#${CHILD_ANCHORS.department(first.unit)}`}, "."]
      : ["Se hur varje avdelning har utvecklats ", {text: "över tid", href: `#${CHILD_ANCHORS.overTime}`}, "."]
  );
  return LeadSummary(sentences, document);
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
    {key: "share-of-inspected", value: pct(s.shareOfInspectedHomes), label: "Hem där barn talades med, av alla inspekterade", counts: `${formatCount(s.homesWithConversation)} av ${formatCount(s.inspectedHomes)} inspekterade hem. Det är måttet som publiceras.`},
    {key: "share-of-child-present", value: pct(s.shareOfHomesWithChildPresent), label: "Hem där barn talades med, av hem med placerade barn", counts: `${formatCount(s.homesWithConversation)} av ${formatCount(s.homesWithChildPresent)} hem med placerade barn. Det är måttet som flaggas, eftersom inget samtal kan hållas där inget barn bor.`},
    {key: "no-child-heard", value: `${formatCount(none)} av ${formatCount(s.inspectedHomes)}`, label: "Hem där inget barn talades med", counts: `Inga barn var placerade i ${formatCount(s.reasons.no_child_present)}. Alla barn avböjde i ${formatCount(s.reasons.all_declined)}, och inspektören erbjöd inget samtal i ${formatCount(s.reasons.not_offered)}. Annan orsak: ${formatCount(s.reasons.other)}.`},
    {key: "per-agreeing-child", value: pct(s.conversationsPerAgreeingChild), label: "Barn som ville och talades med", counts: `${formatCount(s.childrenSpoken)} av ${formatCount(s.childrenAgreed)} barn som ville samtala. Totalt var ${formatCount(s.childrenPlaced)} barn placerade.`}
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
    {key: "with", label: "Barn talades med"},
    {key: "share-of-inspected", label: "Andel av alla hem"},
    {key: "child-present", label: "Hem med placerade barn"},
    {key: "share-of-child-present", label: "Andel av hem med barn"},
    {key: "flag", label: "Flagga"},
    ...REASON_COLUMNS.map((c) => ({key: c.key, label: c.label})),
    {key: "per-child", label: "Barn som ville och talades med"}
  ];
  const {figure, body} = tableShell(document, options.caption, headers);
  const byUnit = new Map(flagged.units.map((u) => [u.unit, u as ShownAssessment]));
  const csvRows: (string | number | null)[][] = [];
  const csvPct = formatPercentCell;
  for (const s of summaries) {
    const a = byUnit.get(s.unit);
    const flagWords = a && a.level !== null && a.direction !== null ? flagText(a.level, a.direction, "higher-better") : a && isTooFew(a, flagged.context) ? tooFewText(a, CHILD_CONVERSATIONS_WORDING, flagged.context) : a && a.noFlagReason ? a.noFlagReason : "Ingen flagga";
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

/** MDC assurance in the ordlista's words (not the letters P, F and ?), and what each means for this standard. */
export const ASSURANCE_SV: Record<Assurance, {word: string; text: string}> = {
  pass_consistently: {word: capitalise(ASSURANCE_NAMES.always), text: "varje barn som ville har talats med vid varje punkt, och det väntas fortsätta"},
  fail_consistently: {word: capitalise(ASSURANCE_NAMES.never), text: "kravet ligger över styrgränserna, så avdelningen når det inte utan att något ändras"},
  hit_and_miss: {word: capitalise(ASSURANCE_NAMES.sometimes), text: "kravet ligger inom styrgränserna, så ibland når avdelningen det och ibland missas något barn"}
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
  if (!point || point.rule === null) return "Den senaste punkten visar vanlig variation.";
  const better = point.variation === "special_cause_improvement";
  return `Den senaste punkten visar en särskild orsak (${point.side === "high" ? "högre" : "lägre"}, ${better ? "bättre" : "sämre"}): ${SPC_RULE_SV[point.rule]}.`;
}

/** The tooltip of one point. */
export function spcTooltip(r: PChartPoint & {key: string}, label: string): string {
  const lines = [`${label}, ${spcPointLabel(r.key)}`, `Andel: ${formatPercent(r.proportion)} (${formatCount(r.events)} av ${formatCount(r.n)} hem)`, `Styrgränser: ${formatShareRange(r.lower, r.upper, formatPercent)}`];
  if (r.rule !== null) lines.push(`${r.side === "high" ? "Högre" : "Lägre"} (${r.variation === "special_cause_improvement" ? "bättre" : "sämre"}): ${SPC_RULE_SV[r.rule]}`);
  else lines.push("Vanlig variation");
  return lines.join("\n");
}

/** One Swedish sentence summarising a department's chart (caption and aria-description). */
export function spcSummary(over: DepartmentOverTime): string {
  const chart = over.chart!;
  const grain = over.grain === "tertial" ? "tertial" : "månad";
  const causes = chart.points.filter((p) => p.rule !== null).length;
  const trial = chart.shortBaseline ? ` Styrgränserna är preliminära, eftersom de bygger på bara ${formatCount(chart.baselineLength)} punkter.` : "";
  const latest = chart.points.at(-1);
  const causeText = causes === 0 ? "Ingen punkt visar en särskild orsak: variationen är den vanliga." : `${causes === 1 ? "En punkt visar" : `${formatCount(causes)} punkter visar`} en särskild orsak. ${variationText(latest)}`;
  return `${over.label}: ${CHILD_MEASURE_SV.measure}, per ${grain} i ${formatCount(chart.points.length)} punkter. Medellinjen ligger på ${formatPercent(chart.centre)}. ${causeText}${trial}`;
}

/** One department over time as the control chart's series (SpcChart in spc-chart.ts): months on tertial bands. */
export function departmentSpcSeries(over: DepartmentOverTime): SpcSeries {
  return {
    periods: over.points.map((p) => ({key: p.key, tick: tickLabel(p.key), tertial: p.tertial})),
    chart: over.points.length === 0 ? null : over.chart,
    polarity: CHILD_CONVERSATIONS_WORDING.polarity,
    ariaLabel: `Styrdiagram för ${over.label}`,
    summary: over.chart === null ? "" : spcSummary(over),
    yLabel: "↑ Andel hem där barn talades med",
    emptyText: `${over.label}: inga inspekterade hem med placerade barn att visa över tid.`,
    tooltip: (r: SpcRow) => spcTooltip(r, over.label)
  };
}

/** One department's SPC points as a table (the chart's table alternative). */
export function spcTable(over: DepartmentOverTime, document: Document = globalThis.document): HTMLElement {
  if (over.chart === null) return emptyState(document, `${over.label}: inga punkter.`);
  const {figure, body} = tableShell(document, `${over.label}: ${CHILD_MEASURE_SV.measure}, per ${over.grain === "tertial" ? "tertial" : "månad"}`, [
    {key: "point", label: over.grain === "tertial" ? "Tertial" : "Månad"},
    {key: "n", label: "Hem med placerade barn"},
    {key: "events", label: "Barn talades med"},
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
    for (const text of [formatCount(p.n), formatCount(p.events), pct(p.proportion), formatShareRange(p.lower, p.upper, pct), p.rule === null ? "–" : `${p.side === "high" ? "H" : "L"}: ${SPC_RULE_SV[p.rule]}`]) tr.append(el("td", text));
    body.append(tr);
  });
  return figure;
}

/** Assurance against the standard per department: "Klarar alltid / Klarar inte / Klarar ibland", and the figures behind it. */
export function AssuranceTable(overTime: readonly DepartmentOverTime[], document: Document = globalThis.document): HTMLElement {
  if (overTime.length === 0) return emptyState(document, "Inga avdelningar att bedöma mot kravet.");
  const el = elementMaker(document);
  const {figure, body} = tableShell(document, "Klarar avdelningen kravet att inspektören talar med varje barn som vill?", [
    {key: "unit", label: "Avdelning"},
    {key: "assurance", label: "Klarar kravet?"},
    {key: "standard-share", label: "Hem där ett barn ville och talades med"},
    {key: "limits", label: "Styrgränser vid senaste punkten"},
    {key: "variation", label: "Senaste punkten, alla hem med placerade barn"}
  ]);
  for (const o of overTime) {
    const tr = el("tr");
    tr.dataset.unit = o.department;
    const th = el("th", o.label);
    th.scope = "row";
    const icon = el("td");
    icon.dataset.column = "assurance";
    if (o.assurance === null) icon.textContent = "Kan inte bedömas: inget barn ville samtala";
    else {
      const a = ASSURANCE_SV[o.assurance];
      icon.dataset.assurance = o.assurance;
      const badge = el("span", a.word);
      badge.className = `lika-assurance lika-assurance-${o.assurance}`;
      badge.title = a.text;
      icon.append(badge);
    }
    const chart = o.standardChart;
    const last = chart?.points.at(-1);
    const events = o.standardPoints.reduce((s, p) => s + p.events, 0);
    const n = o.standardPoints.reduce((s, p) => s + p.n, 0);
    tr.append(
      th,
      icon,
      el("td", chart ? `${pctOfStandard(chart.centre)} (${formatCount(events)} av ${formatCount(n)})` : "–"),
      el("td", last ? formatShareRange(last.lower, last.upper, pct) : "–"),
      el("td", o.chart ? variationText(o.chart.points.at(-1)) : "–")
    );
    tr.lastElementChild!.setAttribute("style", "text-align:left;white-space:normal");
    body.append(tr);
  }
  return figure;
}

/** "sex avdelningar", "en avdelning": a small count in words. */
function departmentsInWords(n: number): string {
  return `${countInWords(n, false, {zero: "ingen", upTo: 10})} ${n === 1 ? "avdelning" : "avdelningar"}`;
}

/** Each department's share of homes where a child wanted to talk and was talked with (over all its points). */
export function standardShares(overTime: readonly DepartmentOverTime[]): {department: string; events: number; n: number; share: number}[] {
  return overTime
    .filter((o) => o.standardChart !== null)
    .map((o) => {
      const events = o.standardPoints.reduce((sum, p) => sum + p.events, 0);
      const n = o.standardPoints.reduce((sum, p) => sum + p.n, 0);
      return {department: o.department, events, n, share: n > 0 ? events / n : NaN};
    });
}

/**
 * The answer above the assurance table, in words (the reader's question: "every department reads 'klarar ibland' at
 * 97–100 %: are we failing?"): how many departments get each answer, the range of their shares, and what "klarar
 * ibland" means when the standard is 100 %.
 */
export function assuranceAnswer(overTime: readonly DepartmentOverTime[]): string[] {
  const judged = overTime.filter((o) => o.assurance !== null);
  if (judged.length === 0) return ["Ingen avdelning kan bedömas mot kravet, eftersom inget barn ville samtala."];
  const order: Assurance[] = ["hit_and_miss", "pass_consistently", "fail_consistently"];
  const groups = order.map((a) => ({a, n: judged.filter((o) => o.assurance === a).length})).filter((g) => g.n > 0);
  const verb = (a: Assurance) => (a === "pass_consistently" ? "klarar kravet alltid" : a === "fail_consistently" ? "klarar inte kravet" : "klarar kravet ibland");
  const all = groups.length === 1 && judged.length === overTime.length;
  const first = all
    ? `${judged.length === 1 ? "Avdelningen" : judged.length === 2 ? "Båda avdelningarna" : `Alla ${departmentsInWords(judged.length)}`} ${verb(groups[0]!.a)}.`
    : `${capitalise(groups.map((g) => `${departmentsInWords(g.n)} ${verb(g.a)}`).join(" och "))}.`;
  const shares = standardShares(judged).map((x) => x.share).filter(Number.isFinite);
  const low = Math.min(...shares);
  const high = Math.max(...shares);
  const range = pctOfStandard(low) === pctOfStandard(high) ? pctOfStandard(low) : `${pctOfStandard(low).replace(/\s%$/, "")}–${pctOfStandard(high)}`;
  const sentences = [first, `Inspektörerna talade med barn i ${range} av de hem där ett barn ville samtala.`];
  if (judged.some((o) => o.assurance === "hit_and_miss")) {
    sentences.push(
      "”Klarar ibland” betyder inte att avdelningen misslyckas.",
      `Kravet är ${formatPercent(CONVERSATION_STANDARD)}, så ett enda barn som ville men inte fick samtala gör att kravet inte nås den perioden.`,
      "Varje sådant barn är ändå värt att följa upp: se hemmen där inspektören inte erbjöd samtal."
    );
  }
  if (judged.some((o) => o.assurance === "fail_consistently")) sentences.push("”Klarar inte” betyder att avdelningen inte når kravet utan att arbetssättet ändras.");
  return sentences;
}

/** The answer as a paragraph (`p.lika-assurance-answer`). */
export function AssuranceAnswer(overTime: readonly DepartmentOverTime[], document: Document = globalThis.document): HTMLElement {
  const p = elementMaker(document)("p", assuranceAnswer(overTime).join(" "));
  p.className = "lika-assurance-answer";
  return p;
}

/** The statistics behind the control charts and the assurance, for the disclosure "För den som vill veta mer". */
export function ChildMethodDetails(part: "spc" | "assurance", document: Document = globalThis.document): HTMLElement {
  return MoreToKnow(part === "spc" ? [SPC_METHOD_SV.chart, SPC_METHOD_SV.rules, SPC_METHOD_SV.trial] : [SPC_METHOD_SV.assurance, `Kravet här är att varje hem där ett barn var placerat och ville samtala ska ha haft ett samtal, alltså ${formatPercent(CONVERSATION_STANDARD)}.`], document);
}

/** Homes never heard as a table, or a sentence for none or for a build without home ids. */
export function HomesNeverHeardTable(homes: readonly HomeNeverHeard[] | null, document: Document = globalThis.document): HTMLElement {
  if (homes === null) return emptyState(document, "Listan över hem finns bara i den interna versionen.");
  if (homes.length === 0) return emptyState(document, "I urvalet finns inget hem där inget barn talades med vid två inspektioner i rad.");
  const reason = (code: HomeNeverHeard["reason"]) => (code === null ? "ingen orsak angiven" : labelOf(NO_CONVERSATION_REASONS, code));
  const {figure, body} = tableShell(document, `Hem där inget barn talades med vid två inspektioner i rad (${formatCount(homes.length)})`, [
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
        "Varje stapel visar de inspekterade hem där inget barn talades med, som andel av alla hem som avdelningen eller teamet inspekterade. Stapeln är delad efter orsak, och siffran i fältet är antalet hem.",
        "Grått (inga barn placerade) är ingen brist hos avdelningen. Orange (samtal erbjöds inte) kan tillsynen själv ändra."
      ];
    case "spc":
      return [
        `Varje punkt är andelen ${CHILD_MEASURE_SV.measure}, av hem med placerade barn, per tertial. Finns det för få tertialer visas månader, med tertialerna som band.`,
        `Den heldragna linjen är ${SPC_LINES_SV.centre}. De grå trappstegen är ${SPC_LINES_SV.limits}na, som visar hur mycket andelen brukar variera med punktens antal hem.`,
        `${SPC_MARK_SV}. ${spcRulesSentences()}`,
        "Blått är bättre och orange sämre, men bokstaven och formen säger det även utan färg.",
        `Prickade ${SPC_LINES_SV.limits} är preliminära, eftersom de bygger på färre än 12 punkter.`
      ];
    case "assurance":
      return [
        "Kravet: i varje hem där ett barn var placerat och ville samtala ska inspektören ha talat med ett barn.",
        "”Klarar alltid” betyder att avdelningen har nått kravet vid varje punkt. ”Klarar inte” betyder att kravet ligger över styrgränserna. ”Klarar ibland” betyder att kravet ligger inom styrgränserna, så att avdelningen ibland når det och ibland inte."
      ];
    case "homes":
      return ["Hem där inget barn talades med vid två inspektioner i rad, den senare i perioden. Hem som hade barn placerade vid minst en av dem står först. Gråa rader hade inga barn placerade vid någon av dem."];
  }
}
