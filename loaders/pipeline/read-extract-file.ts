/** One reading of one extract file: the header matched, every record sorted (file-rows.ts), the whole-file rules, the report and the quarantine ledger. */
import {matchHeader, type HeaderMatch} from "../../src/lib/extract/header.js";
import {ExtractError, type Problem} from "../../src/lib/extract/problem.js";
import type {ExtractReport} from "../../src/lib/extract/report.js";
import type {ExtractSchema} from "../../src/lib/extract/schema.js";
import {readCsv, type CsvReader, type CsvReport} from "../../src/lib/extract/csv/read-csv.js";
import {wholeFileUtf8Reason} from "../../src/lib/extract/csv/detect-encoding.js";
import {detachString, rowRulesOf, type ExtractInfo, type PseudonymGuard, type RowContext} from "../../src/lib/extract/validate/index.js";
import {echo} from "../../src/lib/privacy/echo.js";
import {fileChunks} from "../extract/read-file.js";
import {clearIdsFatal, clearIdsWarning, holdsClearIds} from "./clear-id-rule.js";
import {FileRows, type RowCheck} from "./file-rows.js";
import {masked, quarantineLedger, reconcile, tallySetAside, type QuarantineLedger} from "./quarantine-ledger.js";
import {rereadRequest, rereadWarnings, type ReadingSettings, type RereadRequest} from "./reread-policy.js";

/** What one reading of an extract gives. */
export interface FileResult<T> extends RereadRequest {
  report: ExtractReport;
  rows: T[];
  /** Ids (raw key values, masked) of rows set aside → their line. */
  setAsideKeys: Map<string, number>;
  /** The line where a key was first seen (accepted or not), when the file was read. */
  firstLineOf?: (key: string) => number | undefined;
  /** Line of each row in `rows` (ascending). */
  lines?: readonly number[];
  ledger: QuarantineLedger | null;
}

/** The report of an extract before (or without) reading it. */
export function emptyReport(schema: ExtractSchema, present: boolean, fatal: string | null): ExtractReport {
  return {
    extract: schema.name, file: `${schema.name}.csv`, present, encoding: null, encodingReason: null, delimiter: null,
    rowsRead: 0, rowsAccepted: 0, rowsQuarantined: 0, quarantinedByReason: {}, quarantinedByCode: {}, problems: [], warnings: [], fatal
  };
}

/** The result of a file that was not read: only its report, with no rows and no ledger. */
export function notRead<T>(report: ExtractReport): FileResult<T> {
  return {report, rows: [], setAsideKeys: new Map(), ledger: null, restart: null};
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Why a whole file is not used, as counted in its report. */
const FILE_NOT_USED = "file not used: it could not be read";

/** A report of a file that was opened but cannot be used: every row read counts as set aside. */
function unusable<T>(report: ExtractReport, fatal: string, read: number, problems: Problem[], code: string): FileResult<T> {
  const result: ExtractReport = {...report, fatal: echo(fatal, 2000), rowsRead: read, rowsAccepted: 0, rowsQuarantined: read, problems: problems.map(masked)};
  const why = code === "clear-ids-without-key" ? "file not used: it holds ids in clear and there is no key" : FILE_NOT_USED;
  result.quarantinedByReason = read > 0 ? {[why]: read} : {};
  result.quarantinedByCode = read > 0 ? {[code]: read} : {};
  return notRead(result);
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

/**
 * Reads the file at `path` once, with `settings` (see reread-policy.ts). Never throws for a bad file:
 * a file that cannot be used comes back with `report.fatal` set; one that must be read again with
 * `restart` or `quoteRestart` set (and no rows).
 */
export async function readExtractFile<T>(path: string, schema: ExtractSchema, guard: PseudonymGuard, info: ExtractInfo | null, check: RowCheck | null, settings: ReadingSettings): Promise<FileResult<T>> {
  const file = `${schema.name}.csv`;
  const {encoding, literalQuoteLines} = settings;
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
  const sorted = new FileRows<T>(context, check);
  let csvReport: CsvReport;
  try {
    await csv.forEach(sorted.fast, sorted.visit);
    csvReport = await csv.report;
  } catch (e) {
    await csv.close();
    const result = unusable<T>(report, errorText(e), sorted.read, [], "unreadable");
    // A field grown too long inside a quote: the quote probably never closes; read again without it.
    if (e instanceof ExtractError && e.quoteLine !== undefined) result.quoteRestart = e.quoteLine;
    return result;
  }

  const reread = rereadRequest(csvReport, settings);
  if (reread !== null) return {...notRead<T>(report), ...reread};

  // Clear ids without a key: judged on the whole file, never on one row.
  if (holdsClearIds(sorted.clearIdRows, csvReport.records)) {
    const fatal = clearIdsFatal(file, sorted.clearIdRows, csvReport.records, sorted.clearIdColumns);
    return unusable(report, fatal, csvReport.records, sorted.firstClearIdProblems(), "clear-ids-without-key");
  }
  if (sorted.clearIdRows > 0) report.warnings.push(clearIdsWarning(sorted.clearIdRows));

  for (const w of csvReport.warnings) report.warnings.push(w.line === null ? w.message : `line ${w.line}: ${w.message}`);
  if (csvReport.warningsOmitted > 0) report.warnings.push(`${csvReport.warningsOmitted} more warnings not shown`);
  // The encoding is judged on the whole stream: say so (a file first judged on its first 64 KiB).
  if (encoding === undefined && csvReport.utf8 !== null) report.encodingReason = wholeFileUtf8Reason(csvReport.utf8);
  for (const w of rereadWarnings(settings, csvReport.invalidUtf8Records)) report.warnings.push(w);

  const {accepted, lines} = sorted.acrossRows();
  const tally = tallySetAside(sorted.setAside);
  report.rowsRead = csvReport.records;
  report.rowsAccepted = accepted.length;
  report.rowsQuarantined = sorted.setAside.size;
  report.quarantinedByReason = tally.byReason;
  report.quarantinedByCode = tally.byCode;
  report.problems = tally.problems;
  report.warnings = report.warnings.map((w) => echo(w, 1000));
  if (report.rowsRead > 0 && report.rowsAccepted === 0) report.warnings.unshift(`every one of the ${report.rowsRead} rows was set aside: nothing of ${file} is used`);
  reconcile(file, report.rowsRead, report.rowsAccepted, report.rowsQuarantined);
  const ledger = quarantineLedger({schema, path, encoding: csv.encoding, literalQuoteLines, header: csv.header, indexOf: match.indexOf, setAside: tally.shown, guard});
  return {report, rows: accepted, lines, firstLineOf: (key) => sorted.keys.firstLine(key), setAsideKeys: sorted.setAsideKeys, ledger, restart: null};
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
