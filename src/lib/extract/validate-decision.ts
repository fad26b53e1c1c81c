import {DECISION_TYPES} from "./codes.js";
import type {DecisionRow} from "./decision-row.js";
import {parseField, type FieldValue} from "./parse-field.js";
import type {Problem} from "./problem.js";
import {DECISIONS_SCHEMA} from "./schema.js";

export type RowResult<T> = {ok: true; row: T} | {ok: false; problems: Problem[]};

/** Decision types that by definition state deficiencies (everything above criticism on the ladder). */
const ALWAYS_DEFICIENT = new Set<string>(DECISION_TYPES.filter((d) => d.rung !== null && d.rung >= 2).map((d) => d.code));

/**
 * Validates one record of decisions.csv: every column by its type, then the rules between columns.
 * `fields` are the raw fields of the record, `indexOf` maps column names to field positions.
 */
export function validateDecision(
  fields: readonly string[],
  indexOf: ReadonlyMap<string, number>,
  file: string,
  line: number
): RowResult<DecisionRow> {
  const problems: Problem[] = [];
  const row: Record<string, FieldValue> = {};
  for (const column of DECISIONS_SCHEMA.columns) {
    const index = indexOf.get(column.name);
    const raw = index === undefined ? "" : (fields[index] ?? "").trim();
    if (raw === "") {
      if (column.required) problems.push({file, line, column: column.name, value: null, reason: "required value is empty"});
      row[column.name] = column.type.kind === "codes" ? [] : null;
      continue;
    }
    const parsed = parseField(column.type, raw);
    if (parsed.ok) row[column.name] = parsed.value;
    else problems.push({file, line, column: column.name, value: raw, reason: parsed.reason});
  }
  if (problems.length === 0) {
    if ((row.case_type === "national") !== (row.national_area !== null)) {
      problems.push({file, line, column: "national_area", value: String(row.national_area ?? ""), reason: "national_area must be set exactly when case_type is national"});
    }
    if (row.decision_type === "no_deficiencies" && row.deficiencies === true) {
      problems.push({file, line, column: "deficiencies", value: "yes", reason: "a decision without deficiencies cannot state deficiencies"});
    }
    if (row.deficiencies === false && (row.deficiency_areas as string[]).length > 0) {
      problems.push({file, line, column: "deficiency_areas", value: (row.deficiency_areas as string[]).join("|"), reason: "deficiency areas given for a decision without deficiencies"});
    }
    if ((row.case_opened as string) > (row.decision_date as string)) {
      problems.push({file, line, column: "case_opened", value: String(row.case_opened), reason: `case opened after the decision date ${String(row.decision_date)}`});
    }
    if (ALWAYS_DEFICIENT.has(row.decision_type as string) && row.deficiencies === false) {
      problems.push({file, line, column: "deficiencies", value: "no", reason: `decision type ${String(row.decision_type)} always states deficiencies`});
    }
  }
  return problems.length > 0 ? {ok: false, problems} : {ok: true, row: row as unknown as DecisionRow};
}
