/** The rows of one file set aside: their tally by rule and code for the report, the reconciliation, and the ledger the quarantine writer re-reads them by. */
import {maskProblem, type Problem} from "../../src/lib/extract/problem.js";
import type {ExtractSchema} from "../../src/lib/extract/schema.js";
import type {EncodingDetection} from "../../src/lib/extract/csv/read-csv.js";
import {detachString, displayValue, ruleOf, toProblem, type PseudonymGuard, type RuleProblem} from "../../src/lib/extract/validate/index.js";
import {echo} from "../../src/lib/privacy/echo.js";

/** Problems kept in each report (the first, in file order); all of them go to the quarantine. */
export const REPORT_PROBLEMS = 50;

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

/** A problem as any output may show it: values masked and quoted at most 200 characters, a code always set. */
export function masked(p: Problem): Problem {
  const m = maskProblem(toProblem(p));
  return {...m, column: m.column === null ? null : echo(m.column), value: m.value === null ? null : echo(m.value)};
}

/** The rows set aside of one file, counted for its report. */
export interface SetAsideTally {
  /** Rows per rule of their first problem (fixed text, never a cell's content). */
  byReason: Record<string, number>;
  /** Rows per code of their first problem. */
  byCode: Record<string, number>;
  /** The first REPORT_PROBLEMS problems in line order, masked. */
  problems: Problem[];
  /** Line → every problem of that row, masked, in line order (the ledger's `setAside`). */
  shown: Map<number, Problem[]>;
}

/** Counts the rows set aside (line → problems, in any order) by the rule and code of each row's first problem. */
export function tallySetAside(setAside: ReadonlyMap<number, readonly RuleProblem[]>): SetAsideTally {
  const ordered = [...setAside.keys()].sort((a, b) => a - b);
  const byReason: Record<string, number> = {};
  const byCode: Record<string, number> = {};
  const problems: Problem[] = [];
  const shown = new Map<number, Problem[]>();
  for (const line of ordered) {
    const list = setAside.get(line)!;
    // Count keys are rule names and codes: fixed text, never a cell's content.
    const rule = echo(ruleOf(list[0]!));
    const code = list[0]!.code;
    byReason[rule] = (byReason[rule] ?? 0) + 1;
    byCode[code] = (byCode[code] ?? 0) + 1;
    const masks = list.map(masked);
    shown.set(line, masks);
    for (const p of masks) if (problems.length < REPORT_PROBLEMS) problems.push(p);
  }
  return {byReason, byCode, problems, shown};
}

/** Throws unless every row read was either accepted or set aside (rows in = accepted + set aside). */
export function reconcile(file: string, rowsRead: number, rowsAccepted: number, rowsSetAside: number): void {
  if (rowsRead !== rowsAccepted + rowsSetAside) {
    throw new Error(`${file}: reconciliation failed (${rowsRead} read, ${rowsAccepted} accepted, ${rowsSetAside} set aside)`);
  }
}

/** Distinct values whose verdicts the ledger's guard remembers before it starts over. */
const REMEMBERED_VALUES = 200_000;

/** The pseudonym guard with its verdicts remembered per value: HMAC and pattern checks run once per distinct id. */
function cachedGuard(guard: PseudonymGuard): PseudonymGuard {
  // One map per kind of id, so a lookup hashes the value as read (no key string built per field).
  const byKind = new Map<string, Map<string, ReturnType<PseudonymGuard>>>();
  return (kind, value) => {
    let seen = byKind.get(kind);
    if (seen === undefined) byKind.set(kind, (seen = new Map()));
    const hit = seen.get(value);
    if (hit !== undefined) return hit;
    if (seen.size >= REMEMBERED_VALUES) seen.clear();
    const result = guard(kind, value);
    seen.set(detachString(value), result);
    return result;
  };
}

/** What a ledger is made of: the file as it was read and its rows set aside (masked, see `tallySetAside`). */
export interface LedgerSource {
  schema: ExtractSchema;
  path: string;
  encoding: EncodingDetection;
  literalQuoteLines: readonly number[];
  header: readonly string[];
  /** Canonical column name → field index (from `matchHeader`). */
  indexOf: ReadonlyMap<string, number>;
  setAside: ReadonlyMap<number, readonly Problem[]>;
  guard: PseudonymGuard;
}

/** The quarantine ledger of a file read: values shown through the guard (verdicts remembered), columns named by the schema first. */
export function quarantineLedger(source: LedgerSource): QuarantineLedger {
  const {schema, indexOf, header} = source;
  // Showing the rows set aside pseudonymises each value they hold: remember the verdicts.
  const shown = {schema, pseudonym: cachedGuard(source.guard)};
  return {
    extract: schema.name,
    file: `${schema.name}.csv`,
    path: source.path,
    encoding: source.encoding,
    literalQuoteLines: [...source.literalQuoteLines],
    header,
    setAside: source.setAside,
    display: (column, raw) => displayValue(shown, column, raw),
    columnOf: (index) => {
      for (const [name, i] of indexOf) if (i === index) return name;
      return header[index] ?? `field ${index + 1}`;
    }
  };
}
