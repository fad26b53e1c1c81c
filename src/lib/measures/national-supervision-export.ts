import {labelOf, NATIONAL_AREAS} from "../extract/codes.js";
import {toCsv} from "../format/csv.js";
import {NATIONAL_DECISION_COLUMNS, type NationalSupervisionTable} from "./national-supervision.js";

/** The table as a CSV download for Swedish Excel: semicolons, UTF-8 with BOM, Swedish headers, totals last. */
export function nationalSupervisionCsv(table: NationalSupervisionTable): string {
  const header = ["Område", "Verksamheter som granskats", ...NATIONAL_DECISION_COLUMNS.map((c) => c.label), "Totalt antal beslut"];
  const rows = [...table.areas, table.total].map((row) => [
    row.area === "total" ? "Totalt" : labelOf(NATIONAL_AREAS, row.area),
    row.operations,
    ...NATIONAL_DECISION_COLUMNS.map((c) => row[c.id]),
    row.total
  ]);
  return toCsv(header, rows, {delimiter: ";", bom: true});
}
