/**
 * The oracle's own reading of a folder of extracts: each CSV split on newlines and commas (the sample quotes no field;
 * the reader throws if one does), every field kept as text. No code of lika's is used, so a fault in lika's reader,
 * validation or measures cannot hide here.
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";

/** One CSV row: column name → text as written ("" for an empty field). */
export type CsvRow = Record<string, string>;

export interface SampleRows {
  decisions: CsvRow[];
  inspections: CsvRow[];
  preparations: CsvRow[];
}

/** The rows of one CSV file, keyed by its header. */
export function readCsv(path: string): CsvRow[] {
  const lines = readFileSync(path, "utf8").split(/\r?\n/).filter((l) => l !== "");
  if (lines.some((l) => l.includes('"'))) throw new Error(`${path}: quoted fields; the oracle's plain splitting cannot read them`);
  const header = lines[0]!.split(",");
  return lines.slice(1).map((line, i) => {
    const fields = line.split(",");
    if (fields.length !== header.length) throw new Error(`${path}, row ${i + 2}: ${fields.length} fields, header has ${header.length}`);
    return Object.fromEntries(header.map((h, j) => [h, fields[j]!]));
  });
}

/** decisions.csv, inspections.csv and preparations.csv of `dir`. */
export function readSample(dir: string): SampleRows {
  return {decisions: readCsv(join(dir, "decisions.csv")), inspections: readCsv(join(dir, "inspections.csv")), preparations: readCsv(join(dir, "preparations.csv"))};
}
