/**
 * What the escalation page shows beside the flagged measure, each from stage (a)'s counts (`escalation-counts.ts`): the
 * moves between decision types, the repeats before a step up, the time to escalation or closure (Kaplan–Meier, open
 * cases censored) and the stalled cases; and per department or decision-maker, how persisting deficiencies were met.
 */
import {DECISION_TYPES, type CaseType, type DecisionType, type Department, type OperationType} from "../extract/codes.js";
import {daysBetween, isInPeriod} from "../period.js";
import {kaplanMeier, kaplanMeierAt, type KaplanMeierAtTime, type KaplanMeierStep, type SurvivalQuantile} from "../stats/kaplan-meier.js";
import {quantileType7} from "../stats/quantile.js";
import {unitLabel} from "./assessed-measure.js";
import type {Window} from "../period.js";
import {compareText} from "./counts.js";
import type {DemandingSpellRow, EscalationEpisodeRow, EscalationMoveRow} from "./escalation-counts.js";
import {rungOf, type MoveKind} from "./escalation-ladder.js";

/** Default threshold: a case is stalled when it is open and its last decision, which demands something, is more than this many days old. */
export const STALLED_AFTER_DAYS = 180;

/** Times (days) at which the survival summaries give the number still at risk. */
export const RISK_TABLE_DAYS: readonly number[] = [0, 90, 180, 365, 730];

/** Moves from one decision type to another, summed. */
export interface FlowCount {
  from: DecisionType;
  to: DecisionType;
  kind: MoveKind;
  count: number;
}

/** How many step ups came after 0, 1, 2, … repeats at the same rung. */
export interface RepeatsBeforeDistribution {
  stepUps: number;
  mean: number;
  median: number;
  /** One entry per number of repeats from 0 to the largest seen, zeros included. */
  counts: {repeats: number; stepUps: number}[];
}

/** Time from the first demanding decision to the first step up or closure, open cases censored at the period's end. */
export interface SurvivalSummary {
  unit: string;
  label: string;
  /** Cases whose first demanding decision lies in the period. */
  cases: number;
  escalated: number;
  closed: number;
  /** Still open at the period's end (censored there). */
  censored: number;
  /** Kaplan–Meier median (days) with its 95 % limits; null where the curve does not get that low. */
  median: SurvivalQuantile;
  /** Number still at risk and share still open at RISK_TABLE_DAYS. */
  atRisk: KaplanMeierAtTime[];
  /** The curve: one step per distinct time. */
  steps: Pick<KaplanMeierStep, "time" | "nRisk" | "events" | "censored" | "survival" | "lower" | "upper">[];
}

/** An open case whose last decision demands something and is older than the threshold at the period's end. */
export interface StalledCase {
  operationId: string;
  department: Department;
  decisionMaker: string;
  operationType: OperationType;
  caseType: CaseType;
  lastDecision: DecisionType;
  rung: number;
  lastDate: string;
  daysSinceLast: number;
}

/** Per department or decision-maker (or "total"): how persisting deficiencies were met. */
export interface EscalationSummary {
  unit: string;
  label: string;
  repeats: number;
  stepUps: number;
  stepDowns: number;
  closures: number;
  /** repeats / (repeats + stepUps); NaN with no persisting deficiency. */
  repeatShare: number;
  repeatsBeforeEscalation: RepeatsBeforeDistribution;
  stalledCases: number;
  moves: FlowCount[];
}

/** Moves summed by from → to, sorted by the ladder (rung, then code order). */
export function flowCounts(moves: readonly EscalationMoveRow[]): FlowCount[] {
  const order = new Map<string, number>(DECISION_TYPES.map((t, i) => [t.code, i]));
  const sums = new Map<string, FlowCount>();
  for (const m of moves) {
    const key = `${m.from}>${m.to}`;
    const f = sums.get(key);
    if (f) f.count += m.count;
    else sums.set(key, {from: m.from, to: m.to, kind: m.kind, count: m.count});
  }
  return [...sums.values()].sort((a, b) => order.get(a.from)! - order.get(b.from)! || order.get(a.to)! - order.get(b.to)!);
}

