/**
 * The escalation ladder (eskaleringstrappa): the rung of each decision type (src/lib/extract/codes.ts), which decisions
 * demand something of the provider or close a case, and what the move from a demanding decision to the next one is.
 * The rules every escalation count and summary is built on (docs/methods.md, "Escalation").
 */
import {DECISION_TYPES, type DecisionType} from "../extract/codes.js";

const RUNG = new Map<string, number | null>(DECISION_TYPES.map((t) => [t.code, t.rung]));

/** Rung of a decision type on the ladder (1–7), or null beside it (prosecution report, final decision). */
export function rungOf(type: DecisionType): number | null {
  return RUNG.get(type) ?? null;
}

/** True for decisions that demand something of the provider (rungs 3–6), after which deficiencies can persist. */
export function isDemanding(type: DecisionType): boolean {
  const rung = rungOf(type);
  return rung !== null && rung >= 3 && rung <= 6;
}

/** True for decisions that close a case's ladder (final decision, decision without deficiencies). */
export function isClosing(type: DecisionType): boolean {
  return type === "final" || type === "no_deficiencies";
}

export type MoveKind = "repeat" | "step-up" | "step-down" | "closed";

/** What the move from a demanding decision to the next one is. */
export function moveKind(from: DecisionType, to: DecisionType): MoveKind {
  if (isClosing(to)) return "closed";
  const a = rungOf(from)!;
  const b = rungOf(to)!;
  return b === a ? "repeat" : b > a ? "step-up" : "step-down";
}
