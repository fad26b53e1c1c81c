/**
 * The department page's summary, and its table of one measure over tertials: the department's share, the share expected
 * from its cases at the nation's rates, the nation's share and the flag, newest tertial first (no share above 100 %). Built from the overview's tertial summaries (the same analysis
 * `lika analyze` runs per tertial), so the page and the CLI agree.
 */
import type {TertialSummary} from "../lib/overview/tertial-summary.js";
import type {FlagLine, TertialOverview} from "../lib/overview/overview.js";
import {formatCount} from "../lib/format/number.js";
import {formatSentenceShare, formatShare} from "../lib/format/share.js";
import {countInWords, listInWords} from "../lib/format/words.js";
import {periodLabel} from "../lib/view-state.js";
import {elementMaker, emptyState, tableShell} from "./dom.js";
import {flagText} from "./flag-badge.js";
import {UNCERTAINTY_SENTENCES} from "../lib/format/ordlista.js";
import {lowerFirst} from "../lib/format/unit-noun.js";

/** One row per tertial in which the department has cases for the measure. */
export function DepartmentMeasureTable(summaries: readonly TertialSummary[], measure: string, department: string, caption: string, {document = globalThis.document}: {document?: Document} = {}): HTMLElement {
  const el = elementMaker(document);
  const rows = [...summaries]
    .reverse()
    .map((s) => {
      const m = s.departments.find((d) => d.measure === measure);
      return {tertial: s.tertial, measure: m, unit: m?.units.find((u) => u.unit === department)};
    })
    .filter((r) => r.unit !== undefined && r.unit.n > 0);
  if (rows.length === 0) return emptyState(document, "Avdelningen har inga ärenden i det här måttet i uttaget.");
  const {figure, body} = tableShell(document, caption, [
    {key: "tertial", label: "Tertial"},
    {key: "n", label: "Antal"},
    {key: "rate", label: "Andel"},
    {key: "expectedRate", label: "Förväntat"},
    {key: "target", label: "Riket"},
    {key: "flag", label: "Flagga"}
  ]);
  for (const r of rows) {
    const u = r.unit!;
    const tr = el("tr");
    tr.dataset.tertial = r.tertial;
    const th = el("th", periodLabel(r.tertial));
    th.scope = "row";
    const flag = el("td", u.level !== null && u.direction !== null ? flagText(u.level, u.direction, "none") : "–");
    flag.dataset.column = "flag";
    tr.append(th, el("td", formatCount(u.n)), el("td", formatShare(u.rate ?? NaN)), el("td", formatShare(u.expectedRate ?? NaN)), el("td", formatShare(r.measure?.target ?? NaN)), flag);
    body.append(tr);
  }
  return figure;
}



/**
 * The summary at the top of a department's page: its own flags this tertial and those of its decision-makers and teams,
 * its share of decisions without deficiencies against the previous tertial and the nation, what a flag says about
 * chance and case mix, and where to go next (the first flag's explanation, the tables over time, Sök beslut). `lines`
 * are the department's flag lines with links already relative to the page; `base` is the way to the site root.
 */
export function DepartmentSummary(overview: TertialOverview, department: string, name: string, lines: {own: readonly FlagLine[]; others: readonly FlagLine[]}, {document = globalThis.document, base = "../"}: {document?: Document; base?: string} = {}): HTMLElement {
  const el = elementMaker(document);
  const p = el("p");
  p.className = "lika-summary";
  const period = periodLabel(overview.tertial);
  const {own, others} = lines;
  const alarms = own.filter((l) => l.flag.level === "alarm").length;
  const alerts = own.length - alarms;
  const parts: (string | Node)[] = [];
  if (own.length === 0) parts.push(`Avdelningen ${name} har ingen flagga under ${period}. `);
  else {
    const levels = [alarms > 0 ? `${countInWords(alarms, true)} larm` : "", alerts > 0 ? `${countInWords(alerts)} ${alerts === 1 ? "varning" : "varningar"}` : ""].filter(Boolean);
    const measures = [...new Set(own.map((l) => lowerFirst(l.groupTitle.replace(/, per avdelning$/, ""))))];
    parts.push(`Avdelningen ${name} har ${listInWords(levels)} under ${period}, för ${listInWords(measures)}. `);
  }
  if (others.length > 0) parts.push(`Avdelningens beslutsfattare och team har ${countInWords(others.length)} ${others.length === 1 ? "flagga" : "flaggor"} till. `);
  else if (own.length === 0) parts.push("Inte heller någon av dess beslutsfattare eller team har en flagga. ");
  const dwd = (s: TertialSummary | null) => s?.departments.find((d) => d.measure === "decisions-without-deficiencies");
  const mine = dwd(overview.current)?.units.find((u) => u.unit === department);
  const before = dwd(overview.previous)?.units.find((u) => u.unit === department);
  const nation = dwd(overview.current)?.target;
  if (mine?.rate != null && mine.n > 0) {
    parts.push(`Andelen beslut utan brister var ${formatSentenceShare(mine.rate)}${before?.rate != null && before.n > 0 ? `, mot ${formatSentenceShare(before.rate)} förra tertialen` : ""}${nation != null ? `; riket hade ${formatSentenceShare(nation)}` : ""}. `);
  }
  if (alarms > 0) parts.push(`Larm: ${lowerFirst(UNCERTAINTY_SENTENCES.alarm)}, även med hänsyn till ärendemixen. `);
  else if (alerts > 0) parts.push(`${alerts === 1 ? "Varningen" : "Varningarna"} tar hänsyn till ärendemixen; det kan bero på slumpen, men är värt att titta på. `);
  const link = (text: string, href: string) => {
    const a = el("a", text);
    a.href = href;
    return a;
  };
  const first = own[0] ?? others[0];
  const search = link("öppna avdelningens beslut i Sök beslut", `${base}sok-beslut.html?period=${encodeURIComponent(overview.tertial)}&avdelning=${encodeURIComponent(department)}`);
  const overTime = link("se varje mått över tid", "#over-tid");
  if (first) parts.push("Du kan ", link("öppna förklaringen till första flaggan", first.href), ", ", overTime, " eller ", search, ".");
  else parts.push("Du kan ", overTime, " eller ", search, ".");
  p.append(...parts);
  return p;
}
