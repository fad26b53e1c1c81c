/**
 * A problem found by a validation rule, carrying the rule's short name so that rows set aside can be
 * counted per reason even when the reasons themselves name lines, ids or dates.
 */
import type {Problem} from "../problem.js";

export interface RuleProblem extends Problem {
  /** Short, stable name of the rule, e.g. "decision_date: not a date (YYYY-MM-DD)" or "impossible order". */
  readonly rule: string;
}

/**
 * A rule problem at `file:line` in `column`. `rule` defaults to "column: reason" (or the reason alone
 * for a whole-row problem); give it explicitly when the reason names specifics (lines, ids, dates).
 */
export function ruleProblem(file: string, line: number, column: string | null, value: string | null, reason: string, rule?: string): RuleProblem {
  return {file, line, column, value, reason, rule: rule ?? (column === null ? reason : `${column}: ${reason}`)};
}

/** The plain `Problem` of a rule problem (the rule name dropped), for reports and messages. */
export function toProblem(p: Problem): Problem {
  return {file: p.file, line: p.line, column: p.column, value: p.value, reason: p.reason};
}

/** The rule a problem counts under: its `rule` when it has one, else "column: reason" (or the reason). */
export function ruleOf(p: Problem): string {
  const rule = (p as Partial<RuleProblem>).rule;
  if (typeof rule === "string") return rule;
  return p.column === null ? p.reason : `${p.column}: ${p.reason}`;
}
