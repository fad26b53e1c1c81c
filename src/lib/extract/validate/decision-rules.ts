/** The rules between the columns of one decision (decisions.csv), applied after every column parsed. */
import {DECISION_TYPES} from "../codes.js";
import {LIST_SEPARATOR} from "../schema.js";
import type {RowValues} from "./row.js";
import {ruleProblem, type RuleProblem} from "./rule-problem.js";

/** Decision types that by definition state deficiencies: criticism and every rung above it. */
export const ALWAYS_DEFICIENT: ReadonlySet<string> = new Set<string>(DECISION_TYPES.filter((d) => d.rung !== null && d.rung >= 2).map((d) => d.code));

/**
 * The problems of one parsed decision: national_area set exactly when case_type is national; a decision
 * without deficiencies states none; criticism and stronger always state deficiencies; no deficiency
 * areas without deficiencies; the case opened on or before the decision date. Empty when all hold.
 */
export function decisionRowProblems(row: RowValues, file: string, line: number): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const areas = (row.deficiency_areas as string[] | null) ?? [];
  if ((row.case_type === "national") !== (row.national_area !== null)) {
    problems.push(
      row.case_type === "national"
        ? ruleProblem(file, line, "national_area", null, "national_area is required when case_type is national", "national_area: must be set exactly when case_type is national")
        : ruleProblem(file, line, "national_area", String(row.national_area), `national_area must be empty when case_type is ${String(row.case_type)}`, "national_area: must be set exactly when case_type is national")
    );
  }
  if (row.decision_type === "no_deficiencies" && row.deficiencies === true) {
    problems.push(ruleProblem(file, line, "deficiencies", "yes", "a decision without deficiencies cannot state deficiencies"));
  }
  if (ALWAYS_DEFICIENT.has(row.decision_type as string) && row.deficiencies === false) {
    problems.push(ruleProblem(file, line, "deficiencies", "no", `decision type ${String(row.decision_type)} always states deficiencies`, "deficiencies: the decision type always states deficiencies"));
  }
  if (row.deficiencies === false && areas.length > 0) {
    problems.push(ruleProblem(file, line, "deficiency_areas", areas.join(LIST_SEPARATOR), "deficiency areas given for a decision without deficiencies"));
  }
  if ((row.case_opened as string) > (row.decision_date as string)) {
    problems.push(ruleProblem(file, line, "case_opened", String(row.case_opened), `case opened after the decision date ${String(row.decision_date)}`, "case_opened: after the decision date"));
  }
  return problems;
}
