/**
 * Cases that climb the escalation ladder: self-initiated supervision, complaints and providers'
 * reports (lex Sarah, lex Maria). A case starts with a decision without deficiencies, criticism, a
 * report-back request or (rarely) an injunction; while deficiencies persist the department either
 * repeats the rung (another report-back request, another injunction) or steps up, as its practice
 * (organisation.ts) and the year dictate; a final decision closes the case once they are remedied.
 * Follow-ups come after the department's usual lag, in departments with a backlog sometimes much later
 * (follow-up.ts).
 * Decisions after the end of the period are not written (the case is still open at extraction).
 */
import type {CaseType, DecisionType, Department, OperationType} from "../../src/lib/extract/codes.js";
import {SAMPLE_PERIOD} from "./calibration.js";
import {scaledCount, type SampleContext} from "./context.js";
import {MONTH_WEIGHTS, dayOf, firstOfMonth, weekdayOnOrAfter, weekdayOnOrBefore, yearOf} from "./dates.js";
import {drawAreas} from "./deficiency-areas.js";
import {followUpDay} from "./follow-up.js";
import {DEPARTMENT_PROFILES, chooseCaseOwner, chooseDecider} from "./organisation.js";
import {apportion} from "./random.js";
import {newCase, newDecision, type SampleDecision} from "./records.js";

export interface CaseworkProfile {
  caseType: CaseType;
  /** Cases (with a first decision) per year at scale 1, before the year factor. */
  casesPerYear: number;
  operationTypes: Readonly<Partial<Record<OperationType, number>>>;
  /** Relative chance of each first decision. */
  first: Readonly<{no_deficiencies: number; criticism: number; report_back_1: number; injunction: number}>;
  /** Days from opening the case to its first decision: [min, max]. */
  openedLag: readonly [number, number];
}

/**
 * Will to escalate a persisting deficiency, by year: before 2023 departments mostly repeated the
 * rung; from 2023 sanctions were used, and more intrusive decisions nearly tripled (domain brief §5).
 */
const ESCALATION_BY_YEAR: Readonly<Record<number, number>> = {2021: 0.3, 2022: 0.3, 2023: 1, 2024: 1};

/** Growth in the number of cases per year (relative). */
const YEAR_FACTOR: Readonly<Record<number, number>> = {2021: 0.9, 2022: 0.95, 2023: 1, 2024: 1.05};

export const CASEWORK_PROFILES: Readonly<Record<"self_initiated" | "complaint" | "report", CaseworkProfile>> = {
  self_initiated: {
    caseType: "self_initiated",
    casesPerYear: 600,
    operationTypes: {municipal_child_welfare: 30, hvb: 14, supported_housing: 5, elderly_housing: 12, home_care: 10, lss_adult_housing: 8, primary_care: 8, aesthetic_clinic: 3, other: 10},
    first: {no_deficiencies: 0.18, criticism: 0.28, report_back_1: 0.5, injunction: 0.04},
    openedLag: [30, 180]
  },
  complaint: {
    caseType: "complaint",
    casesPerYear: 2600,
    operationTypes: {primary_care: 25, elderly_housing: 15, home_care: 14, emergency_hospital: 12, hvb: 8, lss_adult_housing: 6, municipal_child_welfare: 8, maternity_care: 3, other: 9},
    first: {no_deficiencies: 0.5, criticism: 0.38, report_back_1: 0.1, injunction: 0.02},
    openedLag: [20, 200]
  },
  report: {
    caseType: "report",
    casesPerYear: 650,
    operationTypes: {elderly_housing: 25, emergency_hospital: 20, primary_care: 15, home_care: 15, lss_adult_housing: 10, hvb: 8, other: 7},
    first: {no_deficiencies: 0.35, criticism: 0.45, report_back_1: 0.18, injunction: 0.02},
    openedLag: [15, 120]
  }
};

/** Operations supervised again in later cases: a pool per department and type of operation. */
export interface OperationPool {
  pick(department: Department, operationType: OperationType): string;
}

/** A pool that reuses an earlier operation of the same department and type about a third of the time. */
export function createOperationPool(ctx: SampleContext): OperationPool {
  const pools = new Map<string, string[]>();
  return {
    pick(department, operationType) {
      const key = `${department}:${operationType}`;
      let pool = pools.get(key);
      if (!pool) pools.set(key, (pool = []));
      if (pool.length > 0 && ctx.random.chance(0.35)) return ctx.random.pick(pool);
      const id = ctx.nextOperationId();
      pool.push(id);
      return id;
    }
  };
}

const PERIOD_END = dayOf(SAMPLE_PERIOD.to);

const LICENSED = new Set<OperationType>(["hvb", "supported_housing", "aesthetic_clinic", "home_care"]);

/**
 * After a decision of `type` in a case whose deficiencies persist: the next decision. `repeat` is the
 * department's propensity to repeat a rung; `stepUp` scales the will to escalate (lower before 2023).
 */
