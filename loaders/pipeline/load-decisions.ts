/**
 * Reads and validates decisions.csv. Walking-skeleton version: the whole file in memory, strict
 * (the first row that cannot be read stops the load with file, line, column and reason).
 */
import {readFile} from "node:fs/promises";
import {basename} from "node:path";
import Papa from "papaparse";
import type {DecisionRow} from "../../src/lib/extract/decision-row.js";
import {matchHeader} from "../../src/lib/extract/header.js";
import {ExtractError, formatProblem} from "../../src/lib/extract/problem.js";
import {DECISIONS_SCHEMA} from "../../src/lib/extract/schema.js";
import {validateDecision} from "../../src/lib/extract/validate-decision.js";

/** Parses CSV text into records with the physical line each record starts on (the header is line 1). */
export function csvRecords(text: string): {line: number; fields: string[]}[] {
  const records: {line: number; fields: string[]}[] = [];
  let line = 1;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      const fields = result.data;
      const empty = fields.length === 1 && fields[0] === "";
      if (!empty) records.push({line, fields});
      // A record spans one physical line plus one for each line break inside its quoted fields.
      line += 1 + fields.reduce((n, f) => n + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    }
  });
  return records;
}

/** Loads every decision of `path`, or throws an ExtractError naming the first problem. */
export async function loadDecisions(path: string): Promise<DecisionRow[]> {
  const file = basename(path);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ExtractError(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  text = text.replace(/^\uFEFF/, "");
  const [header, ...records] = csvRecords(text);
  if (!header) throw new ExtractError(`${file}: the file is empty`);
  const match = matchHeader(DECISIONS_SCHEMA, header.fields);
  if (!match.ok) {
    const parts = [];
    if (match.missing.length) parts.push(`missing required column(s): ${match.missing.join(", ")}`);
    if (match.duplicated.length) parts.push(`column(s) given twice: ${match.duplicated.join(", ")}`);
    throw new ExtractError(`${file}:1: ${parts.join("; ")}; found: ${match.found.join(", ")}`);
  }
  const rows: DecisionRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of records) {
    const result = validateDecision(record.fields, match.indexOf, file, record.line);
    if (!result.ok) throw new ExtractError(formatProblem(result.problems[0]!), result.problems[0]);
    const seen = firstLineOf.get(result.row.decision_id);
    if (seen !== undefined) {
      const problem = {file, line: record.line, column: "decision_id", value: result.row.decision_id, reason: `duplicate id (first on line ${seen})`};
      throw new ExtractError(formatProblem(problem), problem);
    }
    firstLineOf.set(result.row.decision_id, record.line);
    rows.push(result.row);
  }
  return rows;
}