/** Step ups by the number of repeats before them. */
export function repeatsBeforeDistribution(moves: readonly EscalationMoveRow[]): RepeatsBeforeDistribution {
  const values: number[] = [];
  for (const m of moves) if (m.kind === "step-up") for (let i = 0; i < m.count; i++) values.push(m.repeatsBefore ?? 0);
  const max = values.length ? Math.max(...values) : -1;
  const counts = Array.from({length: max + 1}, (_, repeats) => ({repeats, stepUps: values.filter((v) => v === repeats).length}));
  return {
    stepUps: values.length,
    mean: values.length ? values.reduce((s, v) => s + v, 0) / values.length : NaN,
    median: values.length ? quantileType7(values, 0.5) : NaN,
    counts
  };
}

/**
 * Time from the first demanding decision to the first step up or closure, for the episodes starting in `window`: an
 * episode that ended by the window's end is an event at its length; one still open then is censored at the window's end
 * (not left out, not counted as done). Kaplan–Meier as survival::survfit (src/lib/stats/kaplan-meier.ts).
 */
export function survivalSummary(episodes: readonly EscalationEpisodeRow[], window: Window, unit: string, label: string): SurvivalSummary {
  let escalated = 0;
  let closed = 0;
  const observations = episodes
    .filter((e) => isInPeriod(e.start, window))
    .map((e) => {
      const done = e.end !== null && e.end <= window.to;
      if (done && e.outcome === "escalated") escalated += 1;
      if (done && e.outcome === "closed") closed += 1;
      return {time: daysBetween(e.start, done ? e.end! : window.to), event: done};
    });
  const curve = kaplanMeier(observations);
  return {
    unit,
    label,
    cases: observations.length,
    escalated,
    closed,
    censored: observations.length - escalated - closed,
    median: curve.median,
    atRisk: kaplanMeierAt(curve, RISK_TABLE_DAYS),
    steps: curve.steps.map(({time, nRisk, events, censored, survival, lower, upper}) => ({time, nRisk, events, censored, survival, lower, upper}))
  };
}

/** Open cases at `end` whose last decision demands something and is more than `afterDays` days old, longest wait first. */
export function stalledCases(spells: readonly DemandingSpellRow[], end: string, afterDays: number = STALLED_AFTER_DAYS): StalledCase[] {
  return spells
    .filter((s) => s.from <= end && (s.until === null || s.until > end) && daysBetween(s.from, end) > afterDays)
    .map((s) => ({
      operationId: s.operation_id,
      department: s.department,
      decisionMaker: s.decisionMaker,
      operationType: s.operation_type,
      caseType: s.case_type,
      lastDecision: s.decision,
      rung: rungOf(s.decision)!,
      lastDate: s.from,
      daysSinceLast: daysBetween(s.from, end)
    }))
    .sort((a, b) => b.daysSinceLast - a.daysSinceLast || compareText(a.operationId, b.operationId) || compareText(a.lastDecision, b.lastDecision));
}

/** How persisting deficiencies were met per department or decision-maker, or in total (one summary, "Alla"). */
export function escalationSummaries(moves: readonly EscalationMoveRow[], stalled: readonly StalledCase[], unitType: "department" | "decision-maker" | "total"): EscalationSummary[] {
  const key = (e: {decisionMaker: string; department: string}) => (unitType === "total" ? "total" : unitType === "department" ? e.department : e.decisionMaker);
  const label = unitType === "total" ? () => "Alla" : unitLabel(unitType);
  const units = unitType === "total" ? ["total"] : [...new Set([...moves.map(key), ...stalled.map(key)])].sort(compareText);
  const byUnit = new Map<string, EscalationMoveRow[]>();
  for (const m of moves) {
    const list = byUnit.get(key(m));
    if (list) list.push(m);
    else byUnit.set(key(m), [m]);
  }
  // Counted once, not once per unit (tens of thousands of stalled cases at a million decisions).
  const stalledOf = new Map<string, number>();
  for (const s of stalled) stalledOf.set(key(s), (stalledOf.get(key(s)) ?? 0) + 1);
  return units.map((unit) => {
    const mine = byUnit.get(unit) ?? [];
    const count = (kind: MoveKind) => mine.filter((m) => m.kind === kind).reduce((s, m) => s + m.count, 0);
    const repeats = count("repeat");
    const stepUps = count("step-up");
    return {
      unit,
      label: label(unit),
      repeats,
      stepUps,
      stepDowns: count("step-down"),
      closures: count("closed"),
      repeatShare: repeats + stepUps > 0 ? repeats / (repeats + stepUps) : NaN,
      repeatsBeforeEscalation: repeatsBeforeDistribution(mine),
      stalledCases: stalledOf.get(unit) ?? 0,
      moves: flowCounts(mine)
    };
  });
}
