/**
 * The department page's table of one measure over tertials: the department's share, its case-mix adjusted share, the
 * nation's share and the flag, newest tertial first. Built from the overview's tertial summaries (the same analysis
 * `lika analyze` runs per tertial), so the page and the CLI agree.
 */
import type {TertialSummary} from "../lib/overview/tertial-summary.js";
import {formatCount} from "../lib/format/number.js";
import {formatShare} from "../lib/format/share.js";
import {periodLabel} from "../lib/view-state.js";
import {elementMaker, emptyState, tableShell} from "./dom.js";
import {flagText} from "./flag-badge.js";

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
    {key: "adjustedRate", label: "Justerad andel"},
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
    tr.append(th, el("td", formatCount(u.n)), el("td", formatShare(u.rate ?? NaN)), el("td", formatShare(u.adjustedRate ?? NaN)), el("td", formatShare(r.measure?.target ?? NaN)), flag);
    body.append(tr);
  }
  return figure;
}
