/**
 * The table of a flagged measure, one row per unit: decisions, events, expected, share, adjusted share, the shrunken share
 * with its 95 % interval (where given), the flag (letter and words), q and the cases that would have to differ. Sortable by any column
 * (a button in each header); units below the minimum say "för få beslut (n)". Its CSV (semicolons, BOM, as the national
 * table's) comes from `assessmentCsv`, so the download and the table show the same numbers. Cells carry data attributes
 * (`data-unit`, `data-column`, `data-value`) so tests read values without parsing sv-SE text.
 */
import type {ExplainedAssessment} from "../lib/flags/flag.js";
import {directionPhrase} from "../lib/flags/explanation.js";
import type {FlagContext, Polarity, UnitType} from "../lib/flags/types.js";
import {toCsv} from "../lib/format/csv.js";
import type {ShrunkenShare} from "../lib/measures/adjusted-shrinkage.js";
import {formatCount, formatPercent} from "../lib/format/number.js";
import {elementMaker, emptyState, tableShell} from "./dom.js";

export interface AssessmentTableOptions {
  unitType: UnitType;
  polarity: Polarity;
  caption: string;
  /** Department label per unit (decision-maker tables). */
  departmentOf?: (unit: string) => string;
  /** The unit's shrunken adjusted share and 95 % interval (decision-maker tables); without it there is no interval column. */
  shrunkenOf?: (unit: string) => ShrunkenShare | undefined;
  /** A link per unit (the decision-maker page), or none. */
  hrefOf?: (unit: string) => string | null;
  document?: Document;
}

type Key = "unit" | "department" | "n" | "observed" | "expected" | "rate" | "adjustedRate" | "interval" | "flag" | "q" | "casesToDiffer";

const UNIT_WORD: Record<UnitType, string> = {"decision-maker": "Beslutsfattare", department: "Avdelning", team: "Team"};

function pct(x: number, digits = 1): string {
  return Number.isFinite(x) ? formatPercent(x, digits) : "–";
}

/** A q-value as the table shows it: two significant digits, "< 0,001" below that. */
export function qText(q: number): string {
  if (!Number.isFinite(q)) return "–";
  return q < 0.001 ? "< 0,001" : new Intl.NumberFormat("sv-SE", {maximumSignificantDigits: 2}).format(q);
}

/** The flag of a unit in words: "Larm H: högre än väntat", "för få beslut (8)", "–". */
export function flagWords(a: ExplainedAssessment, context: FlagContext, polarity: Polarity): string {
  if (a.n < context.policy.minimumCases) return `för få beslut (${formatCount(a.n)})`;
  if (a.level === null || a.direction === null) return a.noFlagReason ?? "–";
  return `${a.level === "alarm" ? "Larm" : "Varning"} ${a.direction === "high" ? "H" : "L"}: ${directionPhrase(a.direction, polarity)} än väntat`;
}

interface Column {
  key: Key;
  label: string;
  text: (a: ExplainedAssessment) => string;
  /** Value sorted by and written to data-value / the CSV. */
  value: (a: ExplainedAssessment) => number | string;
}

function columns(options: AssessmentTableOptions, context: FlagContext): Column[] {
  const dept = options.departmentOf;
  const shrunk = options.shrunkenOf;
  const cols: (Column | null)[] = [
    {key: "unit", label: UNIT_WORD[options.unitType], text: (a) => a.unitLabel, value: (a) => a.unitLabel},
    dept ? {key: "department", label: "Avdelning", text: (a) => dept(a.unit), value: (a) => dept(a.unit)} : null,
    {key: "n", label: "Beslut", text: (a) => formatCount(a.n), value: (a) => a.n},
    {key: "observed", label: "Utan brister", text: (a) => formatCount(a.observed), value: (a) => a.observed},
    {key: "expected", label: "Förväntat", text: (a) => new Intl.NumberFormat("sv-SE", {maximumFractionDigits: 1}).format(a.expected), value: (a) => Math.round(a.expected * 10) / 10},
    {key: "rate", label: "Andel", text: (a) => pct(a.rate), value: (a) => a.rate},
    {key: "adjustedRate", label: "Justerad andel", text: (a) => pct(a.adjustedRate), value: (a) => a.adjustedRate},
    shrunk
      ? {
          key: "interval",
          label: "Krympt andel (95 %-intervall)",
          text: (a) => {
            const s = shrunk(a.unit);
            return s && Number.isFinite(s.shrunken) ? `${pct(s.shrunken)} (${pct(s.lower)}–${pct(s.upper)})` : "–";
          },
          value: (a) => shrunk(a.unit)?.shrunken ?? NaN
        }
      : null,
    {key: "flag", label: "Flagga", text: (a) => flagWords(a, context, options.polarity), value: (a) => (a.level === "alarm" ? 2 : a.level === "alert" ? 1 : 0) * (a.direction === "low" ? -1 : 1)},
    {key: "q", label: "q", text: (a) => qText(a.q), value: (a) => a.q},
    {key: "casesToDiffer", label: "Beslut som skulle behöva skilja sig", text: (a) => (a.casesToDiffer === null ? "–" : formatCount(a.casesToDiffer)), value: (a) => a.casesToDiffer ?? NaN}
  ];
  return cols.filter((c): c is Column => c !== null);
}

