/**
 * The from → to matrix of the escalation ladder: one row per demanding decision, one column per next decision, the count
 * of moves in each cell with a sign for its kind (= repeat, ↑ step up, ↓ step down, ✓ closure), and the row's total.
 * Readable without colour; the table alternative of the flow chart.
 */
import {DECISION_TYPES, type DecisionType} from "../lib/extract/codes.js";
import type {FlowCount} from "../lib/measures/escalation-summaries.js";
import {formatCount, formatPercent} from "../lib/format/number.js";
import {elementMaker, emptyState} from "./dom.js";
import {MOVE_KINDS, SHORT_DECISION_LABELS} from "./escalation-flow.js";

const ORDER = new Map<string, number>(DECISION_TYPES.map((t, i) => [t.code, i]));
const closingLast = (t: DecisionType) => (t === "final" || t === "no_deficiencies" ? 100 : 0) + ORDER.get(t)!;

export interface TransitionMatrixOptions {
  document?: Document;
  caption?: string;
}

/** A `figure.lika-table-wrapper` holding `table.lika-matrix` (cells carry data-from, data-to and data-value). */
export function TransitionMatrix(flows: readonly FlowCount[], options: TransitionMatrixOptions = {}): HTMLElement {
  const {document = globalThis.document, caption = "Beslut efter krävande beslut: från (rad) och till (kolumn)"} = options;
  const shown = flows.filter((f) => f.count > 0);
  if (shown.length === 0) return emptyState(document, "Inga beslut följde på ett krävande beslut i det här urvalet.");
  const el = elementMaker(document);
  const from = [...new Set(shown.map((f) => f.from))].sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
  const to = [...new Set(shown.map((f) => f.to))].sort((a, b) => closingLast(a) - closingLast(b));
  const table = el("table");
  table.className = "lika-table lika-matrix";
  table.append(el("caption", caption));
  const head = el("tr");
  const corner = el("th", "Från \\ till");
  corner.scope = "col";
  head.append(corner);
  for (const t of to) {
    const th = el("th", SHORT_DECISION_LABELS[t]);
    th.scope = "col";
    th.dataset.to = t;
    head.append(th);
  }
  const totalHead = el("th", "Summa");
  totalHead.scope = "col";
  const repeatHead = el("th", "Upprepning i stället för eskalering");
  repeatHead.scope = "col";
  head.append(totalHead, repeatHead);
  const thead = el("thead");
  thead.append(head);
  const body = el("tbody");
  for (const f of from) {
    const tr = el("tr");
    tr.dataset.from = f;
    const th = el("th", SHORT_DECISION_LABELS[f]);
    th.scope = "row";
    tr.append(th);
    const row = shown.filter((x) => x.from === f);
    const total = row.reduce((s, x) => s + x.count, 0);
    for (const t of to) {
      const cell = row.find((x) => x.to === t);
      const td = el("td", cell ? `${MOVE_KINDS[cell.kind].symbol} ${formatCount(cell.count)}` : "");
      td.dataset.from = f;
      td.dataset.to = t;
      if (cell) {
        td.dataset.value = String(cell.count);
        td.dataset.kind = cell.kind;
        td.title = `${SHORT_DECISION_LABELS[f]} → ${SHORT_DECISION_LABELS[t]}: ${formatCount(cell.count)}, ${MOVE_KINDS[cell.kind].label}`;
      }
      tr.append(td);
    }
    const repeats = row.filter((x) => x.kind === "repeat").reduce((s, x) => s + x.count, 0);
    const persisting = repeats + row.filter((x) => x.kind === "step-up").reduce((s, x) => s + x.count, 0);
    const totalCell = el("td", formatCount(total));
    totalCell.dataset.value = String(total);
    tr.append(totalCell, el("td", persisting > 0 ? formatPercent(repeats / persisting) : "–"));
    body.append(tr);
  }
  table.append(thead, body);
  const figure = el("figure");
  figure.className = "lika-table-wrapper";
  // Scrolls sideways on a phone: focusable so keyboard users can scroll it (WCAG 2.1.1).
  figure.tabIndex = 0;
  figure.setAttribute("aria-label", "Övergångar mellan stegen");
  const key = el("p", `Tecken: ${Object.values(MOVE_KINDS).map((k) => `${k.symbol} ${k.label}`).join(", ")}. Upprepning i stället för eskalering: upprepningar som andel av upprepningar och steg uppåt.`);
  key.className = "lika-matrix-key";
  figure.append(table, key);
  return figure;
}
