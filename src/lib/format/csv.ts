/**
 * The one CSV writer: quarantine files, page downloads, the built-in sample and the bench's CSV all go through
 * `toCsv` or `csvLines`, on papaparse's `unparse`. Every cell that a spreadsheet would run as a formula is
 * written as text (OWASP, "CSV Injection"): a string starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading `'` and is quoted, so `=HYPERLINK(…)` from an extract shows as `'=HYPERLINK(…)` in
 * Excel. A `number` is what lika itself computed and is written as is (`-3` stays `-3`); a string that looks
 * like a number (`-3` read from an extract) is neutralised like any other text. The tables' decimal-comma
 * numbers (`12,5`; Intl's sv-SE minus is U+2212, `−0,5`) start with no formula character and are untouched.
 */
import Papa from "papaparse";

/**
 * A cell: a string (text, from an extract or lika's labels; neutralised when it starts with a formula
 * character), a number lika computed (written as is), a boolean (`true`/`false`), or null/undefined (empty).
 */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Field delimiter; ";" is what Excel expects in a Swedish locale. */
  delimiter?: "," | ";" | "\t";
  /** Prefix a UTF-8 byte-order mark so that Excel reads å, ä and ö correctly. */
  bom?: boolean;
}

/**
 * OWASP's formula characters. Passed to papaparse's `escapeFormulae` as our own expression because its default,
 * /^[=+\-@\t\r].*$/, needs `.*$` to reach the end of the value and `.` stops at a line break: a multi-line
 * `=HYPERLINK(…)\n…` would be left live (papaparse 5.7.1, papaparse.js, `unpackConfig`). papaparse leaves
 * numbers and booleans alone and prefixes `'` and quotes a matching string.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

// Whitespace at either edge is quoted as well (papaparse quotes only a space there), so that a reader that
// trims unquoted fields keeps it; the sample's extracts were always written this way.
const EDGE_WHITESPACE = /^\s|\s$/;

function unparseConfig(delimiter: string): Papa.UnparseConfig {
  return {
    delimiter,
    newline: "\n",
    escapeFormulae: FORMULA_START,
    quotes: (value: unknown) => typeof value === "string" && EDGE_WHITESPACE.test(value)
  };
}

const CONFIGS = {",": unparseConfig(","), ";": unparseConfig(";"), "\t": unparseConfig("\t")};

// A string papaparse would write unchanged under any of CONFIGS: no delimiter, quote, line break or BOM, no
// formula character or whitespace first and no whitespace last. Such cells (nearly all of the sample's million
// rows) skip papaparse, whose per-cell work made writing the sample twice as slow; every other cell goes through it.
const NOT_PLAIN = /[",;\t\r\n\uFEFF]|^[\s=+\-@]|\s$/;

function cellText(cell: CsvCell, config: Papa.UnparseConfig): string {
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "string" && !NOT_PLAIN.test(cell)) return cell;
  return Papa.unparse([[cell]], config);
}

/** Serialises rows as CSV lines without a header, each ending in "\n"; "" for no rows (for writing in batches). */
export function csvLines(rows: readonly (readonly CsvCell[])[], options: Pick<CsvOptions, "delimiter"> = {}): string {
  const delimiter = options.delimiter ?? ",";
  const config = CONFIGS[delimiter];
  // Joined arrays rather than `+=` per cell: a rope of millions of short pieces costs more to flatten and collect.
  return rows.map((row) => row.map((cell) => cellText(cell, config)).join(delimiter) + "\n").join("");
}

/** Serialises rows to CSV text with a header, "\n" line endings and quotes only where needed (or where a formula is neutralised). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const {delimiter = ",", bom = false} = options;
  return (bom ? "\uFEFF" : "") + csvLines([header, ...rows], {delimiter});
}
