/**
 * The rules across the decisions of one case (decisions.csv): decisions of a case share operation,
 * case type and national area; the escalation ladder is climbed in a possible order; nothing is
 * decided after the case's final decision. Applied to the decisions accepted row by row.
 */
import type {DecisionRow} from "../decision-row.js";
import {ruleProblem, type RuleProblem} from "./rule-problem.js";
import {StringIndex} from "./string-index.js";

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
  // Group the rows by case (cases numbered in order of first appearance), then list each case's rows
  // in file order with a counting sort: one map lookup per row, no array per case.
  const n = rows.length;
  const caseNumber = new StringIndex(n);
  const groupOf = new Int32Array(n);
  /** The row where each case first appears, by case number. */
  const firstRow: number[] = [];
  for (let i = 0; i < n; i++) {
    const id = rows[i]!.case_id;
    let g = caseNumber.get(id);
    if (g < 0) {
      g = firstRow.length;
      caseNumber.set(id, g);
      firstRow.push(i);
    }
    groupOf[i] = g;
  }
  const groups = firstRow.length;
  const startOf = new Int32Array(groups + 1);
  for (let i = 0; i < n; i++) startOf[groupOf[i]! + 1]!++;
  for (let g = 0; g < groups; g++) startOf[g + 1]! += startOf[g]!;
  const order = new Int32Array(n);
  const fill = startOf.slice(0, groups);
  for (let i = 0; i < n; i++) order[fill[groupOf[i]!]!++] = i;

  const byDate = (a: number, b: number): number => {
    const da = rows[a]!.decision_date;
    const db = rows[b]!.decision_date;
    // ISO dates (validated): their text order is their date order.
    return da < db ? -1 : da > db ? 1 : lines[a]! - lines[b]!;
  };
  const remaining: number[] = [];
  for (let g = 0; g < groups; g++) {
    const caseId = rows[firstRow[g]!]!.case_id;
    const from = startOf[g]!;
    const to = startOf[g + 1]!;
    if (to - from === 1) {
      // One decision: only a rung that needs an earlier one can be wrong.
      const i = order[from]!;
      const needs = needsOf(rows[i]!.decision_type);
      if (needs !== undefined) add(i, missingRung(file, lines[i]!, rows[i]!.decision_type, needs, caseId, setAsideCases));
      continue;
    }
    // (1) One operation, case type and national area per case: the first decision in the file decides.
    const firstIndex = order[from]!;
    const first = rows[firstIndex]!;
    const firstLine = lines[firstIndex]!;
    remaining.length = 0;
    for (let k = from; k < to; k++) {
      const i = order[k]!;
      const row = rows[i]!;
      let differs: (typeof SHARED_COLUMNS)[number] | undefined;
      for (const c of SHARED_COLUMNS) {
        if (row[c] !== first[c]) {
          differs = c;
          break;
        }
      }
      if (differs === undefined) {
        remaining.push(i);
        continue;
      }
      add(i, ruleProblem(file, lines[i]!, differs, row[differs] ?? "", `case ${caseId} has ${differs} '${first[differs] ?? ""}' on line ${firstLine}`, `${differs}: differs between decisions of one case`));
    }

    // (2) Nothing after the final decision (the earliest one, when there are several).
    remaining.sort(byDate);
    let finalIndex = -1;
    for (const i of remaining) {
      if (rows[i]!.decision_type === "final") {
        finalIndex = i;
        break;
      }
    }
    if (finalIndex >= 0) {
      const finalDate = rows[finalIndex]!.decision_date;
      let kept = 0;
      for (const i of remaining) {
        const row = rows[i]!;
        if (row.decision_date <= finalDate) remaining[kept++] = i;
        else add(i, ruleProblem(file, lines[i]!, "decision_date", row.decision_date, `dated after the final decision of case ${caseId} (${finalDate}, line ${lines[finalIndex]!})`, "decision_date: after the case's final decision"));
      }
      remaining.length = kept;
    }

    // (3) Impossible order; each prerequisite is judged after the rung it depends on.
    for (const {type, needs} of PREREQUISITES) {
      let since: string | null = null;
      for (const i of remaining) {
        if (rows[i]!.decision_type === needs) {
          since = rows[i]!.decision_date;
          break;
        }
      }
      let kept = 0;
      for (const i of remaining) {
        const row = rows[i]!;
        if (row.decision_type !== type || (since !== null && since <= row.decision_date)) remaining[kept++] = i;
        else add(i, missingRung(file, lines[i]!, type, needs, caseId, setAsideCases));
      }
      remaining.length = kept;
    }
  }
  return out;
}

/** The rung a decision type needs before it, or undefined. */
function needsOf(type: string): string | undefined {
  for (const p of PREREQUISITES) if (p.type === type) return p.needs;
  return undefined;
}

/** The problem of a `type` decision with no accepted `needs` decision of its case dated on or before it. */
function missingRung(file: string, line: number, type: string, needs: string, caseId: string, setAsideCases: ReadonlyMap<string, number>): RuleProblem {
  const damaged = setAsideCases.get(caseId);
  return damaged === undefined
    ? ruleProblem(file, line, "decision_type", type, `impossible order: no accepted ${needs} of case ${caseId} dated on or before it`, "decision_type: impossible order")
    : ruleProblem(file, line, "decision_type", type, `no accepted ${needs} of case ${caseId} dated on or before it; the case's row on line ${damaged} was set aside and may be that ${needs}`, "decision_type: needs a decision that was set aside", "needs-set-aside-decision");
}
