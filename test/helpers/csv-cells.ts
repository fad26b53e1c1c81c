/** Reading back what lika's CSV writer wrote, to check it as a spreadsheet would see it. */
import Papa from "papaparse";

/**
 * OWASP's formula characters ("CSV Injection": `=`, `+`, `-`, `@`, tab, carriage return), written out here
 * independently of src/lib/format/csv.ts so that a test of the writer does not check it against itself.
 */
export const LIVE_FORMULA = /^[=+\-@\t\r]/;

/** Every row of a CSV text as its cells, after papaparse's parsing (BOM stripped, a final line break ignored). */
export function csvCells(text: string, delimiter: "," | ";" = ","): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, "").replace(/\n$/, ""), {delimiter});
  if (parsed.errors.length > 0) throw new Error(`not valid CSV: ${parsed.errors[0]!.message}`);
  return parsed.data;
}

/** The cells a spreadsheet would run as a formula (after the quotes are read), with row and column. */
export function liveFormulaCells(text: string, delimiter: "," | ";" = ","): {row: number; column: number; cell: string}[] {
  return csvCells(text, delimiter).flatMap((cells, row) => cells.flatMap((cell, column) => (LIVE_FORMULA.test(cell) ? [{row, column, cell}] : [])));
}
