/**
 * Reads a folder of extracts: every file through the same streaming reader, rule set and privacy
 * guard, giving the accepted rows, a report per file and, per file, the rows set aside (for the
 * quarantine, loaders/pipeline/quarantine.ts). Files are read in schema order, so a reference
 * (inspection → decision) is checked against rows already accepted.
 *
 * Memory: the accepted rows (parsed, never their raw text), their line numbers, the keys seen and the
 * problems of the rows set aside. Raw fields are re-read from the file only to write the quarantine.
 */
import {readdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import type {DecisionRow} from "../../src/lib/extract/decision-row.js";
import {matchHeader, type HeaderMatch} from "../../src/lib/extract/header.js";
import type {InspectionRow} from "../../src/lib/extract/inspection-row.js";
import type {PreparationRow} from "../../src/lib/extract/preparation-row.js";
import {ExtractError, formatProblem, maskProblem, type Problem} from "../../src/lib/extract/problem.js";
import type {ExtractReport} from "../../src/lib/extract/report.js";
import {DECISIONS_SCHEMA, INSPECTIONS_SCHEMA, PREPARATIONS_SCHEMA, type ExtractSchema} from "../../src/lib/extract/schema.js";
import {readCsv, type CsvReader, type CsvRecord, type CsvReport, type EncodingDetection, type RawRecord} from "../../src/lib/extract/csv/read-csv.js";
import {lateEncoding, wholeFileUtf8Reason} from "../../src/lib/extract/csv/detect-encoding.js";
import {
  createKeyTracker,
  detachString,
  decisionCaseProblems,
  displayValue,
  EXTRACT_INFO_FILE,
  inspectionReferenceProblem,
  parseExtractInfo,
  preparationReturnProblems,
  rowRulesOf,
  ruleOf,
  toProblem,
  validateRecordBytes,
  validateRow,
  type DecisionLookup,
  type ExtractInfo,
  type PseudonymGuard,
  type RowContext,
  type RowValues,
  type RuleProblem
} from "../../src/lib/extract/validate/index.js";
import {maskPersonalIdentityNumbers} from "../../src/lib/privacy/personal-identity-number.js";
import {echo} from "../../src/lib/privacy/echo.js";
import {createPseudonymGuard, PSEUDONYM_KEY_ENV, PseudonymKeyError} from "../../src/lib/privacy/pseudonymise.js";
import {fileChunks} from "../extract/read-file.js";
import {fileEntry, fileErrorPhrase, openRegularFile} from "../extract/regular-file.js";

/** Problems kept in each report (the first, in file order); all of them go to the quarantine. */
export const REPORT_PROBLEMS = 50;

/** Environment variable that makes the build stop at the first row set aside. */
export const STRICT_ENV = "LIKA_STRICT";

/** The rows of one readable file that were set aside: what the quarantine writer needs to re-read them. */
export interface QuarantineLedger {
  extract: string;
  file: string;
  /** Where the file was read from (never shown to users). */
  path: string;
  /** The encoding the file was read with (re-read the same way). */
  encoding: EncodingDetection;
  /** Lines whose opening quotes were kept as text (re-read the same way). */
  literalQuoteLines: readonly number[];
  /** The file's header fields as read. */
  header: readonly string[];
  /** Line → the row's problems (masked), for every row set aside. */
  setAside: ReadonlyMap<number, readonly Problem[]>;
  /** A raw field as it may be shown: personal identity numbers masked, clear ids pseudonymised or withheld. */
  display(column: string | null, raw: string): string;
  /** Canonical column name of a field index (or its header text). */
  columnOf(index: number): string;
}

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

interface FileResult<T> {
  report: ExtractReport;
  rows: T[];
  /** Ids (raw key values, masked) of rows set aside → their line. */
  setAsideKeys: Map<string, number>;
  /** The line where a key was first seen (accepted or not), when the file was read. */
  firstLineOf?: (key: string) => number | undefined;
  /** Line of each row in `rows` (ascending). */
  lines?: readonly number[];
  ledger: QuarantineLedger | null;
  /** Set when the whole stream showed the file must be read again with this encoding. */
  restart: EncodingDetection | null;
  /** Set when a quote opened on this line never closed: read again with it kept as text. */
  quoteRestart?: number;
}

function emptyReport(schema: ExtractSchema, present: boolean, fatal: string | null): ExtractReport {
  return {
    extract: schema.name, file: `${schema.name}.csv`, present, encoding: null, encodingReason: null, delimiter: null,
    rowsRead: 0, rowsAccepted: 0, rowsQuarantined: 0, quarantinedByReason: {}, quarantinedByCode: {}, problems: [], warnings: [], fatal
  };
}

/** A problem as any output may show it: values masked and quoted at most 200 characters, a code always set. */
function masked(p: Problem): Problem {
  const m = maskProblem(toProblem(p));
  return {...m, column: m.column === null ? null : echo(m.column), value: m.value === null ? null : echo(m.value)};
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
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

/** Distinct values kept by an interner before it starts over (bounds its memory on unique values). */
const INTERNED_VALUES = 200_000;

/** One shared, detached copy per distinct value (dates and pseudonyms repeat across many rows). */
function createInterner(): (value: string) => string {
  const seen = new Map<string, string>();
  return (value) => {
    const hit = seen.get(value);
    if (hit !== undefined) return hit;
    if (seen.size >= INTERNED_VALUES) seen.clear();
    const own = detachString(value);
    seen.set(own, own);
    return own;
  };
}

/** The pseudonym guard with its verdicts remembered per value: HMAC and pattern checks run once per distinct id. */
function cachedGuard(guard: PseudonymGuard): PseudonymGuard {
  // One map per kind of id, so a lookup hashes the value as read (no key string built per field).
  const byKind = new Map<string, Map<string, ReturnType<PseudonymGuard>>>();
  return (kind, value) => {
    let seen = byKind.get(kind);
    if (seen === undefined) byKind.set(kind, (seen = new Map()));
    const hit = seen.get(value);
    if (hit !== undefined) return hit;
    if (seen.size >= INTERNED_VALUES) seen.clear();
    const result = guard(kind, value);
    seen.set(detachString(value), result);
    return result;
  };
}

/** Extra rule applied to each row accepted by the row rules (a reference to another file), or none. */
type RowCheck = (values: RowValues, line: number) => RuleProblem | null;

/**
 * True when a file holds ids in clear, judged on the whole file: more than half of the rows read have
 * an id in clear (and there is no key). One or a few such rows are damage, set aside like any other.
 */
export function holdsClearIds(clearIdRows: number, rowsRead: number): boolean {
  return clearIdRows > 0 && clearIdRows * 2 > rowsRead;
}

/** Why a whole file is not used, as counted in its report. */
const FILE_NOT_USED = "file not used: it could not be read";

/** A report of a file that was opened but cannot be used: every row read counts as set aside. */
function unusable<T>(report: ExtractReport, fatal: string, read: number, problems: Problem[], code: string): FileResult<T> {
  const result: ExtractReport = {...report, fatal: echo(fatal, 2000), rowsRead: read, rowsAccepted: 0, rowsQuarantined: read, problems: problems.map(masked)};
  const why = code === "clear-ids-without-key" ? "file not used: it holds ids in clear and there is no key" : FILE_NOT_USED;
  result.quarantinedByReason = read > 0 ? {[why]: read} : {};
  result.quarantinedByCode = read > 0 ? {[code]: read} : {};
  return {report: result, rows: [], setAsideKeys: new Map(), ledger: null, restart: null};
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
    if (schema.optional) return {report: emptyReport(schema, false, null), rows: [], setAsideKeys: new Map(), ledger: null, restart: null};
    return {report: emptyReport(schema, false, `${file} is not in the folder (${await folderListing(dir)})`), rows: [], setAsideKeys: new Map(), ledger: null, restart: null};
  }
  if (entry.kind === "unusable") return {report: emptyReport(schema, true, `${file} ${entry.reason}`), rows: [], setAsideKeys: new Map(), ledger: null, restart: null};
  // Read again when the whole stream showed the encoding was wrong, or that a quote never closed
  // (which made the rest of the file one record): then that quote is kept as text, its row is set
  // aside and the rows after it are read. Bounded, so a file of broken quotes is read a few times only.
  let encoding: EncodingDetection | undefined;
  const literalQuoteLines: number[] = [];
  for (let reading = 1; ; reading++) {
    const result = await readExtractFile<T>(path, schema, guard, info, check, encoding, literalQuoteLines);
    if (reading >= MAX_READINGS) return result;
    if (result.restart !== null && encoding === undefined) encoding = result.restart;
    else if (result.quoteRestart !== undefined && !literalQuoteLines.includes(result.quoteRestart)) literalQuoteLines.push(result.quoteRestart);
    else return result;
  }
}

/** How often one file may be read (a second encoding, quotes that never close). */
const MAX_READINGS = 12;

async function readExtractFile<T>(
  path: string,
  schema: ExtractSchema,
  guard: PseudonymGuard,
  info: ExtractInfo | null,
  check: RowCheck | null,
  encoding: EncodingDetection | undefined,
  literalQuoteLines: readonly number[]
): Promise<FileResult<T>> {
  const file = `${schema.name}.csv`;
  let csv: CsvReader;
  try {
    csv = await readCsv(fileChunks(path), {file, encoding, literalQuoteLines});
  } catch (e) {
    const report = emptyReport(schema, true, null);
    return unusable(report, errorText(e), 0, [], "unreadable");
  }
  const report = emptyReport(schema, true, null);
  report.encoding = csv.encoding.encoding;
  report.encodingReason = csv.encoding.reason;
  report.delimiter = csv.delimiter.delimiter;
  const match = matchHeader(schema, csv.header);
  if (!match.ok) {
    await csv.close();
    return unusable(report, `${file}:${csv.headerLine}: ${headerMismatch(schema, match)}`, 0, [], "header");
  }
  if (match.ignored.length > 0) report.warnings.push(`columns not in the schema, ignored: ${listed(match.ignored)}`);

  const context: RowContext = {schema, file, header: csv.header, indexOf: match.indexOf, pseudonym: guard, period: info?.period ?? null, rules: rowRulesOf(schema.name), intern: createInterner()};
  const keys = createKeyTracker(file, schema.key);
  const keyIndex = match.indexOf.get(schema.key);
  const caseIndex = schema.name === "decisions" ? match.indexOf.get("case_id") : undefined;
  /** Case id (as read, masked) → first line of a decision of that case set aside row by row. */
  const setAsideCases = new Map<string, number>();
  const rows: T[] = [];
  const lines: number[] = [];
  const setAside = new Map<number, RuleProblem[]>();
  const setAsideKeys = new Map<string, number>();
  let clearIdRows = 0;
  const clearIdColumns = new Set<string>();
  let read = 0;
  const putAside = (line: number, problems: RuleProblem[], key: string, caseId: string): void => {
    setAside.set(line, problems);
    if (key !== "" && !setAsideKeys.has(key)) setAsideKeys.set(key, line);
    if (caseIndex !== undefined && caseId !== "" && caseId.length <= 64 && !setAsideCases.has(caseId)) setAsideCases.set(detachString(maskPersonalIdentityNumbers(caseId)), line);
  };
  const caseIdOf = (fields: readonly string[]): string => (caseIndex === undefined ? "" : (fields[caseIndex] ?? "").trim());

  /** A clean ASCII record, validated on its bytes (most rows); false sends it down the text path below. */
  const fast = (raw: RawRecord): boolean => {
    const values = validateRecordBytes(context, raw.buffer, raw.line, raw.length);
    if (values === null) return false;
    read++;
    // No personal identity number can be in it, and the key parsed as an id: the key is the value as read.
    const key = values[schema.key] as string;
    const duplicate = keys.see(key, raw.line);
    const problem = duplicate ?? check?.(values, raw.line) ?? null;
    if (problem !== null) putAside(raw.line, [problem], duplicate ? "" : key, caseIndex === undefined ? "" : (values.case_id as string));
    else {
      rows.push(values as T);
      lines.push(raw.line);
    }
    return true;
  };
  const visit = (record: CsvRecord): void => {
    read++;
    const rawKey = keyIndex === undefined ? "" : detachString(maskPersonalIdentityNumbers((record.fields[keyIndex] ?? "").trim()));
    if (!record.ok) {
      const code = record.problem.code ?? "unreadable-row";
      const rule = code === "unterminated-quote" ? "unterminated quoted field" : code === "nul-byte" ? "NUL byte in the row" : record.problem.reason;
      putAside(record.line, [{...record.problem, rule, code}], rawKey, caseIdOf(record.fields));
      return;
    }
    const verdict = validateRow(context, record.fields, record.line);
    const parsedKey = verdict.kind === "accepted" ? verdict.values[schema.key] : null;
    const duplicate = rawKey === "" ? null : keys.see(typeof parsedKey === "string" && parsedKey === rawKey ? parsedKey : rawKey, record.line);
    if (verdict.kind === "set-aside") {
      if (verdict.clearId) {
        clearIdRows++;
        for (const p of verdict.problems) if (p.code === "clear-id-without-key" && p.column !== null) clearIdColumns.add(p.column);
      }
      putAside(record.line, duplicate ? [duplicate, ...verdict.problems] : verdict.problems, duplicate ? "" : rawKey, caseIdOf(record.fields));
      return;
    }
    const problem = duplicate ?? check?.(verdict.values, record.line) ?? null;
    if (problem !== null) {
      putAside(record.line, [problem], duplicate ? "" : rawKey, caseIdOf(record.fields));
      return;
    }
    rows.push(verdict.values as T);
    lines.push(record.line);
  };

  let csvReport: CsvReport;
  try {
    await csv.forEach(fast, visit);
    csvReport = await csv.report;
  } catch (e) {
    await csv.close();
    const result = unusable<T>(report, errorText(e), read, [], "unreadable");
    // A field grown too long inside a quote: the quote probably never closes; read again without it.
    if (e instanceof ExtractError && e.quoteLine !== undefined) result.quoteRestart = e.quoteLine;
    return result;
  }

  if (encoding === undefined && csvReport.utf8 !== null) {
    const restart = lateEncoding(csvReport.utf8);
    if (restart !== null) return {report, rows: [], setAsideKeys: new Map(), ledger: null, restart};
  }
  if (csvReport.unterminatedQuoteLine > 0 && !literalQuoteLines.includes(csvReport.unterminatedQuoteLine)) {
    return {report, rows: [], setAsideKeys: new Map(), ledger: null, restart: null, quoteRestart: csvReport.unterminatedQuoteLine};
  }

  // Clear ids without a key: judged on the whole file, never on one row.
  if (holdsClearIds(clearIdRows, csvReport.records)) {
    const columns = [...clearIdColumns].sort().join(", ");
    const firstProblem = setAside.get(Math.min(...[...setAside].filter(([, ps]) => ps.some((p) => p.code === "clear-id-without-key")).map(([line]) => line)));
    return unusable(
      report,
      `${file}: ${clearIdRows} of ${csvReport.records} rows hold ids in clear (${columns}) and ${PSEUDONYM_KEY_ENV} is not set, so the file is not used: ` +
        `set ${PSEUDONYM_KEY_ENV} (create one with \`openssl rand -hex 32\`; see docs/privacy.md) or supply pseudonymised ids`,
      csvReport.records,
      firstProblem ?? [],
      "clear-ids-without-key"
    );
  }
  if (clearIdRows > 0) {
    report.warnings.push(`${clearIdRows} row(s) hold an id in clear and were set aside; if the extract is meant to hold clear ids, set ${PSEUDONYM_KEY_ENV}`);
  }

  for (const w of csvReport.warnings) report.warnings.push(w.line === null ? w.message : `line ${w.line}: ${w.message}`);
  if (csvReport.warningsOmitted > 0) report.warnings.push(`${csvReport.warningsOmitted} more warnings not shown`);
  if (encoding !== undefined && csvReport.invalidUtf8Records === 0) {
    report.warnings.push(`read twice: first as UTF-8, then as Windows-1252 (${encoding.reason})`);
  }
  // The encoding is judged on the whole stream: say so (a file first judged on its first 64 KiB).
  if (encoding === undefined && csvReport.utf8 !== null) report.encodingReason = wholeFileUtf8Reason(csvReport.utf8);
  for (const line of literalQuoteLines) {
    report.warnings.push(`line ${line}: a quote opened there never closes; it was read as text, that row set aside and the rows after it read`);
  }

  // Rules across rows of this file.
  const acrossRows =
    schema.name === "decisions"
      ? decisionCaseProblems(rows as DecisionRow[], lines, file, setAsideCases)
      : schema.name === "preparations"
        ? preparationReturnProblems(rows as PreparationRow[], lines, file, setAsideKeys)
        : new Map<number, RuleProblem[]>();
  let accepted = rows;
  let acceptedLines = lines;
  if (acrossRows.size > 0) {
    accepted = [];
    acceptedLines = [];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const problems = acrossRows.get(i);
      if (problems === undefined) {
        accepted.push(row);
        acceptedLines.push(lines[i]!);
      } else putAside(lines[i]!, problems, maskPersonalIdentityNumbers(String((row as Record<string, unknown>)[schema.key])), "");
    }
  }

  const ordered = [...setAside.keys()].sort((a, b) => a - b);
  const byReason: Record<string, number> = {};
  const byCode: Record<string, number> = {};
  const problems: Problem[] = [];
  const maskedSetAside = new Map<number, Problem[]>();
  for (const line of ordered) {
    const list = setAside.get(line)!;
    // Count keys are rule names and codes: fixed text, never a cell's content.
    const rule = echo(ruleOf(list[0]!));
    const code = list[0]!.code;
    byReason[rule] = (byReason[rule] ?? 0) + 1;
    byCode[code] = (byCode[code] ?? 0) + 1;
    const shown = list.map(masked);
    maskedSetAside.set(line, shown);
    for (const p of shown) if (problems.length < REPORT_PROBLEMS) problems.push(p);
  }
  report.rowsRead = csvReport.records;
  report.rowsAccepted = accepted.length;
  report.rowsQuarantined = setAside.size;
  report.quarantinedByReason = byReason;
  report.quarantinedByCode = byCode;
  report.problems = problems;
  report.warnings = report.warnings.map((w) => echo(w, 1000));
  if (report.rowsRead > 0 && report.rowsAccepted === 0) report.warnings.unshift(`every one of the ${report.rowsRead} rows was set aside: nothing of ${file} is used`);
  if (report.rowsRead !== report.rowsAccepted + report.rowsQuarantined) {
    throw new Error(`${file}: reconciliation failed (${report.rowsRead} read, ${report.rowsAccepted} accepted, ${report.rowsQuarantined} set aside)`);
  }
  // Showing the rows set aside pseudonymises each value they hold: remember the verdicts.
  const shown = {schema, pseudonym: cachedGuard(guard)};
  const ledger: QuarantineLedger = {
    extract: schema.name,
    file,
    path,
    encoding: csv.encoding,
    literalQuoteLines: [...literalQuoteLines],
    header: csv.header,
    setAside: maskedSetAside,
    display: (column, raw) => displayValue(shown, column, raw),
    columnOf: (index) => {
      for (const [name, i] of match.indexOf) if (i === index) return name;
      return csv.header[index] ?? `field ${index + 1}`;
    }
  };
  return {report, rows: accepted, lines: acceptedLines, firstLineOf: (key) => keys.firstLine(key), setAsideKeys, ledger, restart: null};
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

/** Header names as quoted in a message: each shortened and masked, at most 20 of them. */
function listed(names: readonly string[]): string {
  const shown = names.slice(0, 20).map((n) => echo(n, 60));
  return shown.join(", ") + (names.length > 20 ? ` and ${names.length - 20} more` : "");
}

/**
 * Why a header does not fit the schema. The first line of a file that is not an extract at all (no
 * known column in it: another file given by mistake, a link to a system file) is never quoted.
 */
function headerMismatch(schema: ExtractSchema, match: Extract<HeaderMatch, {ok: false}>): string {
  const known = match.found.length - match.unknown;
  if (known === 0) {
    return `the first line is not a header of ${schema.name}.csv: none of its ${schema.columns.filter((c) => c.required).length} required columns is there (is it the right file?)`;
  }
  const parts: string[] = [];
  if (match.missing.length) parts.push(`missing required column(s): ${match.missing.join(", ")}`);
  if (match.duplicated.length) parts.push(`column(s) given twice: ${match.duplicated.join(", ")}`);
  return `${parts.join("; ")}; found: ${listed(match.found)}`;
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
    // The row validator remembers the guard's verdict per distinct value itself (row.ts).
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
