/**
 * Stalled cases: open cases whose last decision demands something and is older than the threshold at the period's end.
 * One row per case (operation pseudonym, department, decision-maker, rung, date of the last decision, days since); sortable
 * by any column, longest wait first; CSV download (semicolons, BOM, as lika's other tables).
 */
import {CASE_TYPES, DECISION_TYPES, DEPARTMENTS, labelOf} from "../lib/extract/codes.js";
import type {StalledCase} from "../lib/measures/escalation-summaries.js";
import {toCsv} from "../lib/format/csv.js";
import {formatCount} from "../lib/format/number.js";
import {elementMaker, emptyState, sortableHeaders, tableShell, withCsvDownload} from "./dom.js";

type Column = "operationId" | "department" | "decisionMaker" | "caseType" | "lastDecision" | "rung" | "lastDate" | "daysSinceLast";

const COLUMNS: {key: Column; label: string}[] = [
  {key: "operationId", label: "Verksamhet"},
  {key: "department", label: "Avdelning"},
  {key: "daysSinceLast", label: "Dagar sedan"},
  {key: "rung", label: "Steg"},
  {key: "lastDecision", label: "Senaste beslut"},
  {key: "lastDate", label: "Beslutsdatum"},
  {key: "caseType", label: "Ärendeslag"},
  {key: "decisionMaker", label: "Senaste beslutsfattare"}
];

function text(row: StalledCase, key: Column): string {
  switch (key) {
    case "department": return labelOf(DEPARTMENTS, row.department);
    case "caseType": return labelOf(CASE_TYPES, row.caseType);
    case "lastDecision": return labelOf(DECISION_TYPES, row.lastDecision);
    case "rung": return String(row.rung);
    case "daysSinceLast": return formatCount(row.daysSinceLast);
    default: return row[key];
  }
}

/** Rows sorted by one column (numbers as numbers, text in Swedish order). */
export function sortStalled(rows: readonly StalledCase[], key: Column, direction: "ascending" | "descending"): StalledCase[] {
  const sign = direction === "ascending" ? 1 : -1;
  const collator = new Intl.Collator("sv");
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    return sign * (typeof x === "number" && typeof y === "number" ? x - y : collator.compare(text(a, key), text(b, key)));
  });
}

/** The table as CSV for Excel (semicolons, BOM), in the rows' order. */
export function stalledCsv(rows: readonly StalledCase[]): string {
  return toCsv(
    COLUMNS.map((c) => c.label),
    rows.map((r) => COLUMNS.map((c) => (c.key === "rung" || c.key === "daysSinceLast" ? r[c.key] : text(r, c.key)))),
    {delimiter: ";", bom: true}
  );
}

export interface StalledTableOptions {
  document?: Document;
  caption?: string;
  fileName?: string;
}

/** `div.lika-stalled-table`: the sortable table (rows carry data-operation) and its CSV link, or a sentence when there are none. */
export function StalledTable(rows: readonly StalledCase[], options: StalledTableOptions = {}): HTMLElement {
  const {document = globalThis.document, caption = "Avstannade ärenden", fileName = "avstannade-arenden.csv"} = options;
  if (rows.length === 0) return emptyState(document, "Inga ärenden har stått still längre än gränsen i det här urvalet.");
  const el = elementMaker(document);
  const {figure, body} = tableShell(document, caption, COLUMNS);
  const headerCells = [...figure.querySelectorAll<HTMLTableCellElement>("thead th")];
  let sorted = [...rows];
  const render = () => {
    body.replaceChildren();
    for (const row of sorted) {
      const tr = el("tr");
      tr.dataset.operation = row.operationId;
      for (const c of COLUMNS) {
        const cell = el(c.key === "operationId" ? "th" : "td", text(row, c.key));
        if (c.key === "operationId") cell.setAttribute("scope", "row");
        cell.dataset.column = c.key;
        if (c.key === "daysSinceLast" || c.key === "rung") cell.dataset.value = String(row[c.key]);
        tr.append(cell);
      }
      body.append(tr);
    }
  };
  sortableHeaders(document, headerCells, COLUMNS.findIndex((c) => c.key === "daysSinceLast"), (i, direction) => {
    sorted = sortStalled(rows, COLUMNS[i]!.key, direction);
    render();
  });
  render();
  return withCsvDownload(document, figure, stalledCsv(rows), fileName, "lika-stalled-table");
}
