import {echo} from "../privacy/echo.js";
import {maskPersonalIdentityNumbers, maskValue} from "../privacy/personal-identity-number.js";

/** One thing wrong with an input file, located precisely enough for a person to find and fix it. */
export interface Problem {
  /** File name as given to the reader (no directory of the machine that read it). */
  readonly file: string;
  /** 1-based physical line where the row starts; 1 is the header. */
  readonly line: number;
  /** Canonical column name, or null when the problem concerns the whole row or file. */
  readonly column: string | null;
  /** The offending value, already masked if it could be personal data. */
  readonly value: string | null;
  /** Plain-language reason, in English (the UI translates codes, not reasons). */
  readonly reason: string;
  /**
   * Stable machine code of the reason (kebab-case, e.g. "field-count", "not-a-date"), never built from
   * the file's content: what pages count and translate. See docs/check.md for the list. Every problem
   * the reader reports carries one (optional in the type only for hand-made problems in tests).
   */
  readonly code?: string;
}

/** "decisions.csv:12, column decision_date: not a date (YYYY-MM-DD): '2023-13-01'" */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}${p.column ? `, column ${p.column}` : ""}`;
  const value = p.value === null ? "" : `: '${echo(p.value, 60)}'`;
  return echo(`${where}: ${p.reason}`, 1000) + value;
}

/** A problem with its file name, value and reason masked, ready for any output (screen, log, quarantine). */
export function maskProblem(problem: Problem): Problem {
  return {
    ...problem,
    file: maskPersonalIdentityNumbers(problem.file),
    value: maskValue(problem.value),
    reason: maskPersonalIdentityNumbers(problem.reason)
  };
}

/** A failure that stops reading a file: the message is the user's answer, not a stack trace. */
export class ExtractError extends Error {
  /** For a field that grew too long inside quotes: the line where that quote opened (it may never close). */
  quoteLine?: number;
  constructor(message: string, readonly problem?: Problem) {
    super(message);
    this.name = "ExtractError";
  }
}
