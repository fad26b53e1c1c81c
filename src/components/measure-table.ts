/**
 * The measure table: one row per unit with decisions, without deficiencies, expected, share, expected share, the
 * difference from expected in procentenheter, the estimated (shrunken) share with its 95 % interval (as in the ranked
 * interval plot), flag (opening its explainer) and the cases that would have to differ. No share above 100 % (no
 * adjusted share) and no q on the page; the CSV adds q for those who check the flags.
 * Sortable by any column (buttons in the header, aria-sort), with a CSV download for Swedish Excel (semicolons, BOM,
 * decimal comma) built in the page, so the page makes no request for it. Also the table alternative of the charts.
 */
import {adjustedShrinkage, type AdjustedShrinkage} from "../lib/measures/adjusted-shrinkage.js";
import type {FlagContext, UnitType} from "../lib/flags/types.js";
import {toCsv} from "../lib/format/csv.js";
import {formatCount, formatNumber, formatPercent, formatStatistic} from "../lib/format/number.js";
import {differenceFromExpected} from "../lib/format/flag-sentence.js";
import {shownNoFlagReason} from "../lib/format/no-flag-reason.js";
import {formatPercentCell, formatShare} from "../lib/format/share.js";
import {formatProbability} from "../lib/format/probability.js";
import {capitalise, unitSingular} from "../lib/format/unit-noun.js";
import {elementMaker, emptyState, sortableHeaders, tableShell, withCsvDownload} from "./dom.js";
import {flagText} from "./flag-badge.js";
import {FlagExplainer} from "./flag-explainer.js";
import {DECISIONS_WORDING, isAssessed, isTooFew, labelOfUnit, noUnitsText, tooFewText, type AssessedMeasureView, type MeasureViewOptions, type ShownAssessment, type ViewWording} from "./measure-view.js";

export type MeasureColumn = "unit" | "department" | "n" | "observed" | "expected" | "rate" | "expectedRate" | "difference" | "interval" | "flag" | "q" | "casesToDiffer";

/** One row of the table with the raw values it sorts and exports by. */
export interface MeasureTableRow {
  assessment: ShownAssessment;
  department: string | null;
  /** Shrunken adjusted share and its 95 % interval, as in the ranked interval plot (NaN when it cannot be placed). */
  shrunken: {estimate: number; lower: number; upper: number};
  /** Flag in words: "Larm: högre än väntat", "Ingen flagga", "För få beslut för att bedömas (12 av minst 20)". */
  flag: string;
  /** Sort rank of the flag: alarm 3, alert 2, none 1, not assessed 0. */
  flagRank: number;
}

export interface MeasureTableOptions extends Omit<MeasureViewOptions, "width"> {
  /** The department of a unit (decision-makers); omitted, the table has no department column. */
  departmentOf?: (unit: string) => string;
  /** File name of the CSV download. */
  fileName?: string;
  caption?: string;
  /** The dates counted, named in each flag's explainer. */
  window?: {from: string; to: string};
  /** Shrinkage over all units of the measure when the view shows only some (a filtered page); default: over the view's units. */
  shrinkage?: AdjustedShrinkage;
  /** A link per unit (its own page), or null for none. */
  hrefOf?: (unit: string) => string | null;
}

/** The columns: on the page without q (a statistic for the "För den som vill veta mer" part), in the CSV with it. */
function headers(unitType: UnitType, wording: ViewWording, withDepartment: boolean, withQ = false): {key: MeasureColumn; label: string}[] {
  const all: {key: MeasureColumn; label: string}[] = [
    {key: "unit", label: capitalise(unitSingular(unitType))},
    {key: "department", label: "Avdelning"},
    {key: "n", label: capitalise(wording.caseNoun)},
    {key: "observed", label: capitalise(wording.rateLabel)},
    {key: "expected", label: "Förväntat"},
    {key: "rate", label: "Andel"},
    {key: "expectedRate", label: "Förväntad andel"},
    {key: "difference", label: "Skillnad mot förväntat (procentenheter)"},
    {key: "interval", label: `Uppskattad andel (${formatPercent(0.95)}-intervall)`},
    {key: "flag", label: "Flagga"},
    {key: "q", label: "q"},
    {key: "casesToDiffer", label: `${capitalise(wording.caseNoun)} som skulle behöva skilja`}
  ];
  return all.filter((c) => (withDepartment || c.key !== "department") && (withQ || c.key !== "q"));
}

