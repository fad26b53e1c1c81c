/**
 * The rules across the decisions of one case (decisions.csv): decisions of a case share operation,
 * case type and national area; the escalation ladder is climbed in a possible order; nothing is
 * decided after the case's final decision. Applied to the decisions accepted row by row.
 */
import type {DecisionRow} from "../decision-row.js";
import {ruleProblem, type RuleProblem} from "./rule-problem.js";

/** Decision types that need an earlier-or-same-day decision of another type in the same case. */
export const PREREQUISITES: readonly {readonly type: string; readonly needs: string}[] = [
  {type: "report_back_2", needs: "report_back_1"},
  {type: "report_back_3", needs: "report_back_2"},
  {type: "fine_imposed", needs: "injunction_with_fine"}
];

const SHARED_COLUMNS = ["operation_id", "case_type", "national_area"] as const;

/**
 * The decisions to set aside, by index into `rows` (whose lines are `lines`), with why. In order:
 * (1) a decision that differs from the case's first accepted decision (file order) in operation_id,
 * case_type or national_area; (2) a decision dated after the case's earliest final decision;
 * (3) report_back_2 without a report_back_1 dated on or before it, report_back_3 without such a
 * report_back_2, fine_imposed without such an injunction_with_fine ("impossible order"), judged among
 * the decisions still accepted, so a set-aside rung takes the rungs that need it along.
 * `setAsideCases` (case id → line of a row of that case set aside row by row) explains such collateral:
 * the reason then names the line whose damage may have hidden the missing rung.
 */
export function decisionCaseProblems(rows: readonly DecisionRow[], lines: readonly number[], file: string, setAsideCases: ReadonlyMap<string, number> = new Map()): Map<number, RuleProblem[]> {
  const out = new Map<number, RuleProblem[]>();
  const add = (index: number, problem: RuleProblem): void => {
    const list = out.get(index);
    if (list) list.push(problem);
    else out.set(index, [problem]);
  };
  const byCase = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const list = byCase.get(row.case_id);
    if (list) list.push(i);
    else byCase.set(row.case_id, [i]);
  });

  for (const [caseId, indices] of byCase) {
    // (1) One operation, case type and national area per case: the first decision in the file decides.
    const first = rows[indices[0]!]!;
    const firstLine = lines[indices[0]!]!;
    let remaining: number[] = [];
    for (const i of indices) {
      const row = rows[i]!;
      const differs = SHARED_COLUMNS.find((c) => row[c] !== first[c]);
      if (differs === undefined) {
        remaining.push(i);
        continue;
      }
      add(i, ruleProblem(file, lines[i]!, differs, row[differs] ?? "", `case ${caseId} has ${differs} '${first[differs] ?? ""}' on line ${firstLine}`, `${differs}: differs between decisions of one case`));
    }

    // (2) Nothing after the final decision (the earliest one, when there are several).
    const byDate = (a: number, b: number): number => rows[a]!.decision_date.localeCompare(rows[b]!.decision_date) || lines[a]! - lines[b]!;
    remaining.sort(byDate);
    const finalIndex = remaining.find((i) => rows[i]!.decision_type === "final");
    if (finalIndex !== undefined) {
      const finalDate = rows[finalIndex]!.decision_date;
      remaining = remaining.filter((i) => {
        const row = rows[i]!;
        if (row.decision_date <= finalDate) return true;
        add(i, ruleProblem(file, lines[i]!, "decision_date", row.decision_date, `dated after the final decision of case ${caseId} (${finalDate}, line ${lines[finalIndex]!})`, "decision_date: after the case's final decision"));
        return false;
      });
    }

    // (3) Impossible order; each prerequisite is judged after the rung it depends on.
    for (const {type, needs} of PREREQUISITES) {
      const earliestNeeded = remaining.find((i) => rows[i]!.decision_type === needs);
      const since = earliestNeeded === undefined ? null : rows[earliestNeeded]!.decision_date;
      remaining = remaining.filter((i) => {
        const row = rows[i]!;
        if (row.decision_type !== type || (since !== null && since <= row.decision_date)) return true;
        const damaged = setAsideCases.get(caseId);
        add(
          i,
          damaged === undefined
            ? ruleProblem(file, lines[i]!, "decision_type", type, `impossible order: no accepted ${needs} of case ${caseId} dated on or before it`, "decision_type: impossible order")
            : ruleProblem(file, lines[i]!, "decision_type", type, `no accepted ${needs} of case ${caseId} dated on or before it; the case's row on line ${damaged} was set aside and may be that ${needs}`, "decision_type: needs a decision that was set aside", "needs-set-aside-decision")
        );
        return false;
      });
    }
  }
  return out;
}
