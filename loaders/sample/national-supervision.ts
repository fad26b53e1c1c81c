/**
 * Generates the decisions of national supervisions so that, at scale 1, the national-supervision
 * table computed from them equals the published one cell by cell. Each operation gets a plausible
 * sequence: report-back requests in rounds, sanctions where deficiencies persist, a final decision
 * where the case is closed, and criticism where nothing else was decided.
 */
import {NATIONAL_AREAS, type DecisionType, type DeficiencyArea, type NationalArea} from "../../src/lib/extract/codes.js";
import {NATIONAL_TARGETS, type NationalAreaTarget} from "./calibration.js";
import type {SampleContext} from "./context.js";
import {dayOf, weekdayOnOrBefore} from "./dates.js";
import {chooseCaseOwner, chooseDecider} from "./organisation.js";
import type {Random} from "./random.js";
import {newCase, newDecision, type SampleDecision} from "./records.js";

/** Deficiency areas national supervisions typically state. */
const NATIONAL_DEFICIENCY_AREAS: DeficiencyArea[] = ["staff_competence", "quality_work", "documentation", "care_and_treatment", "patient_safety", "safety", "licence"];

interface OperationPlan {
  reportBacks: number;
  sanctions: DecisionType[];
  final: boolean;
}

/** Scales a target count; rounding is monotone, so nesting (round 2 ≤ round 1 …) is kept. */
function scaled(target: NationalAreaTarget, scale: number): Omit<NationalAreaTarget, "from" | "to" | "operationType"> {
  const r = (n: number) => Math.round(n * scale);
  return {
    operations: r(target.operations),
    reportBack1: r(target.reportBack1),
    reportBack2: r(target.reportBack2),
    reportBack3: r(target.reportBack3),
    final: r(target.final),
    sanctions: r(target.sanctions)
  };
}

/** Decides, per operation, how many report-back rounds, which sanctions and whether a final decision. */
function planArea(counts: ReturnType<typeof scaled>, random: Random): OperationPlan[] {
  const plans: OperationPlan[] = Array.from({length: counts.operations}, (_, i) => ({
    reportBacks: (i < counts.reportBack1 ? 1 : 0) + (i < counts.reportBack2 ? 1 : 0) + (i < counts.reportBack3 ? 1 : 0),
    sanctions: [],
    final: false
  }));
  // Sanctions follow persisting deficiencies first (deepest report-back chains), then direct sanctions;
  // a second pass escalates operations already sanctioned.
  const byDepth = [...plans].sort((a, b) => b.reportBacks - a.reportBacks);
  let left = counts.sanctions;
  for (let pass = 0; left > 0 && plans.length > 0; pass++) {
    for (const plan of pass === 0 ? [...byDepth.filter((p) => p.reportBacks > 0), ...byDepth.filter((p) => p.reportBacks === 0)] : byDepth) {
      if (left === 0) break;
      const previous = plan.sanctions[plan.sanctions.length - 1];
      plan.sanctions.push(
        previous === undefined
          ? random.weighted(["injunction_with_fine", "injunction", "prohibition", "prosecution_report"] as const, (t) => ({injunction_with_fine: 6, injunction: 3, prohibition: 0.5, prosecution_report: 0.5})[t])
          : previous === "injunction_with_fine" ? "fine_imposed" : "injunction_with_fine"
      );
      left--;
    }
  }
  // Final decisions close the simplest cases first: operations with nothing else decided, then by depth.
  const finalOrder = [...plans].sort((a, b) => (a.reportBacks + a.sanctions.length === 0 ? -1 : 0) - (b.reportBacks + b.sanctions.length === 0 ? -1 : 0) || a.reportBacks - b.reportBacks);
  finalOrder.slice(0, counts.final).forEach((p) => (p.final = true));
  return random.shuffle(plans);
}

/**
 * Working days of a case's `count` decisions within [from, to], in order, at most 120 days apart. A case
 * that gets a final decision starts early in the supervision; one left open at its end (no final decision
 * in the table) has its last decision in the supervision's last eight weeks, so that it does not stand
 * without a decision for more than 180 days while the supervision runs.
 */
function schedule(random: Random, count: number, closed: boolean, from: number, to: number): number[] {
  const days: number[] = [];
  if (closed) {
    let day = from + Math.floor(random.next() * (to - from) * 0.5);
    const gap = Math.max(1, Math.min(120, Math.floor((to - day) / count)));
    for (let i = 0; i < count; i++) {
      days.push(weekdayOnOrBefore(Math.min(day, to)));
      day += Math.max(1, Math.round(gap * (0.5 + random.next() * 0.5)));
    }
    return days;
  }
  let day = to - random.int(0, 55);
  for (let i = 0; i < count; i++) {
    days.unshift(weekdayOnOrBefore(Math.max(day, from)));
    day -= random.int(45, 120);
  }
  return days;
}

/** Generates every national-supervision decision at the context's scale (working days 2022-01-10 – 2024-08-30). */
export function generateNationalSupervision(ctx: SampleContext): SampleDecision[] {
  const {random, organisation, scale} = ctx;
  const out: SampleDecision[] = [];
  for (const {code} of NATIONAL_AREAS) {
    const area = code as NationalArea;
    const target = NATIONAL_TARGETS[area];
    const [from, to] = [dayOf(target.from), dayOf(target.to)];
    for (const plan of planArea(scaled(target, scale), random)) {
      const department = random.weighted(organisation.departments, (d) => d.weight).code;
      const owner = chooseCaseOwner(random, organisation, department);
      const operationId = ctx.nextOperationId();
      const steps: {type: DecisionType; deficiencies: boolean}[] = [];
      for (let round = 1; round <= plan.reportBacks; round++) steps.push({type: `report_back_${round}` as DecisionType, deficiencies: true});
      for (const s of plan.sanctions) steps.push({type: s, deficiencies: true});
      if (plan.final) steps.push({type: "final", deficiencies: plan.sanctions.length > 0 && random.chance(0.3)});
      if (steps.length === 0) steps.push({type: "criticism", deficiencies: true});
      const days = schedule(random, steps.length, plan.final, from, to);
      const caseRecord = newCase({caseType: "national", nationalArea: area, department, operationId, operationType: target.operationType, opened: days[0]! - random.int(20, 90)});
      const areas = random.shuffle(NATIONAL_DEFICIENCY_AREAS).slice(0, random.int(1, 3));
      steps.forEach((step, seq) => {
        out.push(newDecision({
          case: caseRecord,
          day: days[seq]!,
          seq,
          type: step.type,
          maker: chooseDecider(random, organisation, department, step.type, owner),
          deficiencies: step.deficiencies,
          areas: step.deficiencies ? areas : []
        }));
      });
    }
  }
  return out;
}
