/** Which row rules belong to which extract. */
import {decisionRowProblems} from "./decision-rules.js";
import {inspectionRowProblems} from "./inspection-rules.js";
import type {RowRules} from "./row.js";

const NO_RULES: RowRules = () => [];

/** The rules between the columns of one row of extract `name` (none for an extract without such rules). */
export function rowRulesOf(name: string): RowRules {
  if (name === "decisions") return decisionRowProblems;
  if (name === "inspections") return inspectionRowProblems;
  return NO_RULES;
}
