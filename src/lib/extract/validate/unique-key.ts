/** The unique-key rule of every extract: a key seen before sets the later row aside, naming the first line. */
import {ruleProblem, type RuleProblem} from "./rule-problem.js";
import {StringIndex} from "./string-index.js";

export interface KeyTracker {
  /**
   * Records `key` as seen on `line`; returns a problem when it was seen on an earlier line (that first
   * line keeps it), else null. Memory grows with the number of distinct keys.
   */
  see(key: string, line: number): RuleProblem | null;
  /** The line `key` was first seen on, or undefined. */
  firstLine(key: string): number | undefined;
}

/** A tracker of the values of key column `column` in `file`. */
export function createKeyTracker(file: string, column: string): KeyTracker {
  const firstLine = new StringIndex();
  return {
    see(key, line) {
      const first = firstLine.get(key);
      if (first >= 0) return ruleProblem(file, line, column, key, `duplicate id (first on line ${first})`, `${column}: duplicate id`);
      firstLine.set(key, line);
      return null;
    },
    firstLine(key) {
      const line = firstLine.get(key);
      return line < 0 ? undefined : line;
    }
  };
}
