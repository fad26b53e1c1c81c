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
import {findCode, isId, isoDateNumber, parseBoolean, parseCodeList, parseField, parseWholeNumber, type FieldValue} from "../parse-field.js";
import type {Problem} from "../problem.js";
import type {ColumnSpec, ExtractSchema} from "../schema.js";
import {inPeriod, PERIOD_COLUMNS, type Period} from "./period.js";
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
  switch (type.kind) {
    case "id":
      parse = (raw) => (isId(raw) ? detachString(raw) : undefined);
      break;
    case "pseudonym": {
      const guard = pseudonymParser(context, type.of);
      parse = (raw) => {
        const guarded = guard(raw);
        return guarded.ok ? guarded.value : undefined;
      };
      break;
    }
    case "code":
      parse = (raw) => findCode(type.codes, raw);
      break;
    case "codes":
      parse = (raw) => parseCodeList(type.codes, raw) ?? undefined;
      break;
    case "date": {
      // One shared copy of each distinct date, keyed by its number (no string hashing per field).
      const dates = new Map<number, string>();
      parse = (raw) => {
        const key = isoDateNumber(raw);
        if (key < 0) return undefined;
        const hit = dates.get(key);
        if (hit !== undefined) return hit;
        if (dates.size >= CACHED_VALUES) dates.clear();
        const own = context.intern ? context.intern(raw) : detachString(raw);
        dates.set(key, own);
        return own;
      };
      break;
    }
    case "boolean":
      parse = parseBoolean;
      break;
    case "integer":
      parse = (raw) => {
        const n = parseWholeNumber(raw);
        return Number.isNaN(n) || n < type.min || n > type.max ? undefined : n;
      };
      break;
  }
  return {column, index, empty, parse};
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

/** The compiled validator of a context (its column plans and caches), made on first use. */
const VALIDATORS = new WeakMap<RowContext, (fields: readonly string[], line: number) => RowVerdict>();

function compile(context: RowContext): (fields: readonly string[], line: number) => RowVerdict {
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
  return (fields, line) => {
    // Fast path, for the rows that are fine: no personal identity number, the right shape, every
    // column parsed. Anything else is judged again by `slow`, which finds every problem in order.
    if (fields.length !== width) return slow(fields, line);
    for (let i = 0; i < width; i++) if (containsPersonalIdentityNumber(fields[i]!)) return slow(fields, line);
    if (isHeaderLine(context, fields)) return slow(fields, line);
    const values: RowValues = {};
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
}

/**
 * Validates one record (`fields` as read, `line` where it starts). A personal identity number in any
 * field sets the row aside naming the column (value masked) before anything else is looked at; then
 * every column is parsed and, when all parse, the period and the extract's row rules are applied.
 */
export function validateRow(context: RowContext, fields: readonly string[], line: number): RowVerdict {
  let validate = VALIDATORS.get(context);
  if (validate === undefined) {
    validate = compile(context);
    VALIDATORS.set(context, validate);
  }
  return validate(fields, line);
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
