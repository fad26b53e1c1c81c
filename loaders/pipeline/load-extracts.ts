/**
 * Reads a folder of extracts: every file through the same streaming reader, rule set and privacy
 * guard, giving the accepted rows, a report per file and, per file, the rows set aside (for the
 * quarantine, loaders/pipeline/quarantine.ts). Files are read in schema order, so a reference
 * (inspection → decision) is checked against rows already accepted.
 *
 * Memory: the accepted rows (parsed, never their raw text), their line numbers, the keys seen and the
 * problems of the rows set aside. Raw fields are re-read from the file only to write the quarantine.
 */
import {readdir} from "node:fs/promises";
import {join} from "node:path";
import type {DecisionRow} from "../../src/lib/extract/decision-row.js";
import type {InspectionRow} from "../../src/lib/extract/inspection-row.js";
import type {PreparationRow} from "../../src/lib/extract/preparation-row.js";
import {ExtractError, formatProblem} from "../../src/lib/extract/problem.js";
import type {ExtractReport} from "../../src/lib/extract/report.js";
import {DECISIONS_SCHEMA, INSPECTIONS_SCHEMA, PREPARATIONS_SCHEMA, type ExtractSchema} from "../../src/lib/extract/schema.js";
import {EXTRACT_INFO_FILE, inspectionReferenceProblem, parseExtractInfo, type DecisionLookup, type ExtractInfo, type PseudonymGuard} from "../../src/lib/extract/validate/index.js";
import {echo} from "../../src/lib/privacy/echo.js";
import {createPseudonymGuard, PSEUDONYM_KEY_ENV, PseudonymKeyError} from "../../src/lib/privacy/pseudonymise.js";
import {fileEntry, fileErrorPhrase, openRegularFile} from "../extract/regular-file.js";
import type {RowCheck} from "./file-rows.js";
import type {QuarantineLedger} from "./quarantine-ledger.js";
import {emptyReport, notRead, readExtractFile, type FileResult} from "./read-extract-file.js";
import {nextReading, type ReadingSettings} from "./reread-policy.js";

export {REPORT_PROBLEMS, type QuarantineLedger} from "./quarantine-ledger.js";

/** Environment variable that makes the build stop at the first row set aside. */
export const STRICT_ENV = "LIKA_STRICT";

export interface LoadedExtracts {
  decisions: DecisionRow[];
  inspections: InspectionRow[];
  preparations: PreparationRow[];
  /** One report per extract in schema order (absent optional files included, with present: false). */
  reports: ExtractReport[];
  /** What extract.json says, or null when the folder has none. */
  info: ExtractInfo | null;
  /** The rows set aside, per readable file, for `writeQuarantine`. */
  quarantine: QuarantineLedger[];
}

export interface LoadOptions {
  /** Environment to read LIKA_PSEUDONYM_KEY from (default: process.env). */
  env?: NodeJS.ProcessEnv;
}

/** Names listed when a required extract is not in the folder (there may be hundreds of files). */
const LISTED_NAMES = 5;

/** What the folder holds instead of a missing extract, in one short phrase: names that look like extracts first. */
async function folderListing(dir: string): Promise<string> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => !n.startsWith(".")).sort();
  } catch (e) {
    return `the folder cannot be read: ${fileErrorPhrase(e)}`;
  }
  if (names.length === 0) return "the folder is empty";
  const csv = names.filter((n) => /\.(csv|txt|tsv)$/i.test(n));
  if (csv.length === 0) return `the folder holds no CSV file, only ${names.length} other file(s) or folder(s)`;
  const shown = csv.slice(0, LISTED_NAMES).map((n) => echo(n, 60)).join(", ");
  return `CSV or text files in it: ${shown}${csv.length > LISTED_NAMES ? ` and ${csv.length - LISTED_NAMES} more` : ""}`;
}

/**
 * Reads one extract: header, then every record through the row rules, the key rule and `check`.
 * Never throws for a bad file: a file that cannot be used comes back with `report.fatal` set.
 * Only a regular file is opened (a named pipe, a folder or a dangling link get one sentence each).
 */
async function readExtract<T>(dir: string, schema: ExtractSchema, guard: PseudonymGuard, info: ExtractInfo | null, check: RowCheck | null): Promise<FileResult<T>> {
  const file = `${schema.name}.csv`;
  const path = join(dir, file);
  const entry = await fileEntry(path);
  if (entry.kind === "absent") {
    if (schema.optional) return notRead(emptyReport(schema, false, null));
    return notRead(emptyReport(schema, false, `${file} is not in the folder (${await folderListing(dir)})`));
  }
  if (entry.kind === "unusable") return notRead(emptyReport(schema, true, `${file} ${entry.reason}`));
  // Read again when the whole stream showed the encoding was wrong, or that a quote never closed
  // (which made the rest of the file one record): then that quote is kept as text, its row is set
  // aside and the rows after it are read. Bounded, so a file of broken quotes is read a few times only.
  let settings: ReadingSettings | null = {encoding: undefined, literalQuoteLines: []};
  for (let reading = 1; ; reading++) {
    const result: FileResult<T> = await readExtractFile<T>(path, schema, guard, info, check, settings);
    settings = nextReading(reading, settings, result);
    if (settings === null) return result;
  }
}

