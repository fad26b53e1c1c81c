/**
 * Validation of one record of any extract, by its schema: the personal-identity-number guard over
 * every field, the record's shape (as many fields as the header; not the header line itself again),
 * required values, column types and code lists, pseudonym columns, the extract period, then the
 * extract's own rules between columns. Pure: the pseudonym guard is passed in.
 *
 * No single row decides the fate of its file: every verdict concerns this row only. Whether a file
 * holds clear ids and must not be used is decided by the reader over the whole file (`clearId`).
 */
import {containsPersonalIdentityNumber, maskPersonalIdentityNumbers} from "../../privacy/personal-identity-number.js";
import type {PseudonymGuardResult} from "../../privacy/pseudonymise.js";
import type {PseudonymKind} from "../../privacy/pseudonym-format.js";
import {matchHeader, normaliseHeaderName} from "../header.js";
import {findCode, isId, parseBoolean, parseCodeList, parseField, parseWholeNumber, type FieldValue} from "../parse-field.js";
import {isInPeriod as inPeriod, isoDateNumber, type Window as Period} from "../../period.js";
import type {Problem} from "../problem.js";
import type {ColumnSpec, ExtractSchema} from "../schema.js";
import {PERIOD_COLUMNS} from "./period.js";
import {asciiString, booleanAt, codeAt, codeListAt, codeTable, dateNumberAt, isAsciiSpace, isIdAt, NumberCache, pseudonymNumberAt, wholeNumberAt} from "./field-bytes.js";
import {ruleProblem, type RuleProblem} from "./rule-problem.js";

/** What `createPseudonymGuard` returns: pseudonymises (with a key) or admits only pseudonyms (without). */
export type PseudonymGuard = (kind: PseudonymKind, value: string) => PseudonymGuardResult;

/** The parsed values of an accepted record, keyed by canonical column name. */
export type RowValues = Record<string, FieldValue>;

/** Rules between the columns of one parsed record; returns the problems (none when the row is fine). */
export type RowRules = (values: RowValues, file: string, line: number) => RuleProblem[];

export interface RowContext {
  readonly schema: ExtractSchema;
  /** File name for problems (no folder). */
  readonly file: string;
  /** The file's header fields, to name columns the schema does not know. */
  readonly header: readonly string[];
  /** Canonical column name → field index (from `matchHeader`). */
  readonly indexOf: ReadonlyMap<string, number>;
  readonly pseudonym: PseudonymGuard;
  /** The extract period, or null when the folder has no extract.json. */
  readonly period: Period | null;
  readonly rules: RowRules;
  /**
   * Optional: returns one shared copy of a repeated value (dates, pseudonyms), to keep many accepted
   * rows small. Must return the same text.
   */
  readonly intern?: (value: string) => string;
}

export type RowVerdict =
  | {kind: "accepted"; values: RowValues}
  /**
   * `clearId`: the row holds an id in clear and there is no key to pseudonymise it. One such row is
   * set aside like any other; a file where most rows are like it is not used (the reader decides).
   */
  | {kind: "set-aside"; problems: RuleProblem[]; clearId?: boolean};

/** The rule name under which rows with a personal identity number are counted. */
export const PERSONAL_IDENTITY_NUMBER_RULE = "personal identity number";

/** The rule under which a row holding an id in clear, without a key, is counted. */
export const CLEAR_ID_RULE = "id in clear and no LIKA_PSEUDONYM_KEY";

/**
 * A copy of `s` that does not keep the string it was cut from alive (V8 keeps long substrings as
 * views into their parent: an accepted id would otherwise hold on to its whole record). Same text.
 */
export function detachString(s: string): string {
  return s.length < 13 ? s : (s + " ").slice(0, -1);
}

/** The name of the field at `index`: its canonical column, else its header text, else "field N". */
export function fieldColumnName(context: Pick<RowContext, "header" | "indexOf">, index: number): string {
  for (const [name, i] of context.indexOf) if (i === index) return name;
  const text = context.header[index]?.trim();
  return text ? text : `field ${index + 1}`;
}

/**
 * A raw value as it may be shown anywhere (problems, quarantine): personal identity numbers masked,
 * and in a pseudonym column anything not already a pseudonym replaced by its pseudonym (with a key)
 * or by "[not pseudonymised]" (without one), so no clear id ever leaves the reader.
 */
export function displayValue(context: Pick<RowContext, "schema" | "pseudonym">, column: string | null, raw: string): string {
  const spec = column === null ? undefined : context.schema.columns.find((c) => c.name === column);
  if (spec?.type.kind === "pseudonym" && raw.trim() !== "") {
    const guarded = context.pseudonym(spec.type.of, raw);
    return guarded.ok ? guarded.value : "[not pseudonymised]";
  }
  return maskPersonalIdentityNumbers(raw);
}

/** Distinct values a per-column cache keeps before it starts over (bounds its memory on unique values). */
const CACHED_VALUES = 200_000;

/** Distinct pseudonyms remembered by their number (a million operations is about 32 MB). */
const PSEUDONYM_NUMBERS = 1 << 21;

