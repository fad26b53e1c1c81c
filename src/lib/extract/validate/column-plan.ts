/** A column of the schema as the validator walks it: where its field is, how it is parsed (as text and as bytes, with its caches), and why a value is refused. */
import {maskPersonalIdentityNumbers} from "../../privacy/personal-identity-number.js";
import type {PseudonymGuardResult} from "../../privacy/pseudonymise.js";
import type {PseudonymKind} from "../../privacy/pseudonym-format.js";
import {findCode, isId, parseBoolean, parseCodeList, parseField, parseWholeNumber, type FieldValue} from "../parse-field.js";
import {isoDateNumber} from "../../period.js";
import type {ColumnSpec} from "../schema.js";
import {asciiString, booleanAt, codeAt, codeListAt, codeTable, dateNumberAt, isIdAt, NumberCache, pseudonymNumberAt, wholeNumberAt} from "./field-bytes.js";
import {CLEAR_ID_RULE, detachString, type RowContext} from "./row-context.js";
import {ruleProblem, type RuleProblem} from "./rule-problem.js";

/** Distinct values a per-column cache keeps before it starts over (bounds its memory on unique values). */
const CACHED_VALUES = 200_000;

/** Distinct pseudonyms remembered by their number (a million operations is about 32 MB). */
const PSEUDONYM_NUMBERS = 1 << 21;

export type ColumnResult = {value: FieldValue} | {problem: RuleProblem; clearId?: boolean};

/** A column of the schema as the validator walks it: where its field is and how it is parsed. */
export interface ColumnPlan {
  readonly column: ColumnSpec;
  /** Field index in the record, -1 when the file has no such column. */
  readonly index: number;
  /** Value of an empty field: null, [] for a list, undefined when the column is required. */
  readonly empty: FieldValue | undefined;
  /** Parses a trimmed, non-empty raw value: the value, or undefined when `problemOf` must say why. */
  readonly parse: (raw: string) => FieldValue | undefined;
  /** The same on the trimmed ASCII bytes `b[s..e)` of a field (the fast path: see field-bytes.ts). */
  readonly parseBytes: (b: Uint8Array, s: number, e: number) => FieldValue | undefined;
}

/** Per pseudonym column: raw value → the guard's verdict, with one shared copy of each pseudonym. */
function pseudonymParser(context: RowContext, kind: PseudonymKind): (raw: string) => PseudonymGuardResult {
  const seen = new Map<string, PseudonymGuardResult>();
  return (raw) => {
    const hit = seen.get(raw);
    if (hit !== undefined) return hit;
    if (seen.size >= CACHED_VALUES) seen.clear();
    const guarded = context.pseudonym(kind, raw);
    const shared: PseudonymGuardResult = guarded.ok ? {ok: true, value: context.intern ? context.intern(guarded.value) : detachString(guarded.value)} : guarded;
    seen.set(detachString(raw), shared);
    return shared;
  };
}

