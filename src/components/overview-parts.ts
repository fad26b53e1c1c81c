/**
 * The parts of the page Översikt, each a DOM node built from the pure overview (src/lib/overview): the headline table
 * with changes, alarms and alerts per measure, one line per flag, what changed since the previous tertial, and the
 * facts about the extract. Swedish throughout; flags carry the letter and shape of the flag badge, never colour alone.
 */
import type {FlagChanges} from "../lib/overview/flag-changes.js";
import type {FlagLine, HeadlineRow, TertialOverview, FlagGroupCount} from "../lib/overview/overview.js";
import type {HeadlineKind} from "../lib/overview/catalogue.js";
import type {OverviewParameters} from "../lib/overview/tertial-summary.js";
import {shortFingerprint} from "../lib/overview/fingerprint.js";
import {formatCount, formatNumber, formatPercent} from "../lib/format/number.js";
import {formatPercentagePoints, formatShare} from "../lib/format/share.js";
import {periodLabel} from "../lib/view-state.js";
import {elementMaker, emptyState, tableShell} from "./dom.js";
import {FlagBadge, flagText} from "./flag-badge.js";

/** A headline figure as shown: "48,4 %", "18,5 procentenheter", "1 154"; a dash when missing. */
export function formatHeadline(value: number | null | undefined, kind: HeadlineKind): string {
  if (value == null || !Number.isFinite(value)) return "–";
  return kind === "share" ? formatShare(value) : kind === "percentage-points" ? formatPercentagePoints(value, {unit: "p.e."}) : formatCount(value);
}

/** A change as shown: "+1,2 p.e." for shares and percentage points, "+12" for counts; a dash when missing. */
export function formatChange(change: number | null, kind: HeadlineKind): string {
  if (change === null || !Number.isFinite(change)) return "–";
  return kind === "count" ? formatNumber(change, {signed: true}) : formatPercentagePoints(kind === "share" ? change * 100 : change, {signed: true, unit: "p.e."});
}

export interface PartOptions {
  document?: Document;
}

/** Table: one row per headline figure, the chosen tertial, the previous and a year earlier, with both changes. */
export function HeadlineTable(overview: TertialOverview, {document = globalThis.document}: PartOptions = {}): HTMLElement {
  const el = elementMaker(document);
  const prev = periodLabel(overview.previousTertial);
  const year = periodLabel(overview.yearEarlierTertial);
  const {figure, body} = tableShell(document, `Nyckeltal ${periodLabel(overview.tertial)} jämfört med ${prev} och ${year}`, [
    {key: "measure", label: "Mått"},
    {key: "current", label: periodLabel(overview.tertial)},
    {key: "base", label: "Underlag"},
    {key: "previous", label: prev},
    {key: "change-previous", label: `Förändring mot ${prev}`},
    {key: "year-earlier", label: year},
    {key: "change-year", label: `Förändring mot ${year}`}
  ]);
  for (const h of overview.headlines) body.append(headlineRow(h, el));
  figure.classList.add("lika-overview-headlines");
  return figure;
}

function headlineRow(h: HeadlineRow, el: ReturnType<typeof elementMaker>): HTMLTableRowElement {
  const tr = el("tr");
  tr.dataset.measure = h.spec.id;
  const th = el("th");
  th.scope = "row";
  const a = el("a", h.spec.title);
  a.href = `./${h.spec.page}`;
  th.append(a);
  const cell = (text: string, key: string) => {
    const td = el("td", text);
    td.dataset.column = key;
    return td;
  };
  tr.append(
    th,
    cell(formatHeadline(h.current?.value, h.spec.kind), "current"),
    cell(h.current ? `${formatCount(h.current.base)} ${h.spec.baseNoun}` : "–", "base"),
    cell(formatHeadline(h.previous?.value, h.spec.kind), "previous"),
    cell(formatChange(h.changeFromPrevious, h.spec.kind), "change-previous"),
    cell(formatHeadline(h.yearEarlier?.value, h.spec.kind), "year-earlier"),
    cell(formatChange(h.changeFromYearEarlier, h.spec.kind), "change-year")
  );
  return tr;
}

