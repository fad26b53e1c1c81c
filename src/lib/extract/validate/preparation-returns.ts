/** The rule between items of the operational meeting (preparations.csv → preparations.csv). */
import type {PreparationRow} from "../preparation-row.js";
import {ruleProblem, type RuleProblem} from "./rule-problem.js";

/**
 * The items to set aside, by index into `rows` (whose lines are `lines`), with why: returns_from, when
 * set, must name an accepted item of the same file with outcome sent_back presented on an earlier day.
 * `setAside` maps the ids of items set aside before (row rules) to their lines; an item referring to
 * a set-aside item is set aside too, and so on along the chain.
 */
export function preparationReturnProblems(rows: readonly PreparationRow[], lines: readonly number[], file: string, setAside: ReadonlyMap<string, number>): Map<number, RuleProblem[]> {
  const out = new Map<number, RuleProblem[]>();
  const indexOf = new Map<string, number>();
  rows.forEach((row, i) => indexOf.set(row.item_id, i));
  const removed = new Map<string, number>(setAside);
  const referrers = new Map<string, number[]>();
  const problem = (i: number, reason: string, rule: string): void => {
    const row = rows[i]!;
    out.set(i, [ruleProblem(file, lines[i]!, "returns_from", row.returns_from, reason, `returns_from: ${rule}`)]);
    removed.set(row.item_id, lines[i]!);
  };

  rows.forEach((row, i) => {
    const target = row.returns_from;
    if (target === null) return;
    const t = indexOf.get(target);
    if (t === undefined) {
      const line = removed.get(target);
      if (line !== undefined) problem(i, `refers to item ${target} that was set aside (line ${line})`, "refers to an item that was set aside");
      else problem(i, `refers to item ${target}, which is not in ${file}`, "refers to an item not in the file");
      return;
    }
    const earlier = rows[t]!;
    if (earlier.outcome !== "sent_back") problem(i, `refers to item ${target}, which was not sent back (outcome ${earlier.outcome})`, "refers to an item not sent back");
    else if (earlier.presented_date >= row.presented_date) problem(i, `refers to item ${target} presented ${earlier.presented_date}, not before this one (${row.presented_date})`, "refers to an item not presented earlier");
    else {
      const list = referrers.get(target);
      if (list) list.push(i);
      else referrers.set(target, [i]);
    }
  });

  // Follow the chains: an item that returns from a set-aside item goes too.
  const queue = [...out.keys()].map((i) => rows[i]!.item_id);
  while (queue.length > 0) {
    const id = queue.pop()!;
    for (const i of referrers.get(id) ?? []) {
      if (out.has(i)) continue;
      problem(i, `refers to item ${id} that was set aside (line ${removed.get(id)!})`, "refers to an item that was set aside");
      queue.push(rows[i]!.item_id);
    }
  }
  return out;
}
