/** The rules between the columns of one inspection (inspections.csv), applied after every column parsed. */
import type {RowValues} from "./row.js";
import {ruleProblem, type RuleProblem} from "./rule-problem.js";

/**
 * The problems of one parsed inspection: children_spoken ≤ children_agreed ≤ children_placed;
 * no_conversation_reason set exactly when children_spoken is 0; reason no_child_present exactly when
 * children_placed is 0; reason all_declined only with children_agreed 0. Empty when all hold.
 */
export function inspectionRowProblems(row: RowValues, file: string, line: number): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const placed = row.children_placed as number;
  const agreed = row.children_agreed as number;
  const spoken = row.children_spoken as number;
  const reason = row.no_conversation_reason as string | null;
  if (agreed > placed) {
    problems.push(ruleProblem(file, line, "children_agreed", String(agreed), `more children agreed than were placed (${placed})`, "children_agreed: more than children_placed"));
  }
  if (spoken > agreed) {
    problems.push(ruleProblem(file, line, "children_spoken", String(spoken), `more children spoken with than agreed (${agreed})`, "children_spoken: more than children_agreed"));
  }
  if (spoken === 0 && reason === null) {
    problems.push(ruleProblem(file, line, "no_conversation_reason", null, "required when children_spoken is 0", "no_conversation_reason: must be set exactly when children_spoken is 0"));
  }
  if (spoken > 0 && reason !== null) {
    problems.push(ruleProblem(file, line, "no_conversation_reason", reason, `must be empty when children were spoken with (${spoken})`, "no_conversation_reason: must be set exactly when children_spoken is 0"));
  }
  if (reason !== null && (reason === "no_child_present") !== (placed === 0)) {
    problems.push(
      reason === "no_child_present"
        ? ruleProblem(file, line, "no_conversation_reason", reason, `no_child_present although ${placed} children were placed`, "no_conversation_reason: no_child_present exactly when children_placed is 0")
        : ruleProblem(file, line, "no_conversation_reason", reason, "must be no_child_present when children_placed is 0", "no_conversation_reason: no_child_present exactly when children_placed is 0")
    );
  }
  if (reason === "all_declined" && agreed !== 0) {
    problems.push(ruleProblem(file, line, "no_conversation_reason", reason, `all_declined although ${agreed} children agreed`, "no_conversation_reason: all_declined needs children_agreed 0"));
  }
  return problems;
}
