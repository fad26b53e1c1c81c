/**
 * Validation of one record of any extract, by its schema: the personal-identity-number guard over
 * every field, the record's shape (as many fields as the header; not the header line itself again),
 * required values, column types and code lists, pseudonym columns, the extract period, then the
 * extract's own rules between columns. Pure: the pseudonym guard is passed in.
 *
 * No single row decides the fate of its file: every verdict concerns this row only. Whether a file
 * holds clear ids and must not be used is decided by the reader over the whole file (`clearId`).
 *
 * The parts: row-context.ts (the context, values and verdict), column-plan.ts (each column's parsers),
 * row-shape.ts, validate-fields.ts (the text path) and validate-bytes.ts (the byte path).
 */
import {columnPlan} from "./column-plan.js";
import {isInPeriod} from "../../period.js";
import {PERIOD_COLUMNS} from "./period.js";
import type {RowContext, RowValues, RowVerdict} from "./row-context.js";
import {ruleProblem} from "./rule-problem.js";
import {bytesValidator} from "./validate-bytes.js";
import {fieldsValidator, type RowJudge} from "./validate-fields.js";

export {CLEAR_ID_RULE, detachString, displayValue, fieldColumnName, PERSONAL_IDENTITY_NUMBER_RULE} from "./row-context.js";
export type {PseudonymGuard, RowContext, RowRules, RowValues, RowVerdict} from "./row-context.js";
export {shapeProblem} from "./row-shape.js";

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

/** The period and the extract's row rules of a context, on a row whose every column parsed. */
function rowJudge(context: RowContext): RowJudge {
  const {schema, file} = context;
  const periodColumn = PERIOD_COLUMNS[schema.name];
  const period = periodColumn === undefined ? null : context.period;
  return (values, line, earlier) => {
    let problems = earlier;
    if (period !== null) {
      const date = values[periodColumn!];
      if (typeof date === "string" && !isInPeriod(date, period)) {
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
}

function compile(context: RowContext): Validator {
  const plans = context.schema.columns.map((c) => columnPlan(context, c));
  const judged = rowJudge(context);
  // Every row's values object is a copy of this one (all properties in place, in column order).
  const template: RowValues = {};
  for (const plan of plans) template[plan.column.name] = null;
  return {fields: fieldsValidator(context, plans, template, judged), bytes: bytesValidator(context, plans, template, judged)};
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
