/**
 * A problem found by a validation rule, carrying the rule's short name so that rows set aside can be
 * counted per reason even when the reasons themselves name lines, ids or dates.
 */
import type {Problem} from "../problem.js";

export interface RuleProblem extends Problem {
  /** Short, stable name of the rule, e.g. "decision_date: not a date (YYYY-MM-DD)" or "impossible order". */
  readonly rule: string;
  readonly code: string;
}

/** "decision_type: impossible order" → "impossible-order": a code from a rule name (fixed text, never a cell's content). */
export function codeOfRule(rule: string): string {
  const reason = rule.includes(": ") ? rule.slice(rule.indexOf(": ") + 2) : rule;
  return reason.toLowerCase().replace(/\([^)]*\)/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "invalid";
}

/**
 * A rule problem at `file:line` in `column`. `rule` defaults to "column: reason" (or the reason alone
 * for a whole-row problem); give it explicitly when the reason names specifics (lines, ids, dates).
 */
export function ruleProblem(file: string, line: number, column: string | null, value: string | null, reason: string, rule?: string, code?: string): RuleProblem {
  const name = rule ?? (column === null ? reason : `${column}: ${reason}`);
  return {file, line, column, value, reason, rule: name, code: code ?? codeOfRule(name)};
}

/** The plain `Problem` of a rule problem (the rule name dropped), for reports and messages. */
export function toProblem(p: Problem): Problem {
  return {file: p.file, line: p.line, column: p.column, value: p.value, reason: p.reason, code: p.code ?? codeOfRule(ruleOf(p))};
}

/** The rule a problem counts under: its `rule` when it has one, else "column: reason" (or the reason). */
export function ruleOf(p: Problem): string {
  const rule = (p as Partial<RuleProblem>).rule;
  if (typeof rule === "string") return rule;
  return p.column === null ? p.reason : `${p.column}: ${p.reason}`;
}
