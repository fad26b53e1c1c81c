/**
 * Decisions in national supervisions by area and kind of decision: horizontal stacked bars, one per
 * area, in the table's column order (milder to stronger).
 */
import * as Plot from "@observablehq/plot";
import {plot} from "./plot.js";
import {labelOf, NATIONAL_AREAS} from "../lib/extract/codes.js";
import {formatCount} from "../lib/format/number.js";
import {NATIONAL_DECISION_COLUMNS, nationalSupervisionLong, type NationalSupervisionTable} from "../lib/measures/national-supervision.js";

export function NationalSupervisionChart(table: NationalSupervisionTable, {width = 640, document = globalThis.document}: {width?: number; document?: Document} = {}): Element {
  if (table.areas.length === 0) {
    const p = document.createElement("p");
    p.className = "lika-empty";
    p.textContent = "Inga beslut i nationella tillsyner att visa.";
    return p;
  }
  const labelOfColumn = new Map<string, string>(NATIONAL_DECISION_COLUMNS.map((c) => [c.id, c.shortLabel]));
  const data = nationalSupervisionLong(table)
    .filter((d) => d.decisions > 0)
    .map((d) => ({area: labelOf(NATIONAL_AREAS, d.area), kind: labelOfColumn.get(d.column)!, decisions: d.decisions}));
  return plot({
    document,
    width,
    // Area names take at most 45 % of the width, so the bars keep room on a phone.
    marginLeft: Math.min(210, Math.round(width * 0.45)),
    height: 60 + 44 * table.areas.length,
    x: {label: "Antal beslut →", grid: true, tickFormat: formatCount},
    y: {label: null, domain: table.areas.map((r) => labelOf(NATIONAL_AREAS, r.area as string)), tickFormat: width < 500 ? (name: string) => (name.length > 22 ? `${name.slice(0, 21)}…` : name) : undefined},
    // Report-back rounds in deepening blues, the final decision in grey, sanctions in orange.
    color: {legend: true, domain: NATIONAL_DECISION_COLUMNS.map((c) => c.shortLabel), range: ["#9ecae1", "#4292c6", "#08519c", "#969696", "#e6550d"]},
    marks: [
      Plot.barX(data, {x: "decisions", y: "area", fill: "kind", order: NATIONAL_DECISION_COLUMNS.map((c) => c.shortLabel), tip: {format: {x: formatCount}}}),
      Plot.ruleX([0])
    ]
  });
}