/** The plan of `column` in the file of `context`: its field index, its empty value and its parsers (each with its own caches). */
export function columnPlan(context: RowContext, column: ColumnSpec): ColumnPlan {
  const index = context.indexOf.get(column.name) ?? -1;
  const empty = column.required ? undefined : column.type.kind === "codes" ? [] : null;
  const type = column.type;
  let parse: (raw: string) => FieldValue | undefined;
  let parseBytes: (b: Uint8Array, s: number, e: number) => FieldValue | undefined;
  switch (type.kind) {
    case "id":
      parse = (raw) => (isId(raw) ? detachString(raw) : undefined);
      parseBytes = (b, s, e) => (isIdAt(b, s, e) ? asciiString(b, s, e) : undefined);
      break;
    case "pseudonym": {
      const guard = pseudonymParser(context, type.of);
      parse = (raw) => {
        const guarded = guard(raw);
        return guarded.ok ? guarded.value : undefined;
      };
      // Values already in pseudonym form are remembered by their 48 bits: no string made or hashed.
      // The table holds every distinct one (the rows keep them anyway): about 32 bytes a value.
      const byNumber = new NumberCache<string>(PSEUDONYM_NUMBERS);
      parseBytes = (b, s, e) => {
        const key = pseudonymNumberAt(type.of, b, s, e);
        if (key < 0) return parse(asciiString(b, s, e));
        const hit = byNumber.get(key);
        if (hit !== undefined) return hit;
        // This table is the only copy kept of the value: a fresh string, not a slice of anything.
        const text = asciiString(b, s, e);
        const verdict = context.pseudonym(type.of, text);
        if (!verdict.ok) return undefined;
        const value = verdict.value === text ? text : detachString(verdict.value);
        byNumber.set(key, value);
        return value;
      };
      break;
    }
    case "code": {
      const table = codeTable(type.codes);
      parse = (raw) => findCode(type.codes, raw);
      parseBytes = (b, s, e) => codeAt(table, b, s, e);
      break;
    }
    case "codes": {
      const table = codeTable(type.codes);
      // One shared, frozen list per distinct value: a million rows hold a few dozen lists (most of them empty), and a
      // frozen list fails loudly if anything ever tried to change one row's list in place.
      const lists = new Map<string, readonly string[]>();
      const sharedList = (list: string[] | undefined): string[] | undefined => {
        if (list === undefined) return undefined;
        const key = list.join("|");
        let hit = lists.get(key);
        if (hit === undefined) {
          if (lists.size >= CACHED_VALUES) lists.clear();
          lists.set(key, (hit = Object.freeze(list)));
        }
        return hit as string[];
      };
      parse = (raw) => sharedList(parseCodeList(type.codes, raw) ?? undefined);
      parseBytes = (b, s, e) => sharedList(codeListAt(table, b, s, e));
      break;
    }
    case "date": {
      // One shared copy of each distinct date, keyed by its number (no string hashing per field).
      const dates = new Map<number, string>();
      const shared = (key: number, text: () => string): string => {
        const hit = dates.get(key);
        if (hit !== undefined) return hit;
        if (dates.size >= CACHED_VALUES) dates.clear();
        const raw = text();
        const own = context.intern ? context.intern(raw) : detachString(raw);
        dates.set(key, own);
        return own;
      };
      parse = (raw) => {
        const key = isoDateNumber(raw);
        return key < 0 ? undefined : shared(key, () => raw);
      };
      parseBytes = (b, s, e) => {
        const key = dateNumberAt(b, s, e);
        return key < 0 ? undefined : shared(key, () => asciiString(b, s, e));
      };
      break;
    }
    case "boolean":
      parse = parseBoolean;
      parseBytes = booleanAt;
      break;
    case "integer":
      parse = (raw) => {
        const n = parseWholeNumber(raw);
        return Number.isNaN(n) || n < type.min || n > type.max ? undefined : n;
      };
      parseBytes = (b, s, e) => {
        const n = wholeNumberAt(b, s, e);
        return Number.isNaN(n) || n < type.min || n > type.max ? undefined : n;
      };
      break;
  }
  return {column, index, empty, parse, parseBytes};
}

/** The problem of a value `plan.parse` refused (the slow path: only for rows set aside). */
function problemOf(context: RowContext, plan: ColumnPlan, raw: string, line: number): {problem: RuleProblem; clearId?: boolean} {
  const {file} = context;
  const column = plan.column;
  if (column.type.kind === "pseudonym") {
    const guarded = context.pseudonym(column.type.of, raw);
    if (!guarded.ok) {
      // The refused value may be a clear id: report where it is, never what it is.
      if (guarded.code === "clear-id") return {problem: ruleProblem(file, line, column.name, null, guarded.reason, `${column.name}: ${CLEAR_ID_RULE}`, "clear-id-without-key"), clearId: true};
      return {problem: ruleProblem(file, line, column.name, null, guarded.reason, `${column.name}: ${guarded.code === "empty" ? "required value is empty" : "malformed pseudonym"}`, guarded.code)};
    }
  }
  const parsed = parseField(column.type, raw);
  const reason = parsed.ok ? "not readable" : parsed.reason;
  return {problem: ruleProblem(file, line, column.name, maskPersonalIdentityNumbers(raw), reason)};
}

/** The value of a trimmed raw field, or the problem that sets its row aside (an empty required value included). */
export function parseColumn(context: RowContext, plan: ColumnPlan, raw: string, line: number): ColumnResult {
  if (raw === "") {
    if (plan.empty === undefined) return {problem: ruleProblem(context.file, line, plan.column.name, null, "required value is empty")};
    return {value: plan.column.type.kind === "codes" ? [] : null};
  }
  const value = plan.parse(raw);
  return value === undefined ? problemOf(context, plan, raw, line) : {value};
}
