/**
 * Escalation ladders (eskaleringstrappa), in two stages like every measure (docs/methods.md, "Escalation").
 *
 * Stage (a), `escalationCounts`: decision rows → counts. Within a case (decisions by date, then id; prosecution reports,
 * beside the ladder, skipped) every decision that demands something (rungs 3–6: report-back requests, injunctions,
 * injunctions with a fine, fines imposed) is followed by the next decision: a repeat at the same rung, a step up, a step
 * down or a closure (final decision or decision without deficiencies). Moves are counted per decision-maker, department,
 * type of operation, case type and tertial of the later decision (who chose the move, and when). Beside them: one
 * episode per case (first demanding decision → first step up or closure, with dates, for Kaplan–Meier) and one spell per
 * demanding decision (from its date until the case's next decision, for stalled cases at any date and threshold).
 *
 * Stage (b), `escalationView`: counts → what the page "Eskaleringstrappor" and `lika analyze` show for a period and filter:
 * flows between rungs, the share of persisting deficiencies met by a repeat (adjusted for case type and rung, flagged),
 * repeats before escalation, time to escalation or closure with open cases censored at the period's end, and stalled
 * cases. Pure: no DOM, no node:*.
 */
import {DECISION_TYPES, DEPARTMENTS, type CaseType, type DecisionType, type Department, type OperationType} from "../extract/codes.js";
import type {DecisionRow} from "../extract/decision-row.js";
import {DEFAULT_FLAG_POLICY} from "../flags/policy.js";
import type {FlagPolicy} from "../flags/types.js";
import {daysBetween, isInPeriod, twelveMonthsEnding, type Period} from "../period.js";
import {kaplanMeier, kaplanMeierAt, type KaplanMeierAtTime, type KaplanMeierStep, type SurvivalQuantile} from "../stats/kaplan-meier.js";
import {quantileType7} from "../stats/quantile.js";
import {departmentOfUnits, level, tertialInWindow, tertialKey, type CountRow} from "./counts.js";
import {assessedMeasure, keepUnits, unitLabel, type AssessedMeasure, type Window} from "./assessed-measure.js";

export const ESCALATION_ID = "escalation-repeats";

/** Default threshold: a case is stalled when it is open and its last decision, which demands something, is more than this many days old. */
export const STALLED_AFTER_DAYS = 180;

/** Times (days) at which the survival summaries give the number still at risk. */
export const RISK_TABLE_DAYS: readonly number[] = [0, 90, 180, 365, 730];

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

/** True for decisions that close a case's ladder (final decision, decision without deficiencies). */
export function isClosing(type: DecisionType): boolean {
  return type === "final" || type === "no_deficiencies";
}

export type MoveKind = "repeat" | "step-up" | "step-down" | "closed";

/** What the move from a demanding decision to the next one is. */
export function moveKind(from: DecisionType, to: DecisionType): MoveKind {
  if (isClosing(to)) return "closed";
  const a = rungOf(from)!;
  const b = rungOf(to)!;
  return b === a ? "repeat" : b > a ? "step-up" : "step-down";
}

// ---------------------------------------------------------------------------------------------------------------------
// Stage (a)

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

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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

// ---------------------------------------------------------------------------------------------------------------------
// Stage (b)

/** The filters of a view (as the decision pages'); null = all. */
export interface EscalationFilter {
  department: Department | null;
  operationType: OperationType | null;
  caseType: CaseType | null;
}

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

export interface EscalationViewOptions {
  policy?: FlagPolicy;
  /** Window of the decision-maker measure; default: twelve months ending with a tertial, else the period. */
  decisionMakerWindow?: Window;
  /** Days after which an open case with a demanding last decision counts as stalled (default 180). */
  stalledAfterDays?: number;
}

export interface EscalationView {
  period: Period;
  decisionMakerWindow: Window;
  filter: EscalationFilter;
  stalledAfterDays: number;
  /** Flagged: share of persisting deficiencies met by a repeat, per department (the period) and decision-maker (their window). */
  byDepartment: AssessedMeasure;
  byDecisionMaker: AssessedMeasure;
  /** Each decision-maker's department in their window (where most of their persisting deficiencies were met). */
  departmentOf: Record<string, Department>;
  /** Moves in the period between decision types (the department filter applied), and per department. */
  flows: FlowCount[];
  flowsByDepartment: {department: Department; label: string; flows: FlowCount[]}[];
  summary: {total: EscalationSummary; byDepartment: EscalationSummary[]; byDecisionMaker: EscalationSummary[]};
  /** Time to escalation or closure: all cases shown, and per department. */
  survival: {total: SurvivalSummary; byDepartment: SurvivalSummary[]};
  /** Stalled at the period's end, longest wait first. */
  stalled: StalledCase[];
}

/** The decision-maker window for a period: the twelve months ending with a tertial, else the period itself. */
function decisionMakerWindowOf(period: Period): Window {
  if (period.kind !== "tertial") return {from: period.from, to: period.to};
  const w = twelveMonthsEnding(period);
  return {from: w.from, to: w.to};
}

