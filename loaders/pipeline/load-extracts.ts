/**
 * Reads a folder of extracts: every file through the same streaming reader, rule set and privacy
 * guard, giving the accepted rows, a report per file and, per file, the rows set aside (for the
 * quarantine, loaders/pipeline/quarantine.ts). Files are read in schema order, so a reference
 * (inspection → decision) is checked against rows already accepted.
 *
 * Memory: the accepted rows (parsed, never their raw text), their line numbers, the keys seen and the
 * problems of the rows set aside. Raw fields are re-read from the file only to write the quarantine.
 */
import {readdir, readFile, stat} from "node:fs/promises";
import {join} from "node:path";
import type {DecisionRow} from "../../src/lib/extract/decision-row.js";
import {matchHeader} from "../../src/lib/extract/header.js";
import type {InspectionRow} from "../../src/lib/extract/inspection-row.js";
import type {PreparationRow} from "../../src/lib/extract/preparation-row.js";
import {ExtractError, formatProblem, type Problem} from "../../src/lib/extract/problem.js";
import type {ExtractReport} from "../../src/lib/extract/report.js";
import {DECISIONS_SCHEMA, INSPECTIONS_SCHEMA, PREPARATIONS_SCHEMA, type ExtractSchema} from "../../src/lib/extract/schema.js";
import {readCsv, type CsvReader} from "../../src/lib/extract/csv/read-csv.js";
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
  validateRow,
  type DecisionLookup,
  type ExtractInfo,
  type PseudonymGuard,
  type RowContext,
  type RowValues,
  type RuleProblem
} from "../../src/lib/extract/validate/index.js";
import {maskPersonalIdentityNumbers, maskProblem} from "../../src/lib/privacy/personal-identity-number.js";
import {createPseudonymGuard, PSEUDONYM_KEY_ENV, PseudonymKeyError} from "../../src/lib/privacy/pseudonymise.js";
import {fileChunks} from "../extract/read-file.js";

/** Problems kept in each report (the first, in file order); all of them go to the quarantine. */
export const REPORT_PROBLEMS = 50;

/** Longest value quoted in a report's problems; the quarantine keeps values whole. */
const REPORTED_VALUE_LENGTH = 200;

/** Environment variable that makes the build stop at the first row set aside. */
export const STRICT_ENV = "LIKA_STRICT";

/** The rows of one readable file that were set aside: what the quarantine writer needs to re-read them. */
export interface QuarantineLedger {
  extract: string;
  file: string;
  /** Where the file was read from (never shown to users). */
  path: string;
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
  ledger: QuarantineLedger | null;
}

function emptyReport(schema: ExtractSchema, present: boolean, fatal: string | null): ExtractReport {
  return {
    extract: schema.name, file: `${schema.name}.csv`, present, encoding: null, encodingReason: null, delimiter: null,
    rowsRead: 0, rowsAccepted: 0, rowsQuarantined: 0, quarantinedByReason: {}, problems: [], warnings: [], fatal
  };
}

