/** What validating a record works with and gives: its context, its values and verdict, and how a raw value may be shown. */
import {maskPersonalIdentityNumbers} from "../../privacy/personal-identity-number.js";
import type {PseudonymGuardResult} from "../../privacy/pseudonymise.js";
import type {PseudonymKind} from "../../privacy/pseudonym-format.js";
import type {FieldValue} from "../parse-field.js";
import type {ExtractSchema} from "../schema.js";
import type {Window} from "../../period.js";
import type {RuleProblem} from "./rule-problem.js";

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
  readonly period: Window | null;
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