/** Table: alarms and alerts per measure and kind of unit, this tertial and the previous one. */
export function FlagCountTable(overview: TertialOverview, {document = globalThis.document}: PartOptions = {}): HTMLElement {
  const el = elementMaker(document);
  const prev = periodLabel(overview.previousTertial);
  const {figure, body} = tableShell(document, `Larm och varningar per mått, ${periodLabel(overview.tertial)}`, [
    {key: "measure", label: "Mått"},
    {key: "alarms", label: "Larm"},
    {key: "alerts", label: "Varningar"},
    {key: "previous", label: `Larm / varningar ${prev}`}
  ]);
  const total = {alarms: 0, alerts: 0};
  for (const c of overview.counts) {
    total.alarms += c.alarms;
    total.alerts += c.alerts;
    body.append(countRow(c, el));
  }
  const tr = el("tr");
  tr.className = "lika-total";
  const th = el("th", "Summa");
  th.scope = "row";
  tr.append(th, el("td", formatCount(total.alarms)), el("td", formatCount(total.alerts)), el("td", overview.previous ? `${formatCount(overview.counts.reduce((n, c) => n + (c.previous?.alarms ?? 0), 0))} / ${formatCount(overview.counts.reduce((n, c) => n + (c.previous?.alerts ?? 0), 0))}` : "–"));
  body.append(tr);
  return figure;
}

function countRow(c: FlagGroupCount, el: ReturnType<typeof elementMaker>): HTMLTableRowElement {
  const tr = el("tr");
  tr.dataset.measure = c.measure;
  tr.dataset.unitType = c.unitType;
  const th = el("th");
  th.scope = "row";
  const a = el("a", c.title);
  a.href = `./${c.page}`;
  th.append(a);
  tr.append(th, el("td", formatCount(c.alarms)), el("td", formatCount(c.alerts)), el("td", c.previous ? `${formatCount(c.previous.alarms)} / ${formatCount(c.previous.alerts)}` : "–"));
  return tr;
}

/** One flag as one line: badge, level and direction, unit, measure, the Swedish sentence, and a link to its explainer. */
export function FlagLineItem(line: FlagLine, {document = globalThis.document, note, compact = false}: PartOptions & {note?: string; compact?: boolean} = {}): HTMLLIElement {
  const el = elementMaker(document);
  const {flag} = line;
  const li = el("li");
  li.className = "lika-flag-line";
  li.dataset.measure = flag.measure;
  li.dataset.unitType = flag.unitType;
  li.dataset.unit = flag.unit;
  li.dataset.level = flag.level;
  li.dataset.direction = flag.direction;
  const head = el("span");
  head.className = "lika-flag-line-head";
  head.append(FlagBadge(flag, {polarity: flag.polarity, document}), " ", el("strong", `${flagText(flag.level, flag.direction, flag.polarity)} – ${flag.unitLabel}`), ` · ${line.groupTitle}`);
  if (note) head.append(el("span", ` (${note})`));
  const link = el("a", "Visa förklaringen");
  link.href = line.href;
  link.setAttribute("aria-label", `Visa förklaringen till flaggan för ${flag.unitLabel}, ${line.groupTitle}`);
  if (compact) {
    // The sentence is one click away (title, and the full list below); the line stays short.
    li.title = flag.explanation;
    head.append(" ", link);
    li.append(head);
    return li;
  }
  const sentence = el("span", ` ${flag.explanation} `);
  sentence.className = "lika-flag-sentence";
  li.append(head, sentence, link);
  return li;
}

/** A list of flag lines, or a sentence when there are none. */
export function FlagLines(lines: readonly FlagLine[], empty: string, {document = globalThis.document, noteOf, compact = false}: PartOptions & {noteOf?: (line: FlagLine) => string | undefined; compact?: boolean} = {}): HTMLElement {
  if (lines.length === 0) return emptyState(document, empty);
  const list = elementMaker(document)("ul");
  list.className = compact ? "lika-flag-lines lika-compact" : "lika-flag-lines";
  for (const line of lines) {
    const note = noteOf?.(line);
    list.append(FlagLineItem(line, {document, compact, ...(note === undefined ? {} : {note})}));
  }
  return list;
}

/** Every flag of the tertial, under one heading per measure (in the catalogue's order), each with its sentence. */
export function FlagLinesByMeasure(overview: TertialOverview, {document = globalThis.document}: PartOptions = {}): HTMLElement {
  const el = elementMaker(document);
  if (overview.flags.length === 0) return emptyState(document, `Inga flaggor ${periodLabel(overview.tertial)}.`);
  const root = el("div");
  root.className = "lika-flags-by-measure";
  for (const c of overview.counts) {
    const lines = overview.flags.filter((l) => l.flag.measure === c.measure && l.flag.unitType === c.unitType);
    if (lines.length === 0) continue;
    const box = el("section");
    box.dataset.measure = c.measure;
    box.dataset.unitType = c.unitType;
    box.append(el("h3", `${c.title} (${formatCount(lines.length)})`), FlagLines(lines, "", {document}));
    root.append(box);
  }
  return root;
}

