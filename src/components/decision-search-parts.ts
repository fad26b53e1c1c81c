/**
 * The parts of the page Sök beslut: its summary, the counts per facet (what each value of a filter would give under the other
 * filters) and one page of the matching decisions. Pure DOM from query results; the page runs the queries.
 */
import {formatCount, formatPercent} from "../lib/format/number.js";
import {elementMaker, emptyState, tableShell} from "./dom.js";

export interface FacetCount {
  value: string;
  n: number;
}

/** A small captioned table: one row per value (its Swedish label) with its count; the chosen value is marked. */
export function FacetTable(title: string, counts: readonly FacetCount[], labelOf: (code: string) => string, chosen: string | null, {document = globalThis.document}: {document?: Document} = {}): HTMLElement {
  if (counts.length === 0) return emptyState(document, `${title}: inga beslut med det här urvalet.`);
  const el = elementMaker(document);
  const {figure, body} = tableShell(document, title, [{label: "Värde"}, {label: "Beslut"}]);
  figure.classList.add("lika-facet");
  for (const c of counts) {
    const tr = el("tr");
    tr.dataset.value = c.value;
    const th = el("th", labelOf(c.value));
    th.scope = "row";
    if (c.value === chosen) {
      tr.className = "lika-chosen";
      th.append(el("span", " (valt)"));
    }
    const td = el("td", formatCount(c.n));
    td.dataset.value = String(c.n);
    tr.append(th, td);
    body.append(tr);
  }
  return figure;
}

export interface ResultColumn {
  key: string;
  label: string;
  format?: (value: string) => string;
}

/** One page of decisions as a table, or a sentence when nothing matches. */
export function DecisionResultTable(rows: readonly Record<string, string>[], columns: readonly ResultColumn[], caption: string, {document = globalThis.document}: {document?: Document} = {}): HTMLElement {
  if (rows.length === 0) return emptyState(document, "Inga beslut matchar urvalet.");
  const el = elementMaker(document);
  const {figure, body} = tableShell(document, caption, columns.map((c) => ({key: c.key, label: c.label})));
  figure.classList.add("lika-search-results");
  for (const row of rows) {
    const tr = el("tr");
    tr.dataset.id = row.decision_id ?? "";
    columns.forEach((c, i) => {
      const raw = row[c.key] ?? "";
      const text = c.format ? c.format(raw) : raw;
      const cell = i === 0 ? el("th", text) : el("td", text);
      if (i === 0) (cell as HTMLTableCellElement).scope = "row";
      cell.dataset.column = c.key;
      tr.append(cell);
    });
    body.append(tr);
  }
  return figure;
}

/**
 * The page's summary, first under its title: how many decisions match, how many of them are without deficiencies (the
 * decision-type count of the same query, when no decision type is chosen), and where the comparisons are. The paragraph
 * carries the total in `data-total`.
 */
export function searchSummary(total: number, decisionTypes: readonly FacetCount[], decisionTypeChosen: string | null, {document = globalThis.document, measureHref = "./beslut-utan-brister.html"}: {document?: Document; measureHref?: string} = {}): HTMLElement {
  const el = elementMaker(document);
  const p = el("p");
  p.className = "lika-selection";
  p.dataset.total = String(total);
  if (total === 0) {
    p.append("Inga beslut matchar urvalet. Ta bort ett filter för att se fler.");
    return p;
  }
  const count = el("strong", formatCount(total));
  p.append(count, " beslut matchar urvalet.");
  const without = decisionTypes.find((c) => c.value === "no_deficiencies")?.n ?? 0;
  if (decisionTypeChosen === null) p.append(` ${formatCount(without)} av dem (${formatPercent(without / total)}) var beslut utan brister.`);
  const link = el("a", "Beslut utan brister") as HTMLAnchorElement;
  link.href = measureHref;
  p.append(" Sökningen tar inte hänsyn till vilka hem och ärenden besluten gällde. Det gör sidan ", link, ".");
  return p;
}
