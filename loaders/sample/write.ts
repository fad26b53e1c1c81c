/**
 * Writes a sample as CSV extracts in the documented layout (canonical headers, UTF-8, LF) plus
 * extract.json. Rows are formatted in batches by the one CSV writer (src/lib/format/csv.ts) and streamed to disk.
 */
import {createWriteStream} from "node:fs";
import {mkdir, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {once} from "node:events";
import type {DecisionRow} from "../../src/lib/extract/decision-row.js";
import type {InspectionRow} from "../../src/lib/extract/inspection-row.js";
import type {PreparationRow} from "../../src/lib/extract/preparation-row.js";
import {csvLines, type CsvCell} from "../../src/lib/format/csv.js";
import {DECISIONS_SCHEMA, INSPECTIONS_SCHEMA, LIST_SEPARATOR, PREPARATIONS_SCHEMA, type ExtractSchema} from "../../src/lib/extract/schema.js";
import {decisionRow, inspectionRow, preparationRow, type ExtractInfo, type SampleRecords} from "./generate.js";

type Value = string | number | boolean | readonly string[] | null;

/** One value as the extract writes it: booleans as yes/no, lists joined by '|', null as empty, numbers as numbers. */
function extractCell(value: Value): CsvCell {
  return Array.isArray(value) ? value.join(LIST_SEPARATOR) : value === true ? "yes" : value === false ? "no" : (value as string | number | null);
}

/** The header line and the cells of a row of one extract, for the one CSV writer. */
function rowFormat<R extends object>(schema: ExtractSchema): {header: string; cells: (row: R) => CsvCell[]} {
  const columns = schema.columns.map((c) => c.name);
  return {header: csvLines([columns]), cells: (row) => columns.map((c) => extractCell((row as Record<string, Value>)[c] ?? null))};
}

const DECISIONS = rowFormat<DecisionRow>(DECISIONS_SCHEMA);
const INSPECTIONS = rowFormat<InspectionRow>(INSPECTIONS_SCHEMA);
const PREPARATIONS = rowFormat<PreparationRow>(PREPARATIONS_SCHEMA);

/** decisions.csv as text. */
export function decisionsCsv(rows: readonly DecisionRow[]): string {
  return DECISIONS.header + csvLines(rows.map(DECISIONS.cells));
}

/** inspections.csv as text. */
export function inspectionsCsv(rows: readonly InspectionRow[]): string {
  return INSPECTIONS.header + csvLines(rows.map(INSPECTIONS.cells));
}

/** preparations.csv as text. */
export function preparationsCsv(rows: readonly PreparationRow[]): string {
  return PREPARATIONS.header + csvLines(rows.map(PREPARATIONS.cells));
}

/** extract.json as text. */
export function extractJson(info: ExtractInfo): string {
  return JSON.stringify(info, null, 2) + "\n";
}

/** Streams header and rows to `path` in chunks of 8192 lines, waiting when the disk falls behind. */
async function streamRows<T>(path: string, header: string, items: readonly T[], cells: (item: T) => CsvCell[]): Promise<void> {
  const out = createWriteStream(path);
  const done = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
  });
  out.write(header);
  let rows: CsvCell[][] = [];
  for (const item of items) {
    rows.push(cells(item));
    if (rows.length >= 8192) {
      if (!out.write(csvLines(rows))) await once(out, "drain");
      rows = [];
    }
  }
  out.end(csvLines(rows));
  await done;
}

/** Writes every extract of the sample into `dir`; returns the files written. */
export async function writeSample(sample: SampleRecords, dir: string): Promise<string[]> {
  await mkdir(dir, {recursive: true});
  const files = {
    decisions: join(dir, `${DECISIONS_SCHEMA.name}.csv`),
    inspections: join(dir, `${INSPECTIONS_SCHEMA.name}.csv`),
    preparations: join(dir, `${PREPARATIONS_SCHEMA.name}.csv`),
    extract: join(dir, "extract.json")
  };
  await streamRows(files.decisions, DECISIONS.header, sample.decisions, (d) => DECISIONS.cells(decisionRow(d)));
  await streamRows(files.inspections, INSPECTIONS.header, sample.inspections, (x) => INSPECTIONS.cells(inspectionRow(x)));
  await streamRows(files.preparations, PREPARATIONS.header, sample.preparations, (p) => PREPARATIONS.cells(preparationRow(p)));
  await writeFile(files.extract, extractJson(sample.extract));
  return Object.values(files);
}
