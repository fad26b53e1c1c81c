/**
 * The national-supervision table as an HTML table, laid out like the published one: one row per
 * area, a totals row, sv-SE numbers and a dash for zero. Cells carry data attributes so tests and
 * screen readers find them without parsing layout.
 */
import {labelOf, NATIONAL_AREAS} from "../lib/extract/codes.js";
import {elementMaker, emptyState, tableShell} from "./dom.js";
import {formatCount, formatCountOrDash} from "../lib/format/number.js";
import {NATIONAL_DECISION_COLUMNS, type NationalSupervisionRow, type NationalSupervisionTable} from "../lib/measures/national-supervision.js";

type CountKey = Exclude<keyof NationalSupervisionRow, "area">;

const COLUMNS: {key: CountKey; label: string}[] = [
  {key: "operations", label: "Verksamheter som granskats"},
  ...NATIONAL_DECISION_COLUMNS.map((c) => ({key: c.id, label: c.label})),
  {key: "total", label: "Totalt antal beslut"}
];

export function NationalSupervisionTableView(table: NationalSupervisionTable, {document = globalThis.document}: {document?: Document} = {}): HTMLElement {
  const el = elementMaker(document);
  if (table.areas.length === 0) return emptyState(document, "Uttaget innehåller inga beslut i nationella tillsyner för den valda perioden.");
  const {figure, body} = tableShell(document, "Ärenden och beslut i nationella tillsyner", [{label: "Område"}, ...COLUMNS]);
  for (const row of [...table.areas, table.total]) {
    const tr = el("tr");
    tr.dataset.area = row.area;
    if (row.area === "total") tr.className = "lika-total";
    const th = el("th", row.area === "total" ? "Totalt" : labelOf(NATIONAL_AREAS, row.area));
    th.scope = "row";
    tr.append(th);
    for (const c of COLUMNS) {
      const td = el("td", c.key === "operations" || c.key === "total" ? formatCount(row[c.key]) : formatCountOrDash(row[c.key]));
      td.dataset.column = c.key;
      td.dataset.value = String(row[c.key]);
      tr.append(td);
    }
    body.append(tr);
  }
  return figure;
}

/**
 * The summary first on the page, from the same table: how many decisions in how many areas, the area with most, how many
 * were sanctions, and what the reader can do next; for a period without national supervision, that there was none to count
 * (not a fall to zero). `periodText` is "hela uttaget", "2024" or "T3 2024".
 */
export function nationalSupervisionSummary(table: NationalSupervisionTable, periodText: string, {document = globalThis.document}: {document?: Document} = {}): HTMLElement {
  const el = elementMaker(document);
  const box = el("div");
  box.className = "lika-page-summary";
  const when = periodText === "hela uttaget" ? "I hela uttaget" : `Under ${periodText}`;
  if (table.areas.length === 0) {
    box.append(
      el("p", `${when} finns inga beslut i nationella tillsyner. Det betyder att det inte fanns något att räkna, inte att antalet beslut sjönk till noll. Välj en annan period.`)
    );
    return box;
  }
  const t = table.total;
  const most = [...table.areas].sort((a, b) => b.total - a.total)[0]!;
  const areaCount = table.areas.length;
  const sentences = [
    `${when} fattades ${formatCount(t.total)} beslut i nationella tillsyner inom ${formatCount(areaCount)} ${areaCount === 1 ? "område" : "områden"}.`,
    `Flest beslut gällde ${labelOf(NATIONAL_AREAS, most.area)}, ${formatCount(most.total)} stycken.`,
    t.sanctions === 0
      ? "Inget av besluten var en sanktion."
      : `${formatCount(t.sanctions)} av besluten var sanktioner, som förelägganden, utdömda viten eller förbud.`,
    "Välj ett område längre ned för att se dess beslut per tertial."
  ];
  box.append(el("p", sentences.join(" ")));
  return box;
}
