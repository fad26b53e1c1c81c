/** Hand-made count rows of child conversations for tests (stage (a)'s shape). */
import type {Department, HomeType} from "../../../src/lib/extract/codes.js";
import type {ChildConversationCountRow} from "../../../src/lib/measures/child-conversations.js";

export interface RowSpec {
  department: Department;
  team?: string;
  home_type?: HomeType;
  /** "2023-05". */
  month: string;
  /** Homes with a child present, and those with a conversation. */
  present: number;
  spoken: number;
  /** Homes with no child placed (no conversation). */
  empty?: number;
  /** Homes where a child agreed, and those with a conversation (default: the homes spoken with, all of them). */
  agreed?: number;
  agreedSpoken?: number;
}

export function countRow(s: RowSpec): ChildConversationCountRow {
  const m = Number(s.month.slice(5, 7));
  const empty = s.empty ?? 0;
  const notSpoken = s.present - s.spoken;
  return {
    department: s.department,
    team: s.team ?? `${s.department}-1`,
    home_type: s.home_type ?? "hvb",
    tertial: `${s.month.slice(0, 4)}T${m <= 4 ? 1 : m <= 8 ? 2 : 3}`,
    month: s.month,
    inspectedHomes: s.present + empty,
    homesWithConversation: s.spoken,
    homesWithChildPresent: s.present,
    homesWithChildPresentAndConversation: s.spoken,
    homesWithChildAgreed: s.agreed ?? s.spoken,
    homesWithChildAgreedAndConversation: s.agreedSpoken ?? s.spoken,
    childrenPlaced: 3 * s.present,
    childrenAgreed: 2 * s.spoken,
    childrenSpoken: 2 * s.spoken,
    reasons: {no_child_present: empty, all_declined: notSpoken, not_offered: 0, other: 0}
  };
}

/** Every month from `from` ("2021-01") for `count` months. */
export function months(from: string, count: number): string[] {
  const [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  return Array.from({length: count}, (_, i) => {
    const k = y * 12 + (m - 1) + i;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`;
  });
}