/** The table's rows in the order of the view's units. */
export function measureTableRows(view: AssessedMeasureView, options: Pick<MeasureTableOptions, "departmentOf" | "wording" | "shrinkage"> = {}): MeasureTableRow[] {
  const wording = options.wording ?? DECISIONS_WORDING;
  const {context} = view;
  const shrinkage = options.shrinkage ?? (context.target > 0 && context.target < 1 ? adjustedShrinkage(view.units, context.target) : null);
  const byUnit = new Map((shrinkage?.units ?? []).map((u) => [u.unit, u]));
  return view.units.map((a) => {
    const s = byUnit.get(a.unit);
    const flagged = a.level !== null && a.direction !== null;
    return {
      assessment: a,
      department: options.departmentOf ? options.departmentOf(a.unit) : null,
      shrunken: {estimate: s?.shrunken ?? NaN, lower: s?.lower ?? NaN, upper: s?.upper ?? NaN},
      flag: flagged ? flagText(a.level!, a.direction!, wording.polarity) : isTooFew(a, context) ? capitalise(tooFewText(a, wording, context)) : isAssessed(a) ? "Ingen flagga" : `Ingen bedömning: ${shownNoFlagReason(a.noFlagReason) ?? "kan inte bedömas"}`,
      flagRank: a.level === "alarm" ? 3 : a.level === "alert" ? 2 : isAssessed(a) ? 1 : 0
    };
  });
}

/** The value a column sorts by (numbers ascending, text in Swedish order; NaN last). */
function sortValue(row: MeasureTableRow, key: MeasureColumn): number | string {
  const a = row.assessment;
  switch (key) {
    case "unit": return labelOfUnit(a);
    case "department": return row.department ?? "";
    case "n": return a.n;
    case "observed": return a.observed;
    case "expected": return a.expected;
    case "rate": return a.rate;
    case "expectedRate": return a.expectedRate;
    case "difference": return differenceFromExpected(a);
    case "interval": return row.shrunken.estimate;
    case "flag": return row.flagRank;
    case "q": return a.q;
    case "casesToDiffer": return a.casesToDiffer ?? NaN;
  }
}

/** Rows sorted by one column; ties and missing values (NaN) keep a stable order with missing last. */
export function sortMeasureRows(rows: readonly MeasureTableRow[], key: MeasureColumn, direction: "ascending" | "descending"): MeasureTableRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  return rows
    .map((row, i) => ({row, i, v: sortValue(row, key)}))
    .sort((x, y) => {
      const missingX = typeof x.v === "number" && Number.isNaN(x.v);
      const missingY = typeof y.v === "number" && Number.isNaN(y.v);
      if (missingX || missingY) return missingX === missingY ? x.i - y.i : missingX ? 1 : -1;
      const c = typeof x.v === "string" ? x.v.localeCompare(String(y.v), "sv") : x.v - (y.v as number);
      return sign * c || x.i - y.i;
    })
    .map((x) => x.row);
}

/**
 * The table as CSV for Swedish Excel (`toCsv`: semicolons, BOM): numbers without grouping and with a decimal comma,
 * shares as percentages with one decimal, empty cells where a value does not exist.
 */
export function measureTableCsv(rows: readonly MeasureTableRow[], options: Pick<MeasureTableOptions, "unitType" | "wording"> = {}): string {
  const unitType = options.unitType ?? "decision-maker";
  const wording = options.wording ?? DECISIONS_WORDING;
  const withDepartment = rows.some((r) => r.department !== null);
  const cols = headers(unitType, wording, withDepartment, true);
  const pct = formatPercentCell;
  const header = cols.flatMap((c) => (c.key === "interval" ? ["Uppskattad andel (%)", "Intervall nedre (%)", "Intervall övre (%)"] : [c.key === "rate" || c.key === "expectedRate" ? `${c.label} (%)` : c.label]));
  const body = rows.map((r) => {
    const a = r.assessment;
    return cols.flatMap((c): (string | number | null)[] => {
      switch (c.key) {
        case "unit": return [labelOfUnit(a)];
        case "department": return [r.department];
        case "n": return [a.n];
        case "observed": return [a.observed];
        case "expected": return [Number.isFinite(a.expected) ? formatNumber(a.expected, {digits: 1, fixed: true, grouping: false}) : null];
        case "rate": return [pct(a.rate)];
        case "expectedRate": return [pct(a.expectedRate)];
        case "difference": {
          const d = differenceFromExpected(a);
          return [Number.isFinite(d) ? formatNumber(d, {digits: 1, fixed: true, grouping: false}) : null];
        }
        case "interval": return [pct(r.shrunken.estimate), pct(r.shrunken.lower), pct(r.shrunken.upper)];
        case "flag": return [r.flag];
        case "q": return [Number.isFinite(a.q) ? formatNumber(a.q, {significant: 3, grouping: false}) : null];
        case "casesToDiffer": return [a.casesToDiffer];
      }
    });
  });
  return toCsv(header, body, {delimiter: ";", bom: true});
}

