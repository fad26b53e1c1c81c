import Papa from "papaparse";

export interface CsvOptions {
  /** Field delimiter; ";" is what Excel expects in a Swedish locale. */
  delimiter?: "," | ";" | "\t";
  /** Prefix a UTF-8 byte-order mark so that Excel reads å, ä and ö correctly. */
  bom?: boolean;
}

/** Serialises rows to CSV text with a header, "\n" line endings and quotes only where needed. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[], options: CsvOptions = {}): string {
  const {delimiter = ",", bom = false} = options;
  const body = Papa.unparse({fields: [...header], data: rows.map((r) => r.map((v) => (v === null ? "" : v)))}, {delimiter, newline: "\n"});
  return (bom ? "\uFEFF" : "") + body + "\n";
}
