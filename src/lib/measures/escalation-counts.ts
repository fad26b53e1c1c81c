/**
 * Stage (a) of the escalation measures, `escalationCounts`: decision rows → counts. Within a case (decisions by date,
 * then id; prosecution reports, beside the ladder, skipped) every decision that demands something (rungs 3–6:
 * report-back requests, injunctions, injunctions with a fine, fines imposed) is followed by the next decision: a repeat
 * at the same rung, a step up, a step down or a closure (final decision or decision without deficiencies). Moves are
 * counted per decision-maker, department, type of operation, case type and tertial of the later decision (who chose the
 * move, and when). Beside them: one episode per case (first demanding decision → first step up or closure, with dates,
 * for Kaplan–Meier) and one spell per demanding decision (from its date until the case's next decision, for stalled
 * cases at any date and threshold). Pure: no DOM, no node:*.
 */
import {DECISION_TYPES, type CaseType, type DecisionType, type Department, type OperationType} from "../extract/codes.js";
import type {DecisionRow} from "../extract/decision-row.js";
import {isInPeriod} from "../period.js";
import {tertialInWindow, tertialKey, type Window} from "../period.js";
import {compareText, level} from "./counts.js";
import {isClosing, isDemanding, moveKind, rungOf, type MoveKind} from "./escalation-ladder.js";

/** Moves of one kind between two decision types, per decision-maker × department × type of operation × case type × tertial. */
export interface EscalationMoveRow {
  /** Decision-maker and department of the later decision (who chose the move). */
  decisionMaker: string;
  department: Department;
  operation_type: OperationType;
  case_type: CaseType;
  /** Tertial of the later decision, "2023T2". */
  tertial: string;
  from: DecisionType;
  to: DecisionType;
  kind: MoveKind;
  /** For a step up: decisions at the same rung directly before it, less one (RB1, RB2, injunction → 1); null otherwise. */
  repeatsBefore: number | null;
  count: number;
}

/** A case from its first demanding decision to its first step up or closure (null: neither yet, in all the data). */
export interface EscalationEpisodeRow {
  /** Department, type of operation and case type of the first demanding decision. */
  department: Department;
  operation_type: OperationType;
  case_type: CaseType;
  start: string;
  end: string | null;
  outcome: "escalated" | "closed" | null;
}

/** A demanding decision of an open case, from its date until the case's next decision (null: none in the data). */
export interface DemandingSpellRow {
  /** The operation's pseudonym (the case's diary number stays out of every output of this measure). */
  operation_id: string;
  decisionMaker: string;
  department: Department;
  operation_type: OperationType;
  case_type: CaseType;
  decision: DecisionType;
  from: string;
  until: string | null;
}

/** Stage (a) of the escalation measures. */
export interface EscalationCounts {
  moves: EscalationMoveRow[];
  episodes: EscalationEpisodeRow[];
  spells: DemandingSpellRow[];
}

function byDateThenId(a: DecisionRow, b: DecisionRow): number {
  return a.decision_date < b.decision_date ? -1 : a.decision_date > b.decision_date ? 1 : a.decision_id < b.decision_id ? -1 : a.decision_id > b.decision_id ? 1 : 0;
}

/**
 * Stage (a). Moves whose later decision lies in `window` (all when omitted); episodes and spells of every case, with
 * their dates, so that stage (b) can censor and judge them at any date. Decisions are grouped by case and sorted by date,
 * then id; rows come sorted.
 */
