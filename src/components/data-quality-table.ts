/**
 * The data-quality report in two parts, both readable on a phone: a narrow summary table (one row per extract file:
 * encoding, delimiter, rows read, accepted and set aside), and per file a section with the encoding explained in
 * Swedish and the rows set aside grouped by reason — count, the first line numbers and the first problems in full,
 * wrapping instead of running off to the right. Pure DOM; cells carry data attributes so tests find them without layout.
 */
import type {ExtractReport} from "../lib/extract/report.js";
import type {Problem} from "../lib/extract/problem.js";
import {ruleOf} from "../lib/extract/validate/rule-problem.js";
import {formatCount} from "../lib/format/number.js";
import {formatSentenceShare} from "../lib/format/share.js";
import {DELIMITER_SV, ENCODING_SV, svProblem, svReasonOrEnglish} from "../lib/format/sv.js";
import {elementMaker, emptyState, tableShell} from "./dom.js";

/** Problems shown in full per reason (the report has up to 50 per file; `lika check --quarantine` has all). */
export const SHOWN_PROBLEMS = 3;
/** Line numbers listed per reason. */
export const SHOWN_LINES = 10;

const COLUMNS = [
  {key: "file", label: "Fil"},
  {key: "encoding", label: "Teckenkodning"},
  {key: "delimiter", label: "Avgränsare"},
  {key: "rowsRead", label: "Lästa rader"},
  {key: "rowsAccepted", label: "Godkända"},
  {key: "rowsQuarantined", label: "Satta åt sidan"}
] as const;

/** The per-file summary table, or a sentence when there is no report at all. */
export function DataQualityTableView(reports: readonly ExtractReport[], {document = globalThis.document}: {document?: Document} = {}): HTMLElement {
  const el = elementMaker(document);
  if (reports.length === 0) return emptyState(document, "Inga uttag har lästs: det finns ingen rapport om datakvaliteten att visa.");
  const {figure, body} = tableShell(document, "Inläsning av uttagen: var varje rad hamnade", COLUMNS);
  for (const r of reports) {
    const tr = el("tr");
    tr.dataset.file = r.file;
    const cell = (key: (typeof COLUMNS)[number]["key"], content: string, value?: number): HTMLTableCellElement => {
      const td = el(key === "file" ? "th" : "td") as HTMLTableCellElement;
      if (key === "file") (td as HTMLTableCellElement & {scope: string}).scope = "row";
      td.textContent = content;
      td.dataset.column = key;
      if (value !== undefined) td.dataset.value = String(value);
      tr.append(td);
      return td;
    };
    cell("file", r.file);
    if (!r.present && r.fatal === null) {
      const td = cell("encoding", "Finns inte i uttaget (frivillig fil): inga rader lästa.");
      td.colSpan = COLUMNS.length - 1;
      td.classList.add("lika-wrap");
      body.append(tr);
      continue;
    }
    cell("encoding", r.encoding === null ? "–" : (ENCODING_SV[r.encoding] ?? r.encoding));
    cell("delimiter", r.delimiter === null ? "–" : (DELIMITER_SV[r.delimiter] ?? r.delimiter));
    cell("rowsRead", formatCount(r.rowsRead), r.rowsRead);
    cell("rowsAccepted", formatCount(r.rowsAccepted), r.rowsAccepted);
    cell("rowsQuarantined", formatCount(r.rowsQuarantined), r.rowsQuarantined);
    if (r.fatal !== null) tr.className = "lika-fatal";
    body.append(tr);
  }
  return figure;
}

/** One reason for setting rows aside: how many rows, and of the report's first problems those under this reason. */
export interface ReasonGroup {
  /** The rule as the reader keys it ("decision_date: not a date (YYYY-MM-DD)"). */
  rule: string;
  rows: number;
  /** The first problems of rows set aside under this rule, in file order. */
  problems: Problem[];
}

/** The rows set aside per reason, most rows first, each with the report's problems of that reason (by `ruleOf`). */
export function reasonGroups(report: ExtractReport): ReasonGroup[] {
  return Object.entries(report.quarantinedByReason)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([rule, rows]) => ({rule, rows, problems: report.problems.filter((p) => ruleOf(p) === rule)}));
}

/** "rad 12, 45 och 78": the first line numbers of a group (distinct, in order), "…" when there are more rows. */
export function linesText(group: ReasonGroup, shown = SHOWN_LINES): string {
  const lines = [...new Set(group.problems.map((p) => p.line))];
  const listed = lines.slice(0, shown).map((l) => formatCount(l));
  if (listed.length === 0) return "";
  const more = group.rows > listed.length;
  const joined = listed.length === 1 ? listed[0]! : more ? listed.join(", ") : `${listed.slice(0, -1).join(", ")} och ${listed.at(-1)!}`;
  return `${listed.length === 1 && !more ? "rad" : "rader"} ${joined}${more ? " …" : ""}`;
}

