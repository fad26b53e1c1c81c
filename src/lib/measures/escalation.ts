/**
 * Escalation ladders (eskaleringstrappa). Within a case, every decision that demands something (rungs 3–6: report-back
 * requests, injunctions, injunctions with a fine, fines imposed) is followed by the next decision (a prosecution report,
 * beside the ladder, is skipped). That next decision is a repeat at the same rung, a step up, a step down or a closure (final
 * decision or decision without deficiencies). A persisting deficiency is a repeat or a step up; the flagged measure is the
 * share of them met by a repeat. Moves are attributed to the decision-maker and department of the later decision and counted
 * when it is dated in the window; decisions after the window are ignored. Details in docs/methods.md.
 */
import {DECISION_TYPES, type CaseType, type DecisionType, type Department} from "../extract/codes.js";
import type {DecisionRow} from "../extract/decision-row.js";
import type {StratifiedCase} from "../flags/indirect-standardisation.js";
import {DEFAULT_FLAG_POLICY} from "../flags/policy.js";
import type {FlagPolicy} from "../flags/types.js";
import {daysBetween, isInPeriod} from "../period.js";
import {quantileType7} from "../stats/quantile.js";
import {runFlagMeasure, unitLabel, type FlagMeasureResult, type Window} from "./flag-measure.js";

export const ESCALATION_ID = "escalation-repeats";

/** A case counts as stalled when it is open and its last decision is more than this many days before the window ends. */
export const STALLED_AFTER_DAYS = 180;

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

export type MoveKind = "repeat" | "step-up" | "step-down" | "closed";

/** One move after a demanding decision. */
export interface EscalationMove {
  caseId: string;
  caseType: CaseType;
  from: DecisionType;
  to: DecisionType;
  kind: MoveKind;
  /** Decision-maker and department of the later decision (who chose the move). */
  decisionMaker: string;
  department: Department;
  date: string;
  /** Days between the two decisions. */
  days: number;
  /** For a step up: earlier decisions at the same rung directly before it, less one (RB1, RB2, injunction → 1). */
  repeatsBefore: number | null;
}

/** From a case's first demanding decision to its first step up or closure. */
export interface EscalationEpisode {
  caseId: string;
  outcome: "escalated" | "closed";
  days: number;
  decisionMaker: string;
  department: Department;
  date: string;
}

/** An open case with no decision for more than STALLED_AFTER_DAYS at the window's end. */
export interface StalledCase {
  caseId: string;
  lastDecision: DecisionType;
  lastDate: string;
  daysSinceLast: number;
  decisionMaker: string;
  department: Department;
}

function byDateThenId(a: DecisionRow, b: DecisionRow): number {
  return a.decision_date < b.decision_date ? -1 : a.decision_date > b.decision_date ? 1 : a.decision_id < b.decision_id ? -1 : a.decision_id > b.decision_id ? 1 : 0;
}

function moveKind(from: DecisionType, to: DecisionType): MoveKind {
  if (to === "final" || to === "no_deficiencies") return "closed";
  const a = rungOf(from)!;
  const b = rungOf(to)!;
  return b === a ? "repeat" : b > a ? "step-up" : "step-down";
}

