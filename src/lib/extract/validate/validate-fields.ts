/** The text path of the row validator: a record's fields to a verdict, quickly for a row that is fine, in full (every problem, in rule order) for any other. */
import {containsPersonalIdentityNumber} from "../../privacy/personal-identity-number.js";
import type {FieldValue} from "../parse-field.js";
import {parseColumn, type ColumnPlan} from "./column-plan.js";
import {displayValue, fieldColumnName, PERSONAL_IDENTITY_NUMBER_RULE, type RowContext, type RowValues, type RowVerdict} from "./row-context.js";
import {isHeaderLine, shapeProblem} from "./row-shape.js";
import {ruleProblem, type RuleProblem} from "./rule-problem.js";

/** The period and the extract's row rules on a row whose every column parsed, after the problems found `earlier` (if any). */
export type RowJudge = (values: RowValues, line: number, earlier: RuleProblem[] | null) => RowVerdict;

/**
 * Every problem of a row that is not accepted as it stands, in the order the rules are applied: a
 * personal identity number in any field first (then nothing else is looked at), then its shape, then
 * each column, then (all parsed) the period and the row rules.
 */
function fullVerdict(context: RowContext, plans: readonly ColumnPlan[], judged: RowJudge): (fields: readonly string[], line: number) => RowVerdict {
  const {file} = context;
  return (fields, line) => {
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
}

/**
 * The verdict on a record's fields. `template` holds every column (in column order) for the values
 * object each accepted row copies.
 */
export function fieldsValidator(context: RowContext, plans: readonly ColumnPlan[], template: RowValues, judged: RowJudge): (fields: readonly string[], line: number) => RowVerdict {
  const slow = fullVerdict(context, plans, judged);
  const count = plans.length;
  const width = context.header.length;
  return (fields, line) => {
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
}