function cellContent(row: MeasureTableRow, key: MeasureColumn, context: FlagContext, options: Required<Pick<MeasureTableOptions, "unitType" | "wording" | "document">> & Pick<MeasureTableOptions, "window" | "hrefOf">): string | Node {
  const {unitType, wording, window, document} = options;
  const a = row.assessment;
  switch (key) {
    case "unit": {
      const href = options.hrefOf?.(a.unit) ?? null;
      if (href === null) return labelOfUnit(a);
      const link = document.createElement("a");
      link.href = href;
      link.textContent = labelOfUnit(a);
      return link;
    }
    case "department": return row.department ?? "–";
    case "n": return formatCount(a.n);
    case "observed": return formatCount(a.observed);
    case "expected": return formatStatistic(a.expected);
    case "rate": return formatShare(a.rate);
    case "expectedRate": return formatShare(a.expectedRate);
    case "difference": {
      const d = differenceFromExpected(a);
      return Number.isFinite(d) ? formatNumber(d, {digits: 1, fixed: true, signed: true}) : "–";
    }
    case "interval": return Number.isFinite(row.shrunken.estimate) ? `${formatShare(row.shrunken.estimate)} (${formatShare(row.shrunken.lower)}–${formatShare(row.shrunken.upper)})` : "–";
    case "flag":
      // Each flag opens its explainer; units without a flag say why in words.
      return a.level === null || a.direction === null ? row.flag : FlagExplainer(a, context, {unitType, wording, window, compact: true, document});
    case "q": return formatProbability(a.q);
    case "casesToDiffer": return a.casesToDiffer === null ? "–" : formatCount(a.casesToDiffer);
  }
}

/**
 * The sortable table and its CSV download link, in a `div.lika-measure-table`. Sorted at first by flag (alarms first),
 * then q (not shown). A sentence when there are no units.
 */
export function MeasureTable(view: AssessedMeasureView, options: MeasureTableOptions = {}): HTMLElement {
  const {document = globalThis.document, unitType = "decision-maker", wording = DECISIONS_WORDING, departmentOf, fileName = "matt.csv"} = options;
  if (view.units.length === 0) return emptyState(document, noUnitsText(unitType));
  const el = elementMaker(document);
  const rows = measureTableRows(view, {departmentOf, wording, shrinkage: options.shrinkage});
  const cols = headers(unitType, wording, departmentOf !== undefined);
  const caption = options.caption ?? `${capitalise(wording.rateLabel)} per ${unitSingular(unitType)}`;
  const {figure, body} = tableShell(document, caption, cols);
  const headerCells = [...figure.querySelectorAll<HTMLTableCellElement>("thead th")];
  let sorted = sortMeasureRows(sortMeasureRows(rows, "q", "ascending"), "flag", "descending");
  const render = () => {
    body.replaceChildren();
    for (const row of sorted) {
      const tr = el("tr");
      tr.dataset.unit = row.assessment.unit;
      if (isTooFew(row.assessment, view.context)) tr.className = "lika-too-few";
      for (const c of cols) {
        const cell = el(c.key === "unit" ? "th" : "td");
        if (c.key === "unit") cell.setAttribute("scope", "row");
        cell.dataset.column = c.key;
        const v = sortValue(row, c.key);
        if (typeof v === "number" && Number.isFinite(v)) cell.dataset.value = String(v);
        cell.append(cellContent(row, c.key, view.context, {unitType, wording, window: options.window, hrefOf: options.hrefOf, document}));
        tr.append(cell);
      }
      body.append(tr);
    }
  };
  sortableHeaders(document, headerCells, cols.findIndex((c) => c.key === "flag"), (i, direction) => {
    sorted = sortMeasureRows(rows, cols[i]!.key, direction);
    render();
  });
  render();
  return withCsvDownload(document, figure, measureTableCsv(rows, {unitType, wording}), fileName);
}
