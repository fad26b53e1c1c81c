/**
 * The decision measures' definitions the oracle counts by (docs/methods.md, "Decisions without deficiencies",
 * "Delegation", "Filtered views").
 */

/** The decision types that are a fresh judgement of whether there are deficiencies: the cases of decisions without deficiencies. */
export const FRESH_JUDGEMENTS = ["no_deficiencies", "criticism", "report_back_1", "injunction", "injunction_with_fine", "prohibition", "licence_revoked"];

/** The event of decisions without deficiencies. */
export const WITHOUT_DEFICIENCIES = "no_deficiencies";

/** The event of delegation: the decision was taken by an inspector with delegated authority. */
export const DELEGATED = "inspector_delegated";

/**
 * The department of each decision-maker: where most of their cases were decided (each row weighs `n` cases). A tie is
 * reported as "tie:a|b", so that it cannot match a department by accident.
 */
export function departmentOfDecisionMakers(rows: readonly {decision_maker: string; department: string; n: number}[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const m = counts.get(r.decision_maker) ?? new Map<string, number>();
    m.set(r.department, (m.get(r.department) ?? 0) + r.n);
    counts.set(r.decision_maker, m);
  }
  const out = new Map<string, string>();
  for (const [dm, m] of counts) {
    const top = Math.max(...m.values());
    const best = [...m].filter(([, n]) => n === top).map(([d]) => d).sort();
    out.set(dm, best.length === 1 ? best[0]! : `tie:${best.join("|")}`);
  }
  return out;
}
