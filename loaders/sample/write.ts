/**
 * Writes a sample as CSV extracts in the documented layout (canonical headers, UTF-8, LF) plus
 * extract.json. Rows are formatted one by one and streamed to disk in chunks.
 */
import {createWriteStream} from "node:fs";
import {mkdir, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {once} from "node:events";
import type {DecisionRow} from "../../src/lib/extract/decision-row.js";
import type {InspectionRow} from "../../src/lib/extract/inspection-row.js";
import type {PreparationRow} from "../../src/lib/extract/preparation-row.js";
import {DECISIONS_SCHEMA, INSPECTIONS_SCHEMA, LIST_SEPARATOR, PREPARATIONS_SCHEMA, type ExtractSchema} from "../../src/lib/extract/schema.js";
import {decisionRow, inspectionRow, preparationRow, type ExtractInfo, type SampleRecords} from "./generate.js";

type Value = string | number | boolean | readonly string[] | null;

/** Formats one value as the extract writes it: booleans as yes/no, lists joined by '|', null as empty, quoted when needed. */
function extractValue(value: Value): string {
  const text = Array.isArray(value) ? value.join(LIST_SEPARATOR) : value === true ? "yes" : value === false ? "no" : value === null ? "" : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header line and a line formatter for the rows of one extract. */
function lineFormat<R extends object>(schema: ExtractSchema): {header: string; line: (row: R) => string} {
  const columns = schema.columns.map((c) => c.name);
  return {header: columns.join(",") + "\n", line: (row) => columns.map((c) => extractValue((row as Record<string, Value>)[c] ?? null)).join(",") + "\n"};
}

const DECISIONS = lineFormat<DecisionRow>(DECISIONS_SCHEMA);
const INSPECTIONS = lineFormat<InspectionRow>(INSPECTIONS_SCHEMA);
const PREPARATIONS = lineFormat<PreparationRow>(PREPARATIONS_SCHEMA);

/** decisions.csv as text. */
export function decisionsCsv(rows: readonly DecisionRow[]): string {
  return DECISIONS.header + rows.map(DECISIONS.line).join("");
}

/** inspections.csv as text. */
export function inspectionsCsv(rows: readonly InspectionRow[]): string {
  return INSPECTIONS.header + rows.map(INSPECTIONS.line).join("");
}

/** preparations.csv as text. */
export function preparationsCsv(rows: readonly PreparationRow[]): string {
  return PREPARATIONS.header + rows.map(PREPARATIONS.line).join("");
}

/** extract.json as text. */
export function extractJson(info: ExtractInfo): string {
  return JSON.stringify(info, null, 2) + "\n";
}

/** Streams header and lines to `path` in chunks of 8192 lines, waiting when the disk falls behind. */
async function streamLines<T>(path: string, header: string, items: readonly T[], line: (item: T) => string): Promise<void> {
  const out = createWriteStream(path);
  const done = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
  });
  let lines: string[] = [header];
  for (const item of items) {
    lines.push(line(item));
    if (lines.length >= 8192) {
      if (!out.write(lines.join(""))) await once(out, "drain");
      lines = [];
    }
  }
  out.end(lines.join(""));
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
  await streamLines(files.decisions, DECISIONS.header, sample.decisions, (d) => DECISIONS.line(decisionRow(d)));
  await streamLines(files.inspections, INSPECTIONS.header, sample.inspections, (x) => INSPECTIONS.line(inspectionRow(x)));
  await streamLines(files.preparations, PREPARATIONS.header, sample.preparations, (p) => PREPARATIONS.line(preparationRow(p)));
  await writeFile(files.extract, extractJson(sample.extract));
  return Object.values(files);
}