function nextRung(ctx: SampleContext, type: DecisionType, repeat: number, stepUp: number, operationType: OperationType): DecisionType | "final_with_deficiencies" {
  const {random} = ctx;
  const severe = (): DecisionType => (LICENSED.has(operationType) && random.chance(0.5) ? "licence_revoked" : "prohibition");
  switch (type) {
    case "report_back_1":
    case "report_back_2":
      if (random.chance((1 - repeat) * stepUp)) return random.chance(0.5) ? "injunction_with_fine" : "injunction";
      return type === "report_back_1" ? "report_back_2" : "report_back_3";
    case "report_back_3":
      return random.chance(Math.max(0.5, (1 - repeat) * stepUp)) ? (random.chance(0.5) ? "injunction_with_fine" : "injunction") : "final_with_deficiencies";
    case "injunction":
      // Before 2023 an injunction that was not complied with was often left there: the case was closed with deficiencies remaining.
      if (!random.chance(0.5 + 0.5 * stepUp)) return "final_with_deficiencies";
      return random.chance(repeat * 0.5) ? "injunction" : "injunction_with_fine";
    case "injunction_with_fine":
      // Before 2023 a fine was often not imposed: the case was closed with deficiencies remaining.
      if (!random.chance(0.35 + 0.5 * stepUp)) return "final_with_deficiencies";
      return random.chance(0.85) ? "fine_imposed" : severe();
    case "fine_imposed": {
      const next = random.weighted(["injunction_with_fine", "severe", "final_with_deficiencies"] as const, (t) => ({injunction_with_fine: 0.5, severe: 0.2, final_with_deficiencies: 0.3})[t]);
      return next === "severe" ? severe() : next;
    }
    default:
      return "final_with_deficiencies";
  }
}

/** Chance that deficiencies are remedied by the next follow-up, after a decision of this type. */
const REMEDIED: Partial<Record<DecisionType, number>> = {report_back_1: 0.5, report_back_2: 0.45, report_back_3: 0.4, injunction: 0.55, injunction_with_fine: 0.5, fine_imposed: 0.3};

/**
 * One case of `profile`'s type whose first decision is on `firstDay`. `firstType` forces the first
 * decision and `closeAfterFirst` makes a report-back request be followed directly by a final decision.
 */
export function generateCase(ctx: SampleContext, pool: OperationPool, profile: CaseworkProfile, firstDay: number, firstType?: DecisionType, closeAfterFirst = false): SampleDecision[] {
  const {random, organisation} = ctx;
  const department = random.weighted(organisation.departments, (d) => d.weight).code;
  const practice = DEPARTMENT_PROFILES[department];
  const operationType = random.weighted(Object.keys(profile.operationTypes) as OperationType[], (t) => profile.operationTypes[t] ?? 0);
  const caseRecord = newCase({caseType: profile.caseType, nationalArea: null, department, operationId: pool.pick(department, operationType), operationType, opened: firstDay - random.int(...profile.openedLag)});
  const owner = chooseCaseOwner(random, organisation, department);
  let areas = drawAreas(random, operationType);
  const out: SampleDecision[] = [];
  const push = (type: DecisionType, day: number, deficiencies: boolean) =>
    out.push(newDecision({case: caseRecord, day, seq: out.length, type, maker: chooseDecider(random, organisation, department, type, owner), deficiencies, areas: deficiencies ? areas : []}));

  const firstYear = yearOf(firstDay);
  let type: DecisionType = firstType ?? random.weighted(["no_deficiencies", "criticism", "report_back_1", "injunction"] as const, (t) => profile.first[t] * (t === "injunction" ? (firstYear >= 2023 ? 1.5 : 0.5) : 1));
  let day = firstDay;
  for (let step = 0; step < 12; step++) {
    push(type, day, type !== "no_deficiencies");
    if (type === "no_deficiencies" || type === "criticism") return out;
    if ((type === "fine_imposed" || type === "prohibition" || type === "licence_revoked") && random.chance(0.15)) {
      const reportDay = weekdayOnOrAfter(day + random.int(0, 14));
      if (reportDay > PERIOD_END) return out;
      push("prosecution_report", reportDay, true);
      day = reportDay;
    }
    const next = followUpDay(random, department, day, practice.gapDays);
    if (next > PERIOD_END) return out;
    if (type === "prohibition" || type === "licence_revoked") {
      if (random.chance(0.7)) push("final", next, true);
      return out;
    }
    if (closeAfterFirst || random.chance(REMEDIED[type] ?? 0.5)) {
      push("final", next, false);
      return out;
    }
    // Deficiencies persist: repeat the rung or step up; escalation firmed up from 2023.
    const rung = nextRung(ctx, type, practice.repeat, ESCALATION_BY_YEAR[yearOf(next)] ?? 1, operationType);
    if (rung === "final_with_deficiencies") {
      push("final", next, true);
      return out;
    }
    if (random.chance(0.3)) areas = areas.slice(0, Math.max(1, areas.length - 1));
    type = rung;
    day = next;
  }
  return out;
}

/** A weekday in the given month, uniformly. */
export function dayInMonth(ctx: SampleContext, year: number, month: number): number {
  const first = firstOfMonth(year, month);
  const length = firstOfMonth(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1) - first;
  const day = first + Math.floor(ctx.random.next() * length);
  const after = weekdayOnOrAfter(day);
  return after < first + length ? after : weekdayOnOrBefore(day);
}

/** Every case of one profile, 2021–2024, each as its decisions; the number per month follows the seasons. */
export function generateCasework(ctx: SampleContext, pool: OperationPool, profile: CaseworkProfile): SampleDecision[][] {
  const cases: SampleDecision[][] = [];
  for (const year of [2021, 2022, 2023, 2024]) {
    const perMonth = apportion(scaledCount(profile.casesPerYear * YEAR_FACTOR[year]!, ctx.scale), MONTH_WEIGHTS);
    perMonth.forEach((count, m) => {
      for (let i = 0; i < count; i++) cases.push(generateCase(ctx, pool, profile, dayInMonth(ctx, year, m + 1)));
    });
  }
  return cases;
}