const LEVEL_CHANGE = {up: "från varning till larm", down: "från larm till varning", same: undefined} as const;

/** "What changed": the flags new, cleared and persisting since the previous tertial, each group under its heading. */
export function FlagChangesView(overview: TertialOverview, {document = globalThis.document}: PartOptions = {}): HTMLElement {
  const el = elementMaker(document);
  const section = el("section");
  section.className = "lika-flag-changes";
  const changes: FlagChanges<FlagLine> | null = overview.changes;
  const prev = periodLabel(overview.previousTertial);
  if (changes === null) {
    section.append(emptyState(document, `Uttaget har inga uppgifter för ${prev}, så det finns inget att jämföra med.`));
    return section;
  }
  section.append(
    el("p", `Jämfört med ${prev}: ${formatCount(changes.new.length)} nya flaggor, ${formatCount(changes.cleared.length)} som har försvunnit och ${formatCount(changes.persisting.length)} som kvarstår.`)
  );
  const group = (title: string, key: string, lines: readonly FlagLine[], empty: string, noteOf?: (line: FlagLine) => string | undefined) => {
    const h = el("h3", `${title} (${formatCount(lines.length)})`);
    const box = el("div");
    box.dataset.changes = key;
    box.append(h, FlagLines(lines, empty, {document, compact: true, ...(noteOf ? {noteOf} : {})}));
    section.append(box);
  };
  group("Nya flaggor", "new", changes.new, `Inga nya flaggor sedan ${prev}.`);
  group("Försvunna flaggor", "cleared", changes.cleared, `Ingen flagga från ${prev} har försvunnit.`, () => `flaggad ${prev}, inte nu`);
  const persistingNote = new Map(changes.persisting.map((p) => [p.current, LEVEL_CHANGE[p.levelChange]]));
  group("Kvarstående flaggor", "persisting", changes.persisting.map((p) => p.current), `Ingen flagga kvarstår från ${prev}.`, (line) => persistingNote.get(line));
  return section;
}

const METHOD_SV = {arcsine: "arcsinusgränser, vidgade med τ² när spridningen mellan enheterna är större än slumpen ger (φ > 1)", "exact-binomial": "exakta binomialgränser"} as const;

export interface ExtractFacts {
  extract: {period: {from: string; to: string} | null; extracted: string | null; fingerprint: string; files: string[]};
  lika: {version: string};
  parameters: OverviewParameters;
}

/** The facts about the extract and the method, as a description list. */
export function ExtractFactsView(facts: ExtractFacts, {document = globalThis.document}: PartOptions = {}): HTMLElement {
  const el = elementMaker(document);
  const dl = el("dl");
  dl.className = "lika-extract-facts";
  const p = facts.parameters;
  const fingerprint = el("dd");
  const code = el("code", shortFingerprint(facts.extract.fingerprint));
  code.title = facts.extract.fingerprint;
  const full = el("span", ` (SHA-256 av ${facts.extract.files.join(", ")}: `);
  const fullCode = el("code", facts.extract.fingerprint);
  fullCode.className = "lika-fingerprint";
  full.append(fullCode, ")");
  fingerprint.append(code, full);
  const rows: [string, string | HTMLElement][] = [
    ["Uttagets period", facts.extract.period ? `${facts.extract.period.from} – ${facts.extract.period.to}` : "anges inte (ingen extract.json)"],
    ["Uttaget", facts.extract.extracted ?? "datum anges inte"],
    ["Uttagets fingeravtryck", fingerprint],
    ["lika-version", facts.lika.version],
    ["Flaggnivåer", `larm utanför ${formatPercent(p.alarmLevel, 1)}-gränserna, varning utanför ${formatPercent(p.alertLevel)}-gränserna`],
    ["Minsta antal fall", `${formatCount(p.minimumCases)} per enhet; färre bedöms inte`],
    ["Metod", `${METHOD_SV[p.method]}${p.overdispersion === "off" ? "; ingen vidgning" : `; spridningen skattas när minst ${formatCount(p.minimumUnitsForOverdispersion)} enheter bedöms`}`]
  ];
  for (const [term, value] of rows) {
    const dd = typeof value === "string" ? el("dd", value) : value;
    dl.append(el("dt", term), dd);
  }
  return dl;
}

