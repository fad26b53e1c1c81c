/**
 * The data-quality report as an HTML table: one row per extract file with how it was read (encoding,
 * delimiter), rows read, accepted and set aside, the rows set aside per reason and the first problems
 * with their line numbers. Pure DOM; cells carry data attributes so tests find them without layout.
 */
import type {ExtractReport} from "../lib/extract/report.js";
import {formatCount} from "../lib/format/number.js";
import {DELIMITER_SV, ENCODING_SV, svProblem, svReasonOrEnglish} from "../lib/format/sv.js";
import {elementMaker, emptyState, tableShell} from "./dom.js";

/** Problems shown per file on the page (the report has more; `lika check --quarantine` has all). */
export const SHOWN_PROBLEMS = 10;


const COLUMNS = [
  {key: "file", label: "Fil"},
  {key: "encoding", label: "Teckenkodning"},
  {key: "delimiter", label: "Avgränsare"},
  {key: "rowsRead", label: "Lästa rader"},
  {key: "rowsAccepted", label: "Godkända"},
  {key: "rowsQuarantined", label: "Satta åt sidan"},
  {key: "byReason", label: "Satta åt sidan per orsak"},
  {key: "problems", label: "Första problemen"}
] as const;

/** The per-file report table, or a sentence when there is no report at all. */
export function DataQualityTableView(reports: readonly ExtractReport[], {document = globalThis.document}: {document?: Document} = {}): HTMLElement {
  const el = elementMaker(document);
  const list = (items: readonly string[], empty: string): HTMLElement => {
    if (items.length === 0) return el("span", empty);
    const ul = el("ul");
    for (const item of items) ul.append(el("li", item));
    return ul;
  };
  if (reports.length === 0) return emptyState(document, "Inga uttag har lästs: det finns ingen rapport om datakvaliteten att visa.");
  const {figure, body} = tableShell(document, "Inläsning av uttagen: var varje rad hamnade", COLUMNS);
  for (const r of reports) {
    const tr = el("tr");
    tr.dataset.file = r.file;
    const cell = (key: (typeof COLUMNS)[number]["key"], content: string | HTMLElement, value?: number): HTMLTableCellElement => {
      const td = el(key === "file" ? "th" : "td") as HTMLTableCellElement;
      if (key === "file") (td as HTMLTableCellElement & {scope: string}).scope = "row";
      if (typeof content === "string") td.textContent = content;
      else td.append(content);
      td.dataset.column = key;
      if (value !== undefined) td.dataset.value = String(value);
      tr.append(td);
      return td;
    };
    cell("file", r.file);
    if (!r.present && r.fatal === null) {
      const td = cell("encoding", "Filen finns inte i uttaget (frivilligt uttag): inga rader lästa.");
      td.colSpan = COLUMNS.length - 1;
      body.append(tr);
      continue;
    }
    cell("encoding", r.encoding === null ? "–" : `${ENCODING_SV[r.encoding] ?? r.encoding}${r.encodingReason ? ` (${svReasonOrEnglish(r.encodingReason)})` : ""}`);
    cell("delimiter", r.delimiter === null ? "–" : (DELIMITER_SV[r.delimiter] ?? r.delimiter));
    cell("rowsRead", formatCount(r.rowsRead), r.rowsRead);
    cell("rowsAccepted", formatCount(r.rowsAccepted), r.rowsAccepted);
    cell("rowsQuarantined", formatCount(r.rowsQuarantined), r.rowsQuarantined);
    const reasons = Object.entries(r.quarantinedByReason).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    cell("byReason", list(reasons.map(([reason, n]) => `${formatCount(n)}: ${svReasonOrEnglish(reason)}`), "Inga rader satta åt sidan."));
    const shown = r.problems.slice(0, SHOWN_PROBLEMS).map(svProblem);
    const problems = list(r.fatal === null ? shown : [`Filen kunde inte läsas: ${svReasonOrEnglish(r.fatal)}`, ...shown], "Inga problem.");
    cell("problems", problems);
    if (r.fatal !== null) tr.className = "lika-fatal";
    body.append(tr);
  }
  return figure;
}
