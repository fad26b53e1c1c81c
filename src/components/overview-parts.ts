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
import {DEPARTMENTS, labelOf} from "../lib/extract/codes.js";
import {periodLabel} from "../lib/view-state.js";
import {elementMaker, emptyState, tableShell} from "./dom.js";
import {FlagBadge, flagText} from "./flag-badge.js";
import {chanceLegend} from "../lib/format/flag-sentence.js";
import {lowerFirst} from "../lib/format/unit-noun.js";
import {countInWords} from "../lib/format/words.js";

/** A headline figure as shown: "48,4 %", "18,5 procentenheter", "1 154"; a dash when missing. */
export function formatHeadline(value: number | null | undefined, kind: HeadlineKind): string {
  if (value == null || !Number.isFinite(value)) return "–";
  return kind === "share" ? formatShare(value) : kind === "percentage-points" ? formatPercentagePoints(value) : formatCount(value);
}

/** A change as shown: "+1,2 procentenheter" for shares and percentage points, "+12" for counts; a dash when missing. */
export function formatChange(change: number | null, kind: HeadlineKind): string {
  if (change === null || !Number.isFinite(change)) return "–";
  return kind === "count" ? formatNumber(change, {signed: true}) : formatPercentagePoints(kind === "share" ? change * 100 : change, {signed: true});
}

/** "ingen nationell tillsyn" when a headline had nothing to count (a base of 0 and a text for it in the catalogue). */
function nothingCounted(h: HeadlineRow, value: HeadlineRow["current"]): boolean {
  return h.spec.none !== undefined && value !== null && value.base === 0;
}

export interface PartOptions {
  document?: Document;
}

