/** The rule between an inspection and the decision it led to (inspections.csv → decisions.csv). */
import type {CaseType} from "../codes.js";
import type {InspectionRow} from "../inspection-row.js";
import {ruleProblem, type RuleProblem} from "./rule-problem.js";

/** What is known about a decision id: accepted (with what the rule needs), set aside, absent, or unknowable. */
export type DecisionLookup =
  | {status: "accepted"; case_type: CaseType; decision_date: string}
  | {status: "set-aside"; line: number}
  | {status: "missing"}
  /** decisions.csv could not be read, so no reference can be checked. */
  | {status: "unavailable"};

/**
 * The problem with an inspection's decision_id, or null: when set, it must name an accepted decision
 * of case_type frequency dated on or after the inspection. A reference to a decision that was set
 * aside sets the inspection aside too (naming the decision's line). When decisions.csv could not be
 * read at all, nothing can be checked and nothing is set aside: the inspections are not wrong, and
 * the reader warns that their references went unchecked.
 */
export function inspectionReferenceProblem(row: InspectionRow, line: number, file: string, lookup: (decisionId: string) => DecisionLookup): RuleProblem | null {
  const id = row.decision_id;
  if (id === null) return null;
  const found = lookup(id);
  const problem = (reason: string, rule: string): RuleProblem => ruleProblem(file, line, "decision_id", id, reason, `decision_id: ${rule}`);
  switch (found.status) {
    case "unavailable":
      return null;
    case "missing":
      return problem(`refers to decision ${id}, which is not in decisions.csv`, "refers to a decision not in decisions.csv");
    case "set-aside":
      return problem(`refers to decision ${id} that was set aside (decisions.csv line ${found.line})`, "refers to a decision that was set aside");
    case "accepted":
      if (found.case_type !== "frequency") return problem(`refers to decision ${id} of case type ${found.case_type}, not frequency`, "refers to a decision outside frequency supervision");
      if (found.decision_date < row.inspection_date) return problem(`refers to decision ${id} dated ${found.decision_date}, before the inspection (${row.inspection_date})`, "refers to a decision dated before the inspection");
      return null;
  }
}