function compare(a: number | string, b: number | string): number {
  if (typeof a === "number" && typeof b === "number") {
    const na = Number.isNaN(a);
    const nb = Number.isNaN(b);
    if (na || nb) return na === nb ? 0 : na ? 1 : -1;
    return a - b;
  }
  return String(a).localeCompare(String(b), "sv");
}

/** The table; a header button sorts by its column (again: the other way). A sentence when there are no units. */
export function AssessmentTable(units: readonly ExplainedAssessment[], context: FlagContext, options: AssessmentTableOptions): HTMLElement {
  const document = options.document ?? globalThis.document;
  const el = elementMaker(document);
  if (units.length === 0) return emptyState(document, "Det finns inga enheter att visa för det här urvalet.");
  const cols = columns(options, context);
  const {figure, body} = tableShell(document, options.caption, cols.map((c) => ({key: c.key, label: c.label})));
  const rows = units.map((a) => {
    const tr = el("tr");
    tr.dataset.unit = a.unit;
    if (a.n < context.policy.minimumCases) tr.className = "lika-too-few";
    for (const c of cols) {
      const cell = el(c.key === "unit" ? "th" : "td");
      if (c.key === "unit") (cell as HTMLTableCellElement).scope = "row";
      const href = c.key === "unit" ? options.hrefOf?.(a.unit) : null;
      if (href) {
        const link = el("a", c.text(a));
        link.href = href;
        cell.append(link);
      } else {
        cell.textContent = c.text(a);
      }
      cell.dataset.column = c.key;
      cell.dataset.value = String(c.value(a));
      if (c.key === "flag" && a.level !== null) cell.dataset.level = a.level;
      if (c.key === "flag" && a.direction !== null) cell.dataset.direction = a.direction;
      tr.append(cell);
    }
    return {a, tr};
  });
  let sortedBy: {key: Key; descending: boolean} = {key: "unit", descending: false};
  const draw = () => {
    const col = cols.find((c) => c.key === sortedBy.key)!;
    const ordered = [...rows].sort((x, y) => compare(col.value(x.a), col.value(y.a)) * (sortedBy.descending ? -1 : 1));
    body.replaceChildren(...ordered.map((r) => r.tr));
    for (const th of figure.querySelectorAll("thead th")) {
      const key = (th as HTMLElement).dataset.column;
      th.setAttribute("aria-sort", key === sortedBy.key ? (sortedBy.descending ? "descending" : "ascending") : "none");
    }
  };
  for (const th of figure.querySelectorAll("thead th")) {
    const key = (th as HTMLElement).dataset.column as Key;
    const button = el("button", th.textContent ?? "");
    button.type = "button";
    button.className = "lika-sort";
    button.title = "Sortera efter kolumnen";
    button.addEventListener("click", () => {
      sortedBy = {key, descending: sortedBy.key === key ? !sortedBy.descending : key !== "unit" && key !== "department"};
      draw();
    });
    th.replaceChildren(button);
  }
  draw();
  return figure;
}

/** The table as CSV for Swedish Excel (semicolons, BOM): the same columns, numbers unformatted (shares as fractions). */
export function assessmentCsv(units: readonly ExplainedAssessment[], context: FlagContext, options: Omit<AssessmentTableOptions, "document" | "hrefOf" | "caption">): string {
  const cols = columns(options as AssessmentTableOptions, context);
  const header = cols.flatMap((c) => (c.key === "interval" ? ["Krympt andel", "Krympt andel, nedre 95 %-gräns", "Krympt andel, övre 95 %-gräns"] : [c.label]));
  // Decimal comma, as Swedish Excel reads numbers; integers as they are.
  const number = (x: number): string | number | null => (!Number.isFinite(x) ? null : Number.isInteger(x) ? x : String(x).replace(".", ","));
  const rows = units.map((a) =>
    cols.flatMap((c): (string | number | null)[] => {
      if (c.key === "interval") {
        const e = options.shrunkenOf?.(a.unit);
        return e ? [number(e.shrunken), number(e.lower), number(e.upper)] : [null, null, null];
      }
      if (c.key === "flag" || c.key === "unit" || c.key === "department") return [c.text(a)];
      const v = c.value(a);
      return [typeof v === "number" ? number(v) : v];
    })
  );
  return toCsv(header, rows, {delimiter: ";", bom: true});
}