/** Index of `line` in the ascending `lines`, or -1. */
function indexOfLine(lines: readonly number[], line: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = lines[mid]!;
    if (at === line) return mid;
    if (at < line) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

async function readExtractInfo(dir: string): Promise<ExtractInfo | null> {
  const path = join(dir, EXTRACT_INFO_FILE);
  const entry = await fileEntry(path);
  if (entry.kind === "absent") return null;
  if (entry.kind === "unusable") throw new ExtractError(`${EXTRACT_INFO_FILE} ${entry.reason}`);
  let text: string;
  try {
    const handle = await openRegularFile(path);
    try {
      text = await handle.readFile("utf8");
    } finally {
      await handle.close();
    }
  } catch (e) {
    throw new ExtractError(`${EXTRACT_INFO_FILE}: cannot read the file (${e instanceof Error && !("code" in e) ? e.message : fileErrorPhrase(e)})`);
  }
  const parsed = parseExtractInfo(text);
  if (!parsed.ok) throw new ExtractError(echo(`${EXTRACT_INFO_FILE}: ${parsed.reason}`, 400));
  return parsed.info;
}

/**
 * Reads every extract in `dir`. A file that cannot be used is reported with `fatal` set (decisions.csv
 * missing included); rows that break a rule are set aside and reported. Throws an ExtractError only for
 * what concerns the whole folder: an unreadable or invalid extract.json, or an unusable pseudonym key.
 */
export async function loadExtracts(dir: string, options: LoadOptions = {}): Promise<LoadedExtracts> {
  const env = options.env ?? process.env;
  let guard: PseudonymGuard;
  try {
    // The row validator remembers the guard's verdict per distinct value itself (column-plan.ts).
    guard = createPseudonymGuard(env[PSEUDONYM_KEY_ENV]);
  } catch (e) {
    if (e instanceof PseudonymKeyError) throw new ExtractError(e.message);
    throw e;
  }
  const info = await readExtractInfo(dir);

  const decisions = await readExtract<DecisionRow>(dir, DECISIONS_SCHEMA, guard, info, null);
  const decisionsReadable = decisions.report.fatal === null && decisions.report.present;
  // A decision id's row, without a second map of every id: the key tracker knows the line where the id
  // was first seen; an accepted decision was that first one (a later one is a duplicate), and the
  // accepted rows are in line order.
  const lookup = (id: string): DecisionLookup => {
    if (!decisionsReadable) return {status: "unavailable"};
    const first = decisions.firstLineOf?.(id);
    const index = first === undefined || decisions.lines === undefined ? -1 : indexOfLine(decisions.lines, first);
    if (index >= 0) {
      const found = decisions.rows[index]!;
      return {status: "accepted", case_type: found.case_type, decision_date: found.decision_date};
    }
    const line = decisions.setAsideKeys.get(id);
    return line === undefined ? {status: "missing"} : {status: "set-aside", line};
  };
  const inspections = await readExtract<InspectionRow>(dir, INSPECTIONS_SCHEMA, guard, info, (values, line) =>
    inspectionReferenceProblem(values as unknown as InspectionRow, line, INSPECTIONS_SCHEMA.name + ".csv", lookup)
  );
  if (!decisionsReadable && inspections.report.rowsAccepted > 0) {
    // No collateral: the inspections themselves are not wrong; only their references go unchecked.
    inspections.report.warnings.push(`decision_id references were not checked: decisions.csv could not be read`);
  }
  const preparations = await readExtract<PreparationRow>(dir, PREPARATIONS_SCHEMA, guard, info, null);

  const all = [decisions, inspections, preparations];
  return {
    decisions: decisions.rows,
    inspections: inspections.rows,
    preparations: preparations.rows,
    reports: all.map((f) => f.report),
    info,
    quarantine: all.flatMap((f) => (f.ledger ? [f.ledger] : []))
  };
}

/** True when the environment asks for a strict build (LIKA_STRICT set to 1, true or yes). */
export function isStrict(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(1|true|yes|ja)$/i.test(env[STRICT_ENV]?.trim() ?? "");
}

/**
 * The first reason a build must stop, or null: a file that could not be read, or (strict) the first row
 * set aside, as one sentence naming file, line, column and reason.
 */
export function buildStopper(loaded: Pick<LoadedExtracts, "reports">, strict: boolean): string | null {
  const fatal = loaded.reports.find((r) => r.fatal !== null);
  if (fatal) return fatal.fatal;
  if (strict) {
    const first = loaded.reports.find((r) => r.problems.length > 0)?.problems[0];
    if (first) return formatProblem(first);
  }
  return null;
}