type ColumnResult = {value: FieldValue} | {problem: RuleProblem; clearId?: boolean};

/** A column of the schema as the validator walks it: where its field is and how it is parsed. */
interface ColumnPlan {
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

function columnPlan(context: RowContext, column: ColumnSpec): ColumnPlan {
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

function parseColumn(context: RowContext, plan: ColumnPlan, raw: string, line: number): ColumnResult {
  if (raw === "") {
    if (plan.empty === undefined) return {problem: ruleProblem(context.file, line, plan.column.name, null, "required value is empty")};
    return {value: plan.column.type.kind === "codes" ? [] : null};
  }
  const value = plan.parse(raw);
  return value === undefined ? problemOf(context, plan, raw, line) : {value};
}

interface Validator {
  /** The verdict on a record's fields. */
  readonly fields: (fields: readonly string[], line: number) => RowVerdict;
  /** The values of a record given as bytes (see `validateRecordBytes`), or null. */
  readonly bytes: (bytes: Uint8Array, length: number, line: number) => RowValues | null;
}

/** The compiled validator of a context (its column plans and caches), made on first use. */
const VALIDATORS = new WeakMap<RowContext, Validator>();

function validatorOf(context: RowContext): Validator {
  let validator = VALIDATORS.get(context);
  if (validator === undefined) {
    validator = compile(context);
    VALIDATORS.set(context, validator);
  }
  return validator;
}

function compile(context: RowContext): Validator {
  const {schema, file} = context;
  const plans = schema.columns.map((c) => columnPlan(context, c));
  const count = plans.length;
  const periodColumn = PERIOD_COLUMNS[schema.name];
  const period = periodColumn === undefined ? null : context.period;

  /** Rows that are not accepted as they stand: every problem, in the order the rules are applied. */
  const slow = (fields: readonly string[], line: number): RowVerdict => {
    const personal: RuleProblem[] = [];
    for (let index = 0; index < fields.length; index++) {
      const field = fields[index]!;
      if (containsPersonalIdentityNumber(field)) {
        const column = fieldColumnName(context, index);
        personal.push(ruleProblem(file, line, column, displayValue(context, column, field), "contains a personal identity number (masked)", PERSONAL_IDENTITY_NUMBER_RULE, "personal-identity-number"));
      }
    }
    if (personal.length > 0) return {kind: "set-aside", problems: personal};

    const shape = shapeProblem(context, fields, line);
    if (shape !== null) return {kind: "set-aside", problems: [shape]};

    const problems: RuleProblem[] = [];
    const values: RowValues = {};
    let clearId = false;
    for (const plan of plans) {
      const raw = plan.index < 0 ? "" : (fields[plan.index] ?? "").trim();
      const result = parseColumn(context, plan, raw, line);
      if ("problem" in result) {
        problems.push(result.problem);
        if (result.clearId) clearId = true;
      } else values[plan.column.name] = result.value;
    }
    if (problems.length > 0) return clearId ? {kind: "set-aside", problems, clearId} : {kind: "set-aside", problems};
    return judged(values, line, problems);
  };

  /** The period and the extract's row rules, on a row whose every column parsed. */
  const judged = (values: RowValues, line: number, earlier: RuleProblem[] | null): RowVerdict => {
    let problems = earlier;
    if (period !== null) {
      const date = values[periodColumn!];
      if (typeof date === "string" && !inPeriod(date, period)) {
        (problems ??= []).push(ruleProblem(file, line, periodColumn!, date, `outside the extract period ${period.from} – ${period.to}`, `${periodColumn!}: outside the extract period`));
      }
    }
    const ruled = context.rules(values, file, line);
    if (ruled.length > 0) {
      if (problems === null) problems = ruled;
      else for (const p of ruled) problems.push(p);
    }
    return problems !== null && problems.length > 0 ? {kind: "set-aside", problems} : {kind: "accepted", values};
  };

  const header = context.header;
  const width = header.length;
  // Every row's values object is a copy of this one (all properties in place, in column order).
  const template: RowValues = {};
  for (const plan of plans) template[plan.column.name] = null;

  const fromFields = (fields: readonly string[], line: number): RowVerdict => {
    // Fast path, for the rows that are fine: no personal identity number, the right shape, every
    // column parsed. Anything else is judged again by `slow`, which finds every problem in order.
    if (fields.length !== width) return slow(fields, line);
    for (let i = 0; i < width; i++) if (containsPersonalIdentityNumber(fields[i]!)) return slow(fields, line);
    if (isHeaderLine(context, fields)) return slow(fields, line);
    const values: RowValues = {...template};
    for (let k = 0; k < count; k++) {
      const plan = plans[k]!;
      const raw = plan.index < 0 ? "" : fields[plan.index]!.trim();
      let value: FieldValue | undefined;
      if (raw === "") {
        value = plan.empty;
        if (value !== undefined && value !== null) value = [];
      } else value = plan.parse(raw);
      if (value === undefined) return slow(fields, line);
      values[plan.column.name] = value;
    }
    return judged(values, line, null);
  };

  // The byte path needs the header's first field free of digits (see the header-line test below).
  const byteFirstField = !/\d/.test(header[0] ?? "");
  const starts = new Int32Array(width);
  const ends = new Int32Array(width);
  const fromBytes = (b: Uint8Array, n: number, line: number): RowValues | null => {
    if (!byteFirstField) return null;
    // Cut the record into fields: ASCII only, and no field with ten digits (where a personal
    // identity number could be). Anything else goes the text path, which judges it in full.
    let f = 0;
    let start = 0;
    let digits = 0;
    let firstDigits = -1;
    for (let i = 0; i < n; i++) {
      const c = b[i]!;
      if (c === 0) {
        if (f >= width - 1) return null;
        if (f === 0) firstDigits = digits;
        starts[f] = start;
        ends[f++] = i;
        start = i + 1;
        digits = 0;
      } else if (c >= 0x80) return null;
      else if (c >= 48 && c <= 57 && ++digits >= 10) return null;
    }
    if (f === 0) firstDigits = digits;
    starts[f] = start;
    ends[f++] = n;
    // A header line has no digit in its first field (the file's own header has none: byteFirstField).
    if (f !== width || firstDigits === 0) return null;
    const values: RowValues = {...template};
    for (let k = 0; k < count; k++) {
      const plan = plans[k]!;
      let value: FieldValue | undefined;
      let s = 0;
      let e = 0;
      if (plan.index >= 0) {
        s = starts[plan.index]!;
        e = ends[plan.index]!;
        while (s < e && isAsciiSpace(b[s]!)) s++;
        while (e > s && isAsciiSpace(b[e - 1]!)) e--;
      }
      if (s === e) {
        value = plan.empty;
        if (value !== undefined && value !== null) value = [];
      } else value = plan.parseBytes(b, s, e);
      if (value === undefined) return null;
      values[plan.column.name] = value;
    }
    const verdict = judged(values, line, null);
    return verdict.kind === "accepted" ? verdict.values : null;
  };

  return {fields: fromFields, bytes: fromBytes};
}

/**
 * The fast path for a record given as the tokenizer's bytes (fields joined by 0x00, see
 * csv/tokenizer.ts; `bytes[0..length)`): its parsed values when the record is ASCII, holds nothing that could be a
 * personal identity number, has the header's shape, and every column parses and every row rule
 * holds; else null, and the caller validates the record as text with `validateRow` (which then
 * finds every problem). The values equal those `validateRow` gives the same record.
 */
export function validateRecordBytes(context: RowContext, bytes: Uint8Array, line: number, length = bytes.length): RowValues | null {
  return validatorOf(context).bytes(bytes, length, line);
}

/**
 * Validates one record (`fields` as read, `line` where it starts). A personal identity number in any
 * field sets the row aside naming the column (value masked) before anything else is looked at; then
 * every column is parsed and, when all parse, the period and the extract's row rules are applied.
 */
export function validateRow(context: RowContext, fields: readonly string[], line: number): RowVerdict {
  return validatorOf(context).fields(fields, line);
}

/** Every column name and alias of a schema, normalised (cached per schema). */
const NAMES = new WeakMap<ExtractSchema, ReadonlySet<string>>();
function columnNames(schema: ExtractSchema): ReadonlySet<string> {
  let names = NAMES.get(schema);
  if (names === undefined) {
    names = new Set(schema.columns.flatMap((c) => [c.name, ...c.aliases].map(normaliseHeaderName)));
    NAMES.set(schema, names);
  }
  return names;
}

/** True when a record is a header line of this extract: the file's own header again, or any header that names the required columns. */
function isHeaderLine(context: Pick<RowContext, "schema" | "header">, fields: readonly string[]): boolean {
  const first = fields[0] ?? "";
  // Cheap test first (this runs on every row): a header's first field is the header's, or a column name.
  if (first !== context.header[0] && (/\d/.test(first) || !columnNames(context.schema).has(normaliseHeaderName(first.replace(/^\uFEFF/, ""))))) return false;
  if (fields.every((f, i) => normaliseHeaderName(f) === normaliseHeaderName(context.header[i]!))) return true;
  return matchHeader(context.schema, fields.map((f) => f.replace(/^\uFEFF/, ""))).ok;
}

/**
 * What is wrong with the record's shape, or null: a number of fields other than the header's (a field
 * lost or a delimiter too many, so every value may sit in the wrong column), or a header line again
 * (two exports joined into one file, the second perhaps with its own byte-order mark or aliases).
 */
export function shapeProblem(context: Pick<RowContext, "file" | "header" | "schema">, fields: readonly string[], line: number): RuleProblem | null {
  const {file, header} = context;
  if (fields.length !== header.length) {
    return ruleProblem(file, line, null, null, `${fields.length} field(s) where the header has ${header.length}`, "wrong number of fields", "field-count");
  }
  if (isHeaderLine(context, fields)) {
    return ruleProblem(file, line, null, null, "the header line again (two exports joined into one file?)", "header line repeated", "header-repeated");
  }
  return null;
}
