/**
 * Escalation ladders, counted from decision rows as docs/methods.md ("Escalation") and the data dictionary (the
 * rungs) define them: each case's decisions by date, then id, prosecution reports skipped; every decision that demands
 * something (rungs 3–6) is followed by the case's next decision, a repeat (same rung), a step up, a step down or a
 * closure (`final` or `no_deficiencies`).
 */
import type {CsvRow} from "./read-sample.js";

/** The ladder's rungs, mildest first (domain.md, "Escalation ladders"); `final` closes a case and has no rung. */
export const RUNG: Record<string, number> = {
  no_deficiencies: 1,
  criticism: 2,
  report_back_1: 3,
  report_back_2: 3,
  report_back_3: 3,
  injunction: 4,
  injunction_with_fine: 5,
  fine_imposed: 6,
  prohibition: 7,
  licence_revoked: 7
};

/** Whether a decision demands something of the provider (rungs 3–6). */
function demands(type: string): boolean {
  const r = RUNG[type];
  return r !== undefined && r >= 3 && r <= 6;
}

export type MoveKind = "repeat" | "step-up" | "step-down" | "closed";

/** One move, attributed to the later decision (who chose it, and when). */
export interface Move {
  decisionMaker: string;
  department: string;
  operation_type: string;
  case_type: string;
  date: string;
  from: string;
  to: string;
  rung: number;
  kind: MoveKind;
}

/** One case from its first demanding decision to its first step up or closure (none yet: end and outcome null). */
export interface Episode {
  department: string;
  operation_type: string;
  case_type: string;
  start: string;
  end: string | null;
  outcome: "escalated" | "closed" | null;
}

function kindOf(from: string, to: string): MoveKind {
  if (to === "final" || to === "no_deficiencies") return "closed";
  const [a, b] = [RUNG[from]!, RUNG[to]!];
  return b === a ? "repeat" : b > a ? "step-up" : "step-down";
}

/** Every move and episode of the decision rows. */
export function ladders(rows: readonly CsvRow[]): {moves: Move[]; episodes: Episode[]} {
  const cases = new Map<string, CsvRow[]>();
  for (const r of rows) {
    if (r.decision_type === "prosecution_report") continue;
    cases.set(r.case_id!, [...(cases.get(r.case_id!) ?? []), r]);
  }
  const moves: Move[] = [];
  const episodes: Episode[] = [];
  for (const decisions of cases.values()) {
    decisions.sort((a, b) => (a.decision_date! < b.decision_date! ? -1 : a.decision_date! > b.decision_date! ? 1 : a.decision_id! < b.decision_id! ? -1 : 1));
    let episode: Episode | null = null;
    for (let i = 0; i < decisions.length; i++) {
      const d = decisions[i]!;
      const next = decisions[i + 1];
      if (demands(d.decision_type!) && episode === null) {
        episode = {department: d.department!, operation_type: d.operation_type!, case_type: d.case_type!, start: d.decision_date!, end: null, outcome: null};
        episodes.push(episode);
      }
      if (!demands(d.decision_type!) || next === undefined) continue;
      const kind = kindOf(d.decision_type!, next.decision_type!);
      moves.push({decisionMaker: next.decision_maker!, department: next.department!, operation_type: next.operation_type!, case_type: next.case_type!, date: next.decision_date!, from: d.decision_type!, to: next.decision_type!, rung: RUNG[d.decision_type!]!, kind});
      if (episode!.outcome === null && (kind === "step-up" || kind === "closed")) {
        episode!.end = next.decision_date!;
        episode!.outcome = kind === "closed" ? "closed" : "escalated";
      }
    }
  }
  return {moves, episodes};
}
