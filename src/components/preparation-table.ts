/**
 * Table of preparations per department and tertial: "återremitterade av föredragna (andel)" in each cell, with the
 * nation as the last row. Counts only: stage (a)'s rows summed, no flags (the funnel and its table carry those).
 */
import {DEPARTMENTS, labelOf} from "../lib/extract/codes.js";
import {formatCount} from "../lib/format/number.js";
import {formatShare} from "../lib/format/share.js";
import type {PreparationCountRow} from "../lib/measures/preparations.js";
import {periodLabel} from "../lib/view-state.js";
import {elementMaker, emptyState, tableShell} from "./dom.js";

export function PreparationTertialTable(rows: readonly PreparationCountRow[], {document = globalThis.document}: {document?: Document} = {}): HTMLElement {
  if (rows.length === 0) return emptyState(document, "Uttaget har inga föredragningar i Operativ samverkan.");
  const el = elementMaker(document);
  const tertials = [...new Set(rows.map((r) => r.tertial))].sort();
  const cellOf = new Map<string, {cases: number; events: number}>();
  const add = (key: string, r: PreparationCountRow) => {
    const c = cellOf.get(key) ?? {cases: 0, events: 0};
    c.cases += r.cases;
    c.events += r.events;
    cellOf.set(key, c);
  };
  for (const r of rows) {
    add(`${r.department}|${r.tertial}`, r);
    add(`total|${r.tertial}`, r);
  }
  const {figure, body} = tableShell(document, "Återremitterade av föredragna ärenden per avdelning och tertial", [{key: "department", label: "Avdelning"}, ...tertials.map((t) => ({key: t, label: periodLabel(t)}))]);
  const departments = DEPARTMENTS.filter((d) => rows.some((r) => r.department === d.code)).map((d) => d.code);
  for (const unit of [...departments, "total"]) {
    const tr = el("tr");
    tr.dataset.unit = unit;
    if (unit === "total") tr.className = "lika-total";
    const th = el("th", unit === "total" ? "Riket" : labelOf(DEPARTMENTS, unit));
    th.scope = "row";
    tr.append(th);
    for (const t of tertials) {
      const c = cellOf.get(`${unit}|${t}`);
      const td = el("td", c ? `${formatCount(c.events)} av ${formatCount(c.cases)} (${formatShare(c.events / c.cases)})` : "–");
      td.dataset.tertial = t;
      tr.append(td);
    }
    body.append(tr);
  }
  return figure;
}
