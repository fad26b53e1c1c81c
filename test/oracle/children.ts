/**
 * Child conversations, counted as docs/methods.md defines them ("Child conversations"): an inspection in the period is
 * one inspected home; the flagged measure counts homes with a child placed (n) and, among them, homes where a child was
 * spoken with (events), stratum type of home; the summary (docs/analyze-json.md, "Summaries") counts every inspected
 * home. Works on cells of homes, so that the CSV's inspections (one home each) and a counts file's rows count alike.
 */
import type {CsvRow} from "./read-sample.js";
import type {Case, Cell} from "./tally.js";

const REASONS = ["no_child_present", "all_declined", "not_offered", "other"];

/** Homes of one department, team and type of home, with the figures the measure counts. */
export interface HomeCell {
  department: string;
  team: string;
  home_type: string;
  inspectedHomes: number;
  homesWithConversation: number;
  homesWithChildPresent: number;
  homesWithChildPresentAndConversation: number;
  childrenPlaced: number;
  childrenAgreed: number;
  childrenSpoken: number;
  reasons: Record<string, number>;
}

/** One inspection as a cell of one home. */
export function homeCell(r: CsvRow): HomeCell {
  const [placed, spoken] = [Number(r.children_placed), Number(r.children_spoken)];
  const reasons = Object.fromEntries(REASONS.map((k) => [k, 0]));
  // A home where no child was spoken with counts under its recorded reason.
  if (spoken === 0) reasons[r.no_conversation_reason!] = 1;
  return {
    department: r.department!,
    team: r.team!,
    home_type: r.home_type!,
    inspectedHomes: 1,
    homesWithConversation: spoken > 0 ? 1 : 0,
    homesWithChildPresent: placed > 0 ? 1 : 0,
    homesWithChildPresentAndConversation: placed > 0 && spoken > 0 ? 1 : 0,
    childrenPlaced: placed,
    childrenAgreed: Number(r.children_agreed),
    childrenSpoken: spoken,
    reasons
  };
}

/** The flagged measure's cells per department or team: homes with a child present, events those with a conversation. */
export function conversationCases(cells: readonly HomeCell[], unit: "department" | "team"): (Omit<Case, "event"> & Cell)[] {
  return cells.map((c) => ({unit: c[unit], stratum: c.home_type, n: c.homesWithChildPresent, events: c.homesWithChildPresentAndConversation})).filter((c) => c.n > 0);
}

/** The summary figures of each unit (department, team, or "total" over every cell), sorted by unit. */
export function conversationSummaries(cells: readonly HomeCell[], unit: "department" | "team" | "total"): Record<string, unknown>[] {
  const out = new Map<string, Record<string, number | string | Record<string, number>>>();
  for (const c of cells) {
    const key = unit === "total" ? "total" : c[unit];
    const s = out.get(key) ?? {unit: key, inspectedHomes: 0, homesWithConversation: 0, homesWithChildPresent: 0, childrenPlaced: 0, childrenAgreed: 0, childrenSpoken: 0, reasons: Object.fromEntries(REASONS.map((k) => [k, 0]))};
    for (const k of ["inspectedHomes", "homesWithConversation", "homesWithChildPresent", "childrenPlaced", "childrenAgreed", "childrenSpoken"] as const) (s[k] as number) += c[k];
    for (const k of REASONS) (s.reasons as Record<string, number>)[k]! += c.reasons[k] ?? 0;
    out.set(key, s);
  }
  return [...out.values()].sort((a, b) => (a.unit! < b.unit! ? -1 : 1));
}