function masked(p: Problem): Problem {
  const m = maskProblem(toProblem(p));
  return m.column === null ? m : {...m, column: maskPersonalIdentityNumbers(m.column)};
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function folderListing(dir: string): Promise<string> {
  try {
    const names = (await readdir(dir)).filter((n) => !n.startsWith(".")).sort();
    return names.length === 0 ? "the folder is empty" : `found: ${names.map(maskPersonalIdentityNumbers).join(", ")}`;
  } catch {
    return "the folder cannot be read";
  }
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
  const seen = new Map<string, ReturnType<PseudonymGuard>>();
  return (kind, value) => {
    const key = kind + "\0" + value;
    const hit = seen.get(key);
    if (hit !== undefined) return hit;
    if (seen.size >= INTERNED_VALUES) seen.clear();
    const result = guard(kind, value);
    seen.set(detachString(key), result);
    return result;
  };
}

/** Extra rule applied to each row accepted by the row rules (a reference to another file), or none. */
type RowCheck = (values: RowValues, line: number) => RuleProblem | null;

/**
 * Reads one extract: header, then every record through the row rules, the key rule and `check`.
 * Never throws for a bad file: a file that cannot be used comes back with `report.fatal` set.
 */
async function readExtract<T>(dir: string, schema: ExtractSchema, guard: PseudonymGuard, info: ExtractInfo | null, check: RowCheck | null): Promise<FileResult<T>> {
  const file = `${schema.name}.csv`;
  const path = join(dir, file);
  const none = {rows: [] as T[], setAsideKeys: new Map<string, number>(), ledger: null};
  if (!(await exists(path))) {
    if (schema.optional) return {report: emptyReport(schema, false, null), ...none};
    return {report: emptyReport(schema, false, `${file} is not in the folder (${await folderListing(dir)})`), ...none};
  }

  let csv: CsvReader;
  try {
    csv = await readCsv(fileChunks(path), {file});
  } catch (e) {
    return {report: emptyReport(schema, true, maskPersonalIdentityNumbers(errorText(e))), ...none};
  }
  const report = emptyReport(schema, true, null);
  report.encoding = csv.encoding.encoding;
  report.encodingReason = csv.encoding.reason;
  report.delimiter = csv.delimiter.delimiter;
  const match = matchHeader(schema, csv.header);
  if (!match.ok) {
    await csv.close();
    const parts: string[] = [];
    if (match.missing.length) parts.push(`missing required column(s): ${match.missing.join(", ")}`);
    if (match.duplicated.length) parts.push(`column(s) given twice: ${match.duplicated.join(", ")}`);
    report.fatal = maskPersonalIdentityNumbers(`${file}:${csv.headerLine}: ${parts.join("; ")}; found: ${match.found.join(", ")}`);
    return {report, ...none};
  }
  if (match.ignored.length > 0) report.warnings.push(maskPersonalIdentityNumbers(`columns not in the schema, ignored: ${match.ignored.join(", ")}`));

  const context: RowContext = {schema, file, header: csv.header, indexOf: match.indexOf, pseudonym: guard, period: info?.period ?? null, rules: rowRulesOf(schema.name), intern: createInterner()};
  const keys = createKeyTracker(file, schema.key);
  const keyIndex = match.indexOf.get(schema.key);
  const rows: T[] = [];
  const lines: number[] = [];
  const setAside = new Map<number, RuleProblem[]>();
  const setAsideKeys = new Map<string, number>();
  let fatal: Problem | null = null;
  let fatalMessage: string | null = null;
  let read = 0;
  const putAside = (line: number, problems: RuleProblem[], key: string): void => {
    setAside.set(line, problems);
    if (key !== "" && !setAsideKeys.has(key)) setAsideKeys.set(key, line);
  };

  try {
    for await (const record of csv.records) {
      read++;
      const rawKey = keyIndex === undefined ? "" : detachString(maskPersonalIdentityNumbers((record.fields[keyIndex] ?? "").trim()));
      if (!record.ok) {
        const rule = record.problem.reason.startsWith("unterminated quoted field") ? "unterminated quoted field" : record.problem.reason;
        putAside(record.line, [{...record.problem, rule}], rawKey);
        continue;
      }
      const verdict = validateRow(context, record.fields, record.line);
      if (verdict.kind === "fatal") {
        fatal = verdict.problem;
        break;
      }
      const parsedKey = verdict.kind === "accepted" ? verdict.values[schema.key] : null;
      const duplicate = rawKey === "" ? null : keys.see(typeof parsedKey === "string" && parsedKey === rawKey ? parsedKey : rawKey, record.line);
      if (verdict.kind === "set-aside") {
        putAside(record.line, duplicate ? [duplicate, ...verdict.problems] : verdict.problems, duplicate ? "" : rawKey);
        continue;
      }
      const problem = duplicate ?? check?.(verdict.values, record.line) ?? null;
      if (problem !== null) {
        putAside(record.line, [problem], duplicate ? "" : rawKey);
        continue;
      }
      rows.push(verdict.values as T);
      lines.push(record.line);
    }
  } catch (e) {
    fatalMessage = maskPersonalIdentityNumbers(errorText(e));
  }
  if (fatal !== null || fatalMessage !== null) {
    await csv.close();
    const fatalReport = {...report, fatal: fatalMessage ?? maskPersonalIdentityNumbers(formatProblem(fatal!)), rowsRead: read, rowsQuarantined: read};
    if (read > 0) fatalReport.quarantinedByReason = {"file not used: it could not be read": read};
    fatalReport.problems = fatal ? [masked(fatal)] : [];
    return {report: fatalReport, ...none};
  }

  const csvReport = await csv.report;
  for (const w of csvReport.warnings) report.warnings.push(maskPersonalIdentityNumbers(w.line === null ? w.message : `line ${w.line}: ${w.message}`));
  if (csvReport.warningsOmitted > 0) report.warnings.push(`${csvReport.warningsOmitted} more warnings not shown`);
  if (csvReport.fieldCountMismatches > 0) {
    report.warnings.push(`${csvReport.fieldCountMismatches} rows have a different number of fields than the header (first on lines ${csvReport.fieldCountMismatchLines.slice(0, 5).join(", ")})`);
  }

  // Rules across rows of this file.
  const acrossRows =
    schema.name === "decisions"
      ? decisionCaseProblems(rows as DecisionRow[], lines, file)
      : schema.name === "preparations"
        ? preparationReturnProblems(rows as PreparationRow[], lines, file, setAsideKeys)
        : new Map<number, RuleProblem[]>();
  let accepted = rows;
  let acceptedLines = lines;
  if (acrossRows.size > 0) {
    accepted = [];
    acceptedLines = [];
    rows.forEach((row, i) => {
      const problems = acrossRows.get(i);
      if (problems === undefined) {
        accepted.push(row);
        acceptedLines.push(lines[i]!);
      } else {
        putAside(lines[i]!, problems, maskPersonalIdentityNumbers(String((row as Record<string, unknown>)[schema.key])));
      }
    });
  }

  const ordered = [...setAside.keys()].sort((a, b) => a - b);
  const byReason: Record<string, number> = {};
  const problems: Problem[] = [];
  const maskedSetAside = new Map<number, Problem[]>();
  for (const line of ordered) {
    const list = setAside.get(line)!;
    const rule = maskPersonalIdentityNumbers(ruleOf(list[0]!));
    byReason[rule] = (byReason[rule] ?? 0) + 1;
    const shown = list.map(masked);
    maskedSetAside.set(line, shown);
    // The report (JSON, page) quotes at most 200 characters of a value; the quarantine file has it whole.
    for (const p of shown) if (problems.length < REPORT_PROBLEMS) problems.push(p.value !== null && p.value.length > REPORTED_VALUE_LENGTH ? {...p, value: `${p.value.slice(0, REPORTED_VALUE_LENGTH)}…`} : p);
  }
  report.rowsRead = csvReport.records;
  report.rowsAccepted = accepted.length;
  report.rowsQuarantined = setAside.size;
  report.quarantinedByReason = byReason;
  report.problems = problems;
  if (report.rowsRead !== report.rowsAccepted + report.rowsQuarantined) {
    throw new Error(`${file}: reconciliation failed (${report.rowsRead} read, ${report.rowsAccepted} accepted, ${report.rowsQuarantined} set aside)`);
  }
  const ledger: QuarantineLedger = {
    extract: schema.name,
    file,
    path,
    header: csv.header,
    setAside: maskedSetAside,
    display: (column, raw) => displayValue(context, column, raw),
    columnOf: (index) => {
      for (const [name, i] of match.indexOf) if (i === index) return name;
      return csv.header[index] ?? `field ${index + 1}`;
    }
  };
  return {report, rows: accepted, setAsideKeys, ledger};
}

async function readExtractInfo(dir: string): Promise<ExtractInfo | null> {
  const path = join(dir, EXTRACT_INFO_FILE);
  if (!(await exists(path))) return null;
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    throw new ExtractError(`${EXTRACT_INFO_FILE}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const parsed = parseExtractInfo(text);
  if (!parsed.ok) throw new ExtractError(`${EXTRACT_INFO_FILE}: ${parsed.reason}`);
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
    guard = cachedGuard(createPseudonymGuard(env[PSEUDONYM_KEY_ENV]));
  } catch (e) {
    if (e instanceof PseudonymKeyError) throw new ExtractError(e.message);
    throw e;
  }
  const info = await readExtractInfo(dir);

  const decisions = await readExtract<DecisionRow>(dir, DECISIONS_SCHEMA, guard, info, null);
  const decisionsReadable = decisions.report.fatal === null;
  let byId: Map<string, DecisionRow> | null = null;
  const lookup = (id: string): DecisionLookup => {
    if (!decisionsReadable) return {status: "unavailable"};
    byId ??= new Map(decisions.rows.map((d) => [d.decision_id, d]));
    const found = byId.get(id);
    if (found) return {status: "accepted", case_type: found.case_type, decision_date: found.decision_date};
    const line = decisions.setAsideKeys.get(id);
    return line === undefined ? {status: "missing"} : {status: "set-aside", line};
  };
  const inspections = await readExtract<InspectionRow>(dir, INSPECTIONS_SCHEMA, guard, info, (values, line) =>
    inspectionReferenceProblem(values as unknown as InspectionRow, line, INSPECTIONS_SCHEMA.name + ".csv", lookup)
  );
  byId = null;
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
