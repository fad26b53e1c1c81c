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
import {parseField, type FieldValue} from "../parse-field.js";
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

function parseColumn(context: RowContext, column: ColumnSpec, raw: string, line: number): {value: FieldValue} | {problem: RuleProblem; clearId?: boolean} {
  const {file} = context;
  if (raw === "") {
    if (column.required) return {problem: ruleProblem(file, line, column.name, null, "required value is empty")};
    return {value: column.type.kind === "codes" ? [] : null};
  }
  if (column.type.kind === "pseudonym") {
    const guarded = context.pseudonym(column.type.of, raw);
    if (!guarded.ok) {
      // The refused value may be a clear id: report where it is, never what it is.
      if (guarded.code === "clear-id") return {problem: ruleProblem(file, line, column.name, null, guarded.reason, `${column.name}: ${CLEAR_ID_RULE}`, "clear-id-without-key"), clearId: true};
      return {problem: ruleProblem(file, line, column.name, null, guarded.reason, `${column.name}: ${guarded.code === "empty" ? "required value is empty" : "malformed pseudonym"}`, guarded.code)};
    }
    return {value: context.intern ? context.intern(guarded.value) : detachString(guarded.value)};
  }
  const parsed = parseField(column.type, raw);
  if (!parsed.ok) return {problem: ruleProblem(file, line, column.name, maskPersonalIdentityNumbers(raw), parsed.reason)};
  if (column.type.kind === "id") return {value: detachString(parsed.value as string)};
  if (column.type.kind === "date" && context.intern) return {value: context.intern(parsed.value as string)};
  return {value: parsed.value};
}

/**
 * Validates one record (`fields` as read, `line` where it starts). A personal identity number in any
 * field sets the row aside naming the column (value masked) before anything else is looked at; then
 * every column is parsed and, when all parse, the period and the extract's row rules are applied.
 */
export function validateRow(context: RowContext, fields: readonly string[], line: number): RowVerdict {
  const {schema, file} = context;
  const personal: RuleProblem[] = [];
  fields.forEach((field, index) => {
    if (containsPersonalIdentityNumber(field)) {
      const column = fieldColumnName(context, index);
      personal.push(ruleProblem(file, line, column, displayValue(context, column, field), "contains a personal identity number (masked)", PERSONAL_IDENTITY_NUMBER_RULE, "personal-identity-number"));
    }
  });
  if (personal.length > 0) return {kind: "set-aside", problems: personal};

  const shape = shapeProblem(context, fields, line);
  if (shape !== null) return {kind: "set-aside", problems: [shape]};

  const problems: RuleProblem[] = [];
  const values: RowValues = {};
  let clearId = false;
  for (const column of schema.columns) {
    const index = context.indexOf.get(column.name);
    const raw = index === undefined ? "" : (fields[index] ?? "").trim();
    const result = parseColumn(context, column, raw, line);
    if ("problem" in result) {
      problems.push(result.problem);
      if (result.clearId) clearId = true;
    } else values[column.name] = result.value;
  }
  if (problems.length > 0) return clearId ? {kind: "set-aside", problems, clearId} : {kind: "set-aside", problems};

  const periodColumn = PERIOD_COLUMNS[schema.name];
  if (context.period !== null && periodColumn !== undefined) {
    const date = values[periodColumn];
    if (typeof date === "string" && !inPeriod(date, context.period)) {
      const {from, to} = context.period;
      problems.push(ruleProblem(file, line, periodColumn, date, `outside the extract period ${from} – ${to}`, `${periodColumn}: outside the extract period`));
    }
  }
  problems.push(...context.rules(values, file, line));
  return problems.length > 0 ? {kind: "set-aside", problems} : {kind: "accepted", values};
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