function matches(filter: EscalationFilter, row: {operation_type: OperationType; case_type: CaseType}): boolean {
  return (filter.operationType === null || row.operation_type === filter.operationType) && (filter.caseType === null || row.case_type === filter.caseType);
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

/** Stage (b) of the flagged measure: one stratum count per move row of a persisting deficiency (stratum: case type × rung). */
export function escalationRepeatsOfCounts(moves: readonly EscalationMoveRow[], unitType: "department" | "decision-maker", window: Window, policy: FlagPolicy = DEFAULT_FLAG_POLICY): AssessedMeasure {
  return assessedMeasure(
    {
      id: ESCALATION_ID,
      title: unitType === "department" ? "Upprepning i stället för eskalering per avdelning" : "Upprepning i stället för eskalering per beslutsfattare",
      unitType,
      adjustedFor: ["case_type", "rung"],
      wording: ESCALATION_WORDING
    },
    moves
      .filter((m) => m.kind === "repeat" || m.kind === "step-up")
      .map((m) => ({unit: unitType === "department" ? m.department : m.decisionMaker, stratum: `${m.case_type}|${rungOf(m.from)}`, cases: m.count, events: m.kind === "repeat" ? m.count : 0})),
    window,
    policy
  );
}

/** How the flagged measure speaks Swedish (no polarity: whether to repeat depends on the case). */
export const ESCALATION_WORDING = {
  rateLabel: "upprepningar på samma steg av kvarstående brister",
  caseNoun: "beslut efter kvarstående brister",
  eventPredicate: "var upprepningar",
  adjustedFor: "ärendeslag och steg på trappan",
  polarity: "none"
} as const;

function summaries(moves: readonly EscalationMoveRow[], stalled: readonly StalledCase[], unitType: "department" | "decision-maker" | "total"): EscalationSummary[] {
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

/**
 * Stage (b) for one period and filter. Type of operation and case type choose which moves, cases and spells count; the
 * department chooses what is shown: the flows, times and stalled cases of its cases, and only its units in the flagged
 * measure, which still compares them with the nation (docs/methods.md, "Filtered views").
 */
export function escalationView(countsIn: EscalationCountsInWindow, period: Period, filter: EscalationFilter, options: EscalationViewOptions = {}): EscalationView {
  const policy = options.policy ?? DEFAULT_FLAG_POLICY;
  const dmWindow = options.decisionMakerWindow ?? decisionMakerWindowOf(period);
  const afterDays = options.stalledAfterDays ?? STALLED_AFTER_DAYS;
  const counts = countsIn(period);
  const moves = counts.moves.filter((m) => matches(filter, m));
  const dmMoves = countsIn(dmWindow).moves.filter((m) => matches(filter, m));
  const inDepartment = <T extends {department: Department}>(rows: readonly T[]) => (filter.department === null ? [...rows] : rows.filter((r) => r.department === filter.department));

  const persisting = (rows: readonly EscalationMoveRow[]): CountRow[] =>
    rows.filter((m) => m.kind === "repeat" || m.kind === "step-up").map((m) => ({unit: m.decisionMaker, department: m.department, operation_type: m.operation_type, case_type: m.case_type, tertial: m.tertial, cases: m.count, events: 0}));
  const departmentOf = departmentOfUnits(persisting(dmMoves));
  const keepPerson = (unit: string) => filter.department === null || departmentOf.get(unit) === filter.department;
  const keepDepartment = (unit: string) => filter.department === null || unit === filter.department;

  const allStalled = stalledCases(counts.spells.filter((s) => matches(filter, s)), period.to, afterDays);
  const stalled = inDepartment(allStalled);
  // Survival looks at the episodes begun in the period (survivalSummary): choose them once, not once per department.
  const episodes = counts.episodes.filter((e) => isInPeriod(e.start, period) && matches(filter, e));
  const shownMoves = inDepartment(moves);
  const departments = DEPARTMENTS.map((d) => d.code as Department).filter((d) => filter.department === null || d === filter.department);
  const shownPeople = dmMoves.filter((m) => keepPerson(m.decisionMaker));
  return {
    period,
    decisionMakerWindow: {from: dmWindow.from, to: dmWindow.to},
    filter: {...filter},
    stalledAfterDays: afterDays,
    byDepartment: keepUnits(escalationRepeatsOfCounts(moves, "department", period, policy), keepDepartment),
    byDecisionMaker: keepUnits(escalationRepeatsOfCounts(dmMoves, "decision-maker", dmWindow, policy), keepPerson),
    departmentOf: Object.fromEntries([...departmentOf].sort(([a], [b]) => compareText(a, b))),
    flows: flowCounts(shownMoves),
    flowsByDepartment: departments.map((d) => ({department: d, label: unitLabel("department")(d), flows: flowCounts(moves.filter((m) => m.department === d))})),
    summary: {
      total: summaries(shownMoves, stalled, "total")[0]!,
      byDepartment: summaries(shownMoves, stalled, "department"),
      byDecisionMaker: summaries(shownPeople, allStalled.filter((s) => keepPerson(s.decisionMaker)), "decision-maker")
    },
    survival: {
      total: survivalSummary(inDepartment(episodes), period, "total", "Alla"),
      byDepartment: departments.map((d) => survivalSummary(episodes.filter((e) => e.department === d), period, d, unitLabel("department")(d)))
    },
    stalled
  };
}

/** The flagged measure straight from decision rows (stage (a), then (b)), for one kind of unit and window. */
export function escalationRepeats(decisions: Iterable<DecisionRow>, unitType: "department" | "decision-maker", window: Window, policy: FlagPolicy = DEFAULT_FLAG_POLICY): AssessedMeasure {
  return escalationRepeatsOfCounts(escalationCounts(decisions, window).moves, unitType, window, policy);
}