/** Table: one row per headline figure, the chosen tertial, the previous and a year earlier, with both changes. */
export function HeadlineTable(overview: TertialOverview, {document = globalThis.document}: PartOptions = {}): HTMLElement {
  const el = elementMaker(document);
  const prev = periodLabel(overview.previousTertial);
  const year = periodLabel(overview.yearEarlierTertial);
  const {figure, body} = tableShell(document, `Nyckeltal för riket, ${periodLabel(overview.tertial)} jämfört med ${prev} och ${year}`, [
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
  // Where there was nothing to count (no national supervision), say so instead of a 0 and a fall to it.
  const none = (v: HeadlineRow["current"], suffix = "") => (nothingCounted(h, v) ? `${h.spec.none!}${suffix}` : formatHeadline(v?.value, h.spec.kind));
  const change = (other: HeadlineRow["current"], value: number | null) => (nothingCounted(h, h.current) || nothingCounted(h, other) ? "–" : formatChange(value, h.spec.kind));
  tr.append(
    th,
    cell(none(h.current, " den här tertialen"), "current"),
    cell(h.current && !nothingCounted(h, h.current) ? `${formatCount(h.current.base)} ${h.spec.baseNoun}` : "–", "base"),
    cell(none(h.previous), "previous"),
    cell(change(h.previous, h.changeFromPrevious), "change-previous"),
    cell(none(h.yearEarlier), "year-earlier"),
    cell(change(h.yearEarlier, h.changeFromYearEarlier), "change-year")
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

/** The summary of a disclosure with what only some readers want: formulas, checksums, commands. */
export const MORE_SUMMARY = "För den som vill veta mer";

/** A `<details>` disclosure titled "För den som vill veta mer" around the given nodes. */
export function MoreDetails(content: readonly (Node | string)[], {document = globalThis.document}: PartOptions = {}): HTMLDetailsElement {
  const el = elementMaker(document);
  const details = el("details") as HTMLDetailsElement;
  details.className = "lika-more";
  details.append(el("summary", MORE_SUMMARY), ...content);
  return details;
}

export interface ExtractFacts {
  extract: {period: {from: string; to: string} | null; extracted: string | null; fingerprint: string; files: string[]};
  lika: {version: string};
  parameters: OverviewParameters;
}

/**
 * The facts about the extract in plain words, and under "För den som vill veta mer" its checksum (SHA-256) and the
 * method of the limits, which a manager does not need to read the page.
 */
export function ExtractFactsView(facts: ExtractFacts, {document = globalThis.document}: PartOptions = {}): HTMLElement {
  const el = elementMaker(document);
  const root = el("div");
  root.className = "lika-extract-facts";
  const p = facts.parameters;
  const list = (rows: [string, string | HTMLElement][]) => {
    const dl = el("dl");
    for (const [term, value] of rows) dl.append(el("dt", term), typeof value === "string" ? el("dd", value) : value);
    return dl;
  };
  root.append(list([
    ["Uttagets period", facts.extract.period ? `${facts.extract.period.from} – ${facts.extract.period.to}` : "anges inte (ingen extract.json)"],
    ["Uttaget", facts.extract.extracted ?? "datum anges inte"],
    ["Flaggor", `larm utanför larmgränsen, varning utanför varningsgränsen. Om alla beslutade lika skulle ${formatPercent(p.alarmLevel, 1)} av enheterna hamna innanför larmgränsen och ${formatPercent(p.alertLevel)} innanför varningsgränsen.`],
    ["Minsta antal ärenden", `${formatCount(p.minimumCases)} per enhet; en enhet med färre bedöms inte`]
  ]));
  const checksum = el("dd");
  const code = el("code", shortFingerprint(facts.extract.fingerprint));
  code.title = facts.extract.fingerprint;
  const full = el("span", ` (SHA-256 av ${facts.extract.files.join(", ")}: `);
  const fullCode = el("code", facts.extract.fingerprint);
  fullCode.className = "lika-fingerprint";
  full.append(fullCode, ")");
  checksum.append(code, full);
  root.append(MoreDetails([
    el("p", "Kontrollsumman visar att siffrorna bygger på just det här uttaget: samma filer ger samma summa."),
    list([
      ["Kontrollsumma för uttaget", checksum],
      ["lika-version", facts.lika.version],
      ["Metod", `${METHOD_SV[p.method]}${p.overdispersion === "off" ? "; ingen vidgning" : `; spridningen skattas när minst ${formatCount(p.minimumUnitsForOverdispersion)} enheter bedöms`}`]
    ])
  ], {document}));
  return root;
}


/** Percentage points in a sentence, as the table rounds them: "17,3 procentenheter". */
function wholePoints(x: number): string {
  return formatPercentagePoints(Math.abs(x));
}

/**
 * The summary at the top of Översikt: what stands out this tertial (alarms and alerts, against the previous tertial;
 * the measure with most flags), that the flags allow for case mix and chance, and what to do next — open the first
 * flag's explanation, see its department over time, open its decisions in Sök beslut. Every number is the overview's.
 */
export function OverviewSummary(overview: TertialOverview, {document = globalThis.document}: PartOptions = {}): HTMLElement {
  const el = elementMaker(document);
  const p = el("p");
  p.className = "lika-summary";
  const period = periodLabel(overview.tertial);
  const total = overview.flags.length;
  const alarms = overview.flags.filter((l) => l.flag.level === "alarm").length;
  const alerts = total - alarms;
  const search = (department?: string) => `./sok-beslut.html?period=${encodeURIComponent(overview.tertial)}${department ? `&avdelning=${encodeURIComponent(department)}` : ""}`;
  const link = (text: string, href: string) => {
    const a = el("a", text);
    a.href = href;
    return a;
  };
  if (total === 0) {
    p.append(`Under ${period} finns inga larm och inga varningar. Skillnaderna mellan enheterna är inte större än slumpen och ärendemixen förklarar. Se nyckeltalen nedan eller `, link("sök tertialens beslut i Sök beslut", search()), ".");
    return p;
  }
  let compared = "";
  if (overview.previous) {
    const diff = total - overview.previous.flags.length;
    compared = diff === 0 ? ", lika många flaggor som förra tertialen" : `, ${countInWords(Math.abs(diff))} ${Math.abs(diff) === 1 ? "flagga" : "flaggor"} ${diff > 0 ? "fler" : "färre"} än förra tertialen`;
  }
  const top = [...overview.counts].sort((a, b) => b.alarms + b.alerts - (a.alarms + a.alerts) || b.alarms - a.alarms)[0]!;
  const first = overview.flags[0]!;
  const department = first.flag.department ?? undefined;
  p.append(
    `Under ${period} finns ${countInWords(alarms, true)} larm och ${countInWords(alerts)} ${alerts === 1 ? "varning" : "varningar"}${compared}. `,
    `Flest flaggor gäller ${lowerFirst(top.title)}: ${countInWords(top.alarms + top.alerts)} av ${countInWords(total)}. `,
    `Flaggorna tar hänsyn till ärendemixen. ${chanceLegend("; ")} `,
    `Börja med ${first.flag.level === "alarm" ? "första larmet" : "första varningen"}: `,
    link("öppna förklaringen", first.href),
    ...(department
      ? [", ", link(`se avdelningen ${labelOf(DEPARTMENTS, department)} över tid`, `./avdelning/${encodeURIComponent(department)}.html?period=${encodeURIComponent(overview.tertial)}`), " eller ", link("öppna avdelningens beslut i Sök beslut", search(department))]
      : [" eller ", link("öppna tertialens beslut i Sök beslut", search())]),
    "."
  );
  return p;
}

/** The headline figure with the largest change (in percentage points) against another tertial, among the shares. */
function largestShareChange(overview: TertialOverview, which: "previous" | "yearEarlier"): {row: HeadlineRow; change: number} | null {
  let best: {row: HeadlineRow; change: number} | null = null;
  for (const row of overview.headlines) {
    const change = which === "previous" ? row.changeFromPrevious : row.changeFromYearEarlier;
    if (row.spec.kind !== "share" || change === null || !Number.isFinite(change)) continue;
    if (best === null || Math.abs(change) > Math.abs(best.change)) best = {row, change};
  }
  return best;
}

/**
 * The words under the headline table: the largest changes since the previous tertial and the same tertial a year
 * earlier, the spread between decision-makers in plain words (and what its size means), and a tertial without
 * national supervision said as such. A disclosure "För den som vill veta mer" says what the spread is in statistics.
 */
export function HeadlineNotes(overview: TertialOverview, {document = globalThis.document}: PartOptions = {}): HTMLElement {
  const el = elementMaker(document);
  const root = el("div");
  root.className = "lika-headline-notes";
  const changeSentence = (which: "previous" | "yearEarlier", since: string) => {
    const best = largestShareChange(overview, which);
    if (!best) return;
    const before = which === "previous" ? best.row.previous : best.row.yearEarlier;
    const points = Math.abs(best.change) * 100;
    const direction = points < 0.05 ? "ungefär oförändrat" : `${best.change > 0 ? "upp" : "ned"} ${formatPercentagePoints(points)}`;
    root.append(el("p", `Störst förändring ${since} gäller ${lowerFirst(best.row.spec.title)}: ${formatShare(best.row.current!.value!)} mot ${formatShare(before!.value!)}, ${direction}.`));
  };
  changeSentence("previous", "sedan förra tertialen");
  changeSentence("yearEarlier", "mot samma tertial året innan");
  const spread = overview.headlines.find((h) => h.spec.id === "decision-maker-spread");
  if (spread?.current?.value != null) {
    const v = spread.current.value;
    const before = spread.previous?.value;
    const p = el("p");
    p.append(el("strong", `${spread.spec.title}: ${wholePoints(v)}.`));
    p.append(` Det betyder att en typisk beslutsfattares andel beslut utan brister ligger omkring ${wholePoints(v)} över eller under genomsnittet, även med hänsyn till ärendena. Om alla beslutade lika vore spridningen nära noll.`);
    if (before != null) p.append(` Förra tertialen var den ${wholePoints(before)}.`);
    root.append(p);
  }
  const national = overview.headlines.find((h) => nothingCounted(h, h.current));
  if (national) root.append(el("p", `${capitalised(national.spec.none!)} den här tertialen, så det finns inga ${lowerFirst(national.spec.title)} att räkna eller jämföra.`));
  if (spread?.current?.value != null) {
    root.append(MoreDetails([
      el("p", `Spridningen mellan beslutsfattare är τ: standardavvikelsen mellan beslutsfattarnas andelar beslut utan brister, utöver slumpen och efter justering för ärendemix. Den räknas över tolv månader, ${overview.current.decisionMakerWindow.from} – ${overview.current.decisionMakerWindow.to}, på ${formatCount(spread.current.base)} beslutsfattare. Om statistiken beskriver hur.`)
    ], {document}));
  }
  return root;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