/** Per file: a section with the encoding explained and the rows set aside grouped by reason. */
export function DataQualityByReason(reports: readonly ExtractReport[], {document = globalThis.document}: {document?: Document} = {}): HTMLElement {
  const el = elementMaker(document);
  const root = el("div");
  root.className = "lika-quality-files";
  for (const r of reports) {
    const section = el("section");
    section.className = "lika-quality-file";
    section.dataset.file = r.file;
    section.append(el("h3", r.file));
    if (!r.present && r.fatal === null) {
      section.append(el("p", "Filen finns inte i uttaget. Den är frivillig: måtten som bygger på den visas inte."));
      root.append(section);
      continue;
    }
    if (r.fatal !== null) {
      const p = el("p", `Filen kunde inte läsas, och ingen rad i den används: ${svReasonOrEnglish(r.fatal)}`);
      p.className = "lika-note";
      section.append(p);
    }
    if (r.encoding !== null) {
      section.append(el("p", `Teckenkodning: ${ENCODING_SV[r.encoding] ?? r.encoding}${r.encodingReason ? ` – ${svReasonOrEnglish(r.encodingReason)}` : ""}. Avgränsare: ${r.delimiter === null ? "–" : (DELIMITER_SV[r.delimiter] ?? r.delimiter)}.`));
    }
    section.append(el("p", `${formatCount(r.rowsRead)} rader lästa: ${formatCount(r.rowsAccepted)} godkända och ${formatCount(r.rowsQuarantined)} satta åt sidan.`));
    const groups = reasonGroups(r);
    if (groups.length === 0 && r.fatal === null) section.append(el("p", "Inga rader satta åt sidan."));
    if (groups.length > 0) {
      const list = el("ul");
      list.className = "lika-quality-reasons";
      for (const g of groups) {
        const li = el("li");
        li.dataset.rule = g.rule;
        li.dataset.rows = String(g.rows);
        const head = el("p");
        head.append(el("strong", `${formatCount(g.rows)} ${g.rows === 1 ? "rad" : "rader"}: ${svReasonOrEnglish(g.rule)}`));
        const lines = linesText(g);
        if (lines) head.append(` – ${lines}`);
        li.append(head);
        if (g.problems.length > 0) {
          const details = el("details");
          details.append(el("summary", `Visa de första ${g.problems.length > SHOWN_PROBLEMS ? formatCount(SHOWN_PROBLEMS) : formatCount(g.problems.length)} i detalj`));
          const problems = el("ul");
          for (const p of g.problems.slice(0, SHOWN_PROBLEMS)) problems.append(el("li", svProblem(p)));
          details.append(problems);
          li.append(details);
        }
        list.append(li);
      }
      section.append(list);
    }
    if (r.warnings.length > 0) {
      const warnings = el("ul");
      for (const w of r.warnings) warnings.append(el("li", svReasonOrEnglish(w)));
      section.append(el("p", "Varningar (inga rader sattes åt sidan för dem):"), warnings);
    }
    root.append(section);
  }
  return root;
}

/**
 * The summary at the top of Datakvalitet: how many rows lika read and set aside (and what share), the commonest reason,
 * any file that could not be read, and what the reader can do next. Every number is the report's.
 */
export function DataQualitySummary(reports: readonly ExtractReport[], {document = globalThis.document}: {document?: Document} = {}): HTMLElement {
  const el = elementMaker(document);
  const p = el("p");
  p.className = "lika-summary";
  const used = reports.filter((r) => r.present || r.fatal !== null);
  const read = used.reduce((n, r) => n + r.rowsRead, 0);
  const setAside = used.reduce((n, r) => n + r.rowsQuarantined, 0);
  const files = `${formatCount(used.length)} ${used.length === 1 ? "fil" : "filer"}`;
  const sentences: string[] = [];
  if (setAside === 0) sentences.push(`lika läste ${formatCount(read)} rader ur ${files} och kunde använda alla.`);
  else {
    sentences.push(`lika läste ${formatCount(read)} rader ur ${files} och satte ${formatCount(setAside)} av dem åt sidan, ${formatSentenceShare(setAside / read)}.`);
    const top = used.flatMap((r) => reasonGroups(r).map((g) => ({file: r.file, g}))).sort((a, b) => b.g.rows - a.g.rows)[0];
    if (top) sentences.push(`Vanligast är ”${svReasonOrEnglish(top.g.rule)}” i ${top.file}, ${formatCount(top.g.rows)} ${top.g.rows === 1 ? "rad" : "rader"}.`);
    sentences.push("Rader som satts åt sidan räknas inte i något mått.");
  }
  const fatal = reports.filter((r) => r.fatal !== null).map((r) => r.file);
  if (fatal.length > 0) sentences.push(`${fatal.join(" och ")} kunde inte läsas, så måtten som bygger på ${fatal.length === 1 ? "den" : "dem"} visas inte.`);
  sentences.push(setAside > 0 ? "Under varje fil står orsakerna och radnumren, så att raderna kan rättas i uttaget." : "Under varje fil står hur den lästes.");
  p.textContent = sentences.join(" ");
  return p;
}
