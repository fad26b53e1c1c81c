/** Writes a sample as CSV extracts in the documented layout (canonical headers, UTF-8, LF). */
import {mkdir, writeFile} from "node:fs/promises";
import {join} from "node:path";
import type {DecisionRow} from "../../src/lib/extract/decision-row.js";
import {DECISIONS_SCHEMA, LIST_SEPARATOR} from "../../src/lib/extract/schema.js";
import {toCsv} from "../../src/lib/format/csv.js";
import type {Sample} from "./generate.js";

/** Formats one value as the extract writes it: booleans as yes/no, null as empty. */
function extractValue(value: string | number | boolean | readonly string[] | null): string | number {
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  return value === true ? "yes" : value === false ? "no" : (value as string | number | null) ?? "";
}

export function decisionsCsv(rows: readonly DecisionRow[]): string {
  const columns = DECISIONS_SCHEMA.columns.map((c) => c.name);
  return toCsv(columns, rows.map((row) => columns.map((c) => extractValue(row[c as keyof DecisionRow]))));
}

/** Writes every extract of the sample into `dir`; returns the files written. */
export async function writeSample(sample: Sample, dir: string): Promise<string[]> {
  await mkdir(dir, {recursive: true});
  const path = join(dir, `${DECISIONS_SCHEMA.name}.csv`);
  await writeFile(path, decisionsCsv(sample.decisions));
  return [path];
}