/** Decisions dated on or before the window's end, grouped by case and sorted by date, then id. */
function casesUpTo(decisions: Iterable<DecisionRow>, end: string): Map<string, DecisionRow[]> {
  const cases = new Map<string, DecisionRow[]>();
  for (const d of decisions) {
    if (d.decision_date > end) continue;
    const list = cases.get(d.case_id) ?? [];
    list.push(d);
    cases.set(d.case_id, list);
  }
  for (const list of cases.values()) list.sort(byDateThenId);
  return new Map([...cases.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export interface EscalationEvents {
  moves: EscalationMove[];
  episodes: EscalationEpisode[];
  stalled: StalledCase[];
}

/** Every move, episode and stalled case of the decisions for the window (moves and episodes ending in it; stalled at its end). */
export function escalationEvents(decisions: Iterable<DecisionRow>, window: Window): EscalationEvents {
  const moves: EscalationMove[] = [];
  const episodes: EscalationEpisode[] = [];
  const stalled: StalledCase[] = [];
  for (const [caseId, all] of casesUpTo(decisions, window.to)) {
    const seq = all.filter((d) => d.decision_type !== "prosecution_report");
    let episodeStart: DecisionRow | null = null;
    let episodeDone = false;
    for (let i = 1; i < seq.length; i++) {
      const prev = seq[i - 1]!;
      const next = seq[i]!;
      if (!isDemanding(prev.decision_type)) continue;
      const kind = moveKind(prev.decision_type, next.decision_type);
      let repeatsBefore: number | null = null;
      if (kind === "step-up") {
        const rung = rungOf(prev.decision_type);
        let run = 0;
        for (let j = i - 1; j >= 0 && rungOf(seq[j]!.decision_type) === rung; j--) run += 1;
        repeatsBefore = run - 1;
      }
      if (isInPeriod(next.decision_date, window)) {
        moves.push({
          caseId,
          caseType: next.case_type,
          from: prev.decision_type,
          to: next.decision_type,
          kind,
          decisionMaker: next.decision_maker,
          department: next.department,
          date: next.decision_date,
          days: daysBetween(prev.decision_date, next.decision_date),
          repeatsBefore
        });
      }
      if (episodeStart === null) episodeStart = prev;
      if (!episodeDone && (kind === "step-up" || kind === "closed")) {
        episodeDone = true;
        if (isInPeriod(next.decision_date, window)) {
          episodes.push({
            caseId,
            outcome: kind === "closed" ? "closed" : "escalated",
            days: daysBetween(episodeStart.decision_date, next.decision_date),
            decisionMaker: next.decision_maker,
            department: next.department,
            date: next.decision_date
          });
        }
      }
    }
    const last = seq[seq.length - 1];
    const closed = all.some((d) => d.decision_type === "final");
    if (last && !closed && isDemanding(last.decision_type)) {
      const daysSinceLast = daysBetween(last.decision_date, window.to);
      if (daysSinceLast > STALLED_AFTER_DAYS) {
        stalled.push({caseId, lastDecision: last.decision_type, lastDate: last.decision_date, daysSinceLast, decisionMaker: last.decision_maker, department: last.department});
      }
    }
  }
  return {moves, episodes, stalled};
}

/** Per department or decision-maker: how persisting deficiencies were met and how long they lasted. */
export interface EscalationSummary {
  unit: string;
  label: string;
  repeats: number;
  stepUps: number;
  stepDowns: number;
  closures: number;
  /** repeats / (repeats + stepUps); NaN with no persisting deficiency. */
  repeatShare: number;
  /** Repeats at the same rung before a step up: mean and median over the step ups (NaN with none). */
  repeatsBeforeEscalation: {stepUps: number; mean: number; median: number};
  /** Days from the first demanding decision to the first step up, and to closure: count and median. */
  daysToEscalation: {cases: number; median: number};
  daysToClosure: {cases: number; median: number};
  stalledCases: number;
  /** Counts of moves by decision types (from → to), sorted. */
  moves: {from: DecisionType; to: DecisionType; kind: MoveKind; count: number}[];
}

function median(values: number[]): number {
  return values.length === 0 ? NaN : quantileType7(values, 0.5);
}

/** Summaries per unit (or one "total"), sorted by unit; units with no event at all are left out. */
export function escalationSummary(events: EscalationEvents, unitType: "department" | "decision-maker" | "total"): EscalationSummary[] {
  const key = (e: {decisionMaker: string; department: string}) => (unitType === "total" ? "total" : unitType === "department" ? e.department : e.decisionMaker);
  const units = new Set<string>([...events.moves.map(key), ...events.episodes.map(key), ...events.stalled.map(key)]);
  const label = unitType === "total" ? () => "Riket" : unitLabel(unitType);
  return [...units].sort().map((unit) => {
    const moves = events.moves.filter((m) => key(m) === unit);
    const episodes = events.episodes.filter((e) => key(e) === unit);
    const count = (kind: MoveKind) => moves.filter((m) => m.kind === kind).length;
    const repeats = count("repeat");
    const stepUps = count("step-up");
    const before = moves.filter((m) => m.kind === "step-up").map((m) => m.repeatsBefore ?? 0);
    const escalated = episodes.filter((e) => e.outcome === "escalated").map((e) => e.days);
    const closed = episodes.filter((e) => e.outcome === "closed").map((e) => e.days);
    const moveCounts = new Map<string, {from: DecisionType; to: DecisionType; kind: MoveKind; count: number}>();
    for (const m of moves) {
      const k = `${m.from}>${m.to}`;
      const entry = moveCounts.get(k) ?? {from: m.from, to: m.to, kind: m.kind, count: 0};
      entry.count += 1;
      moveCounts.set(k, entry);
    }
    return {
      unit,
      label: label(unit),
      repeats,
      stepUps,
      stepDowns: count("step-down"),
      closures: count("closed"),
      repeatShare: repeats + stepUps > 0 ? repeats / (repeats + stepUps) : NaN,
      repeatsBeforeEscalation: {stepUps: before.length, mean: before.length ? before.reduce((s, v) => s + v, 0) / before.length : NaN, median: median(before)},
      daysToEscalation: {cases: escalated.length, median: median(escalated)},
      daysToClosure: {cases: closed.length, median: median(closed)},
      stalledCases: events.stalled.filter((s) => key(s) === unit).length,
      moves: [...moveCounts.values()].sort((a, b) => (a.from === b.from ? (a.to < b.to ? -1 : 1) : a.from < b.from ? -1 : 1))
    };
  });
}

/** One case per persisting deficiency (repeat or step up): its unit, stratum (case type and rung) and whether it was a repeat. */
export function escalationCases(events: EscalationEvents, unitType: "department" | "decision-maker"): StratifiedCase[] {
  return events.moves
    .filter((m) => m.kind === "repeat" || m.kind === "step-up")
    .map((m) => ({
      unit: unitType === "department" ? m.department : m.decisionMaker,
      stratum: `${m.caseType}|${rungOf(m.from)}`,
      event: m.kind === "repeat"
    }));
}

/** The share of persisting deficiencies met by a repeat at the same rung, adjusted for case type and rung, under the flag policy. */
export function escalationRepeats(decisions: Iterable<DecisionRow>, unitType: "department" | "decision-maker", window: Window, policy: FlagPolicy = DEFAULT_FLAG_POLICY): FlagMeasureResult {
  return runFlagMeasure(
    {
      id: ESCALATION_ID,
      title: unitType === "department" ? "Upprepning i stället för eskalering per avdelning" : "Upprepning i stället för eskalering per beslutsfattare",
      unitType,
      adjustedFor: ["case_type", "rung"],
      wording: {
        rateLabel: "upprepningar på samma steg av kvarstående brister",
        caseNoun: "beslut efter kvarstående brister",
        eventPredicate: "var upprepningar",
        adjustedFor: "ärendeslag och steg på trappan",
        polarity: "none"
      }
    },
    escalationCases(escalationEvents(decisions, window), unitType),
    window,
    policy
  );
}