export function escalationCounts(decisions: Iterable<DecisionRow>, window?: Window): EscalationCounts {
  const rows: readonly DecisionRow[] = Array.isArray(decisions) ? decisions : [...decisions];
  // Cases numbered as first met, and the rows of each found by a counting sort: no array per case (most cases hold one
  // decision, and a million rows made a million small arrays).
  const caseNumber = new Map<string, number>();
  const caseIds: string[] = [];
  const caseOf = new Int32Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const d = rows[r]!;
    if (d.decision_type === "prosecution_report") {
      caseOf[r] = -1;
      continue;
    }
    let c = caseNumber.get(d.case_id);
    if (c === undefined) {
      c = caseIds.length;
      caseNumber.set(d.case_id, c);
      caseIds.push(d.case_id);
    }
    caseOf[r] = c;
  }
  const starts = new Int32Array(caseIds.length + 1);
  for (let r = 0; r < rows.length; r++) if (caseOf[r]! >= 0) starts[caseOf[r]! + 1]! += 1;
  for (let c = 0; c < caseIds.length; c++) starts[c + 1]! += starts[c]!;
  const order = new Int32Array(starts[caseIds.length]!);
  const fillAt = starts.slice(0, caseIds.length);
  for (let r = 0; r < rows.length; r++) {
    const c = caseOf[r]!;
    if (c >= 0) order[fillAt[c]!++] = r;
  }
  const caseOrder = Array.from({length: caseIds.length}, (_, c) => c).sort((a, b) => compareText(caseIds[a]!, caseIds[b]!));
  /** The decisions of the case at hand, in file order, then by date and id (one array, reused for every case). */
  const seq: DecisionRow[] = [];
  const moves: MoveLevels = new Map();
  const moveRows: EscalationMoveRow[] = [];
  const tertialOfDate = new Map<string, string>();
  const episodes: EscalationEpisodeRow[] = [];
  const spells: DemandingSpellRow[] = [];
  for (const c of caseOrder) {
    seq.length = 0;
    for (let k = starts[c]!; k < starts[c + 1]!; k++) seq.push(rows[order[k]!]!);
    if (seq.length > 1) seq.sort(byDateThenId);
    let start = -1;
    let finalSeen = false;
    let episode: EscalationEpisodeRow | null = null;
    for (let i = 0; i < seq.length; i++) {
      const d = seq[i]!;
      const next = seq[i + 1];
      if (episode && episode.end === null && i > start) {
        const prev = seq[i - 1]!;
        const kind = isClosing(d.decision_type) ? "closed" : isDemanding(prev.decision_type) ? moveKind(prev.decision_type, d.decision_type) : null;
        if (kind === "closed" || kind === "step-up") {
          episode.end = d.decision_date;
          episode.outcome = kind === "closed" ? "closed" : "escalated";
        }
      }
      if (isDemanding(d.decision_type)) {
        if (start < 0) {
          start = i;
          episode = {department: d.department, operation_type: d.operation_type, case_type: d.case_type, start: d.decision_date, end: null, outcome: null};
          episodes.push(episode);
        }
        if (!finalSeen) {
          spells.push({operation_id: d.operation_id, decisionMaker: d.decision_maker, department: d.department, operation_type: d.operation_type, case_type: d.case_type, decision: d.decision_type, from: d.decision_date, until: next?.decision_date ?? null});
        }
        if (next && (!window || isInPeriod(next.decision_date, window))) {
          const kind = moveKind(d.decision_type, next.decision_type);
          let repeatsBefore: number | null = null;
          if (kind === "step-up") {
            const rung = rungOf(d.decision_type);
            let run = 0;
            for (let j = i; j >= 0 && rungOf(seq[j]!.decision_type) === rung; j--) run += 1;
            repeatsBefore = run - 1;
          }
          let tertial = tertialOfDate.get(next.decision_date);
          if (tertial === undefined) tertialOfDate.set(next.decision_date, (tertial = tertialKey(next.decision_date)));
          // Field by field (no key string per move): decision-maker … tertial, then the pair of types and the repeats as one number.
          const byMove = level(level(level(level(level(moves, next.decision_maker), next.department), next.operation_type), next.case_type), tertial);
          const moveKey = (TYPE_INDEX.get(d.decision_type)! * TYPE_COUNT + TYPE_INDEX.get(next.decision_type)!) * 1024 + (repeatsBefore ?? -1) + 1;
          const row = byMove.get(moveKey);
          if (row) row.count += 1;
          else {
            const created: EscalationMoveRow = {decisionMaker: next.decision_maker, department: next.department, operation_type: next.operation_type, case_type: next.case_type, tertial, from: d.decision_type, to: next.decision_type, kind, repeatsBefore, count: 1};
            byMove.set(moveKey, created);
            moveRows.push(created);
          }
        }
      }
      if (d.decision_type === "final") finalSeen = true;
    }
  }
  return {moves: moveRows.sort(compareMoves), episodes, spells};
}

/** Moves counted field by field: decision-maker → department → type of operation → case type → tertial → (types, repeats). */
type MoveLevels = Map<string, Map<string, Map<string, Map<string, Map<string, Map<number, EscalationMoveRow>>>>>>;

const TYPE_INDEX = new Map<string, number>(DECISION_TYPES.map((t, i) => [t.code, i]));
const TYPE_COUNT = DECISION_TYPES.length;

/** The order of the moves: by decision-maker, department, type of operation, case type, tertial, from, to, repeats (as text). */
function compareMoves(a: EscalationMoveRow, b: EscalationMoveRow): number {
  return (
    compareText(a.decisionMaker, b.decisionMaker) ||
    compareText(a.department, b.department) ||
    compareText(a.operation_type, b.operation_type) ||
    compareText(a.case_type, b.case_type) ||
    compareText(a.tertial, b.tertial) ||
    compareText(a.from, b.from) ||
    compareText(a.to, b.to) ||
    compareText(String(a.repeatsBefore ?? ""), String(b.repeatsBefore ?? ""))
  );
}

/** The counts of a window: from decision rows any window; from a data loader's tertial counts, whole tertials. */
export type EscalationCountsInWindow = (window: Window) => EscalationCounts;

export function escalationCountsFromDecisions(decisions: readonly DecisionRow[]): EscalationCountsInWindow {
  return (window) => escalationCounts(decisions, window);
}

export function escalationCountsFromTertials(counts: EscalationCounts): EscalationCountsInWindow {
  return (window) => ({moves: counts.moves.filter((m) => tertialInWindow(m.tertial, window)), episodes: counts.episodes, spells: counts.spells});
}
