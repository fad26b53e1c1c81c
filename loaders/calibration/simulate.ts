/**
 * A seeded truth harness for the flag policy: synthetic measures whose truth is known, written independently of the
 * sample generator (loaders/sample), and the figures that say whether the policy finds what is there and raises no alarm
 * where nothing is. Pure (no node:*): the vitest suite runs it at a moderate size, `npm run calibrate` at full size.
 *
 * Decision-maker datasets: 30–55 decision-makers with 8–150 cases each (log-uniform), four case-mix strata (types of home)
 * with very different base rates, an uneven mix per decision-maker and some specialists who nearly only see one type (so
 * their raw share is extreme only because of case mix), and — in planted datasets — several decision-makers who truly
 * deviate after case mix, in both directions, with odds ratios of 2–12 (or their inverses). Null datasets have no
 * deviating unit. Department datasets: six departments of 100–300 cases, one of them truly deviating (odds ratio 2.5–8 or its inverse).
 */
import {randomLcg} from "d3";
import {indirectStandardisation, type StratifiedCase} from "../../src/lib/flags/indirect-standardisation.js";
import {assessedUnits} from "../../src/lib/flags/measure-flags.js";
import type {FlagPolicy, UnitAssessment} from "../../src/lib/flags/types.js";
import {clopperPearsonInterval} from "../../src/lib/stats/clopper-pearson.js";
import type {Interval} from "../../src/lib/stats/types.js";

/** A planted unit counts as clearly detectable from this expected z on (|E_true − E_ref|/√V_ref). */
export const DETECTABLE_Z = 5;

/** Base rates of the four strata of a decision-maker dataset (decisions without deficiencies by type of home). */
const DECISION_BASE_RATES = [0.15, 0.35, 0.6, 0.85];
/** Base rates of the four strata of a department dataset (child conversations by type of home). */
const DEPARTMENT_BASE_RATES = [0.6, 0.75, 0.85, 0.93];

interface Rng {
  u: () => number;
  int: (min: number, max: number) => number;
  normal: () => number;
}

function rng(seed: number): Rng {
  const u = randomLcg(((seed % 999_983) + 0.5) / 999_983);
  return {
    u,
    int: (min, max) => min + Math.floor(u() * (max - min + 1)),
    normal: () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u())
  };
}

const logit = (p: number) => Math.log(p / (1 - p));
const expit = (x: number) => 1 / (1 + Math.exp(-x));

/** One simulated unit: its true log odds ratio (0 = normal) and whether its case mix makes its raw share extreme. */
export interface TrueUnit {
  unit: string;
  logOddsRatio: number;
  /** Expected z of its true deviation given its realised case mix (0 for a normal unit). */
  expectedZ: number;
  n: number;
  specialist: boolean;
}

export interface SimulatedMeasure {
  cases: StratifiedCase[];
  truth: TrueUnit[];
}

export interface DatasetOptions {
  /** Planted deviating units (0: a null dataset). */
  deviating: number;
  /** SD of a normal unit's random effect on the log-odds scale (0: no overdispersion). */
  overdispersion: number;
}

/** Per-case stratum draw from a unit's mix weights. */
function drawStratum(r: Rng, weights: readonly number[], total: number): number {
  let x = r.u() * total;
  let k = 0;
  while (k < weights.length - 1 && x >= weights[k]!) x -= weights[k++]!;
  return k;
}

/** Cases of one unit with a true log odds ratio on the dataset's base rates, and its expected z. */
function simulateUnit(r: Rng, unit: string, n: number, weights: readonly number[], base: readonly number[], logOddsRatio: number, randomEffect: number, specialist: boolean): {cases: StratifiedCase[]; truth: TrueUnit} {
  const total = weights.reduce((s, w) => s + w, 0);
  const cases: StratifiedCase[] = [];
  let eRef = 0;
  let eTrue = 0;
  let vRef = 0;
  for (let i = 0; i < n; i++) {
    const s = drawStratum(r, weights, total);
    const p0 = base[s]!;
    const p = expit(logit(p0) + logOddsRatio + randomEffect);
    eRef += p0;
    vRef += p0 * (1 - p0);
    eTrue += expit(logit(p0) + logOddsRatio);
    cases.push({unit, stratum: `s${s}`, event: r.u() < p});
  }
  const expectedZ = logOddsRatio === 0 || vRef === 0 ? 0 : (eTrue - eRef) / Math.sqrt(vRef);
  return {cases, truth: {unit, logOddsRatio, expectedZ, n, specialist}};
}

/** A decision-maker dataset: 30–55 units, 8–150 cases each, strong and uneven case mix, `deviating` planted units. */
export function decisionMakerDataset(seed: number, options: DatasetOptions): SimulatedMeasure {
  const r = rng(seed);
  const k = r.int(30, 55);
  // Base rates vary a little between datasets (the "country" differs from year to year).
  const base = DECISION_BASE_RATES.map((p) => expit(logit(p) + 0.15 * r.normal()));
  const deviants = new Set<number>();
  while (deviants.size < Math.min(options.deviating, k)) deviants.add(r.int(0, k - 1));
  const cases: StratifiedCase[] = [];
  const truth: TrueUnit[] = [];
  for (let i = 0; i < k; i++) {
    const n = Math.round(Math.exp(Math.log(8) + r.u() * (Math.log(150) - Math.log(8))));
    const specialist = r.u() < 0.2;
    const weights = DECISION_BASE_RATES.map(() => r.u() ** 3 + 0.02);
    if (specialist) weights[r.int(0, weights.length - 1)] = 30;
    const lor = deviants.has(i) ? (r.u() < 0.5 ? -1 : 1) * Math.log(2 + r.u() * 10) : 0;
    const effect = lor === 0 ? options.overdispersion * r.normal() : 0;
    const simulated = simulateUnit(r, `dm${String(i).padStart(2, "0")}`, n, weights, base, lor, effect, specialist);
    cases.push(...simulated.cases);
    truth.push(simulated.truth);
  }
  return {cases, truth};
}

/** A department dataset: six departments of 80–220 cases with a mild uneven mix; `deviating` (0 or 1) truly off. */
export function departmentDataset(seed: number, options: DatasetOptions): SimulatedMeasure {
  const r = rng(seed);
  const base = DEPARTMENT_BASE_RATES.map((p) => expit(logit(p) + 0.15 * r.normal()));
  const deviant = options.deviating > 0 ? r.int(0, 5) : -1;
  const cases: StratifiedCase[] = [];
  const truth: TrueUnit[] = [];
  for (let i = 0; i < 6; i++) {
    const n = r.int(100, 300);
    const weights = DEPARTMENT_BASE_RATES.map(() => 0.3 + r.u());
    const lor = i === deviant ? (r.u() < 0.5 ? -1 : 1) * Math.log(2.5 + r.u() * 5.5) : 0;
    const effect = lor === 0 ? options.overdispersion * r.normal() : 0;
    const simulated = simulateUnit(r, `dept${i}`, n, weights, base, lor, effect, false);
    cases.push(...simulated.cases);
    truth.push(simulated.truth);
  }
  return {cases, truth};
}

/** The policy's assessment of a simulated measure, by unit. */
export function assessSimulated(measure: SimulatedMeasure, policy: FlagPolicy): Map<string, UnitAssessment> {
  const {units} = indirectStandardisation(measure.cases);
  return new Map(assessedUnits(units, policy).units.map((a) => [a.unit, a]));
}

/** A count out of a total, with its share and 95 % Clopper–Pearson interval. */
export interface Rate {
  count: number;
  total: number;
  rate: number;
  interval: Interval;
}

function rate(count: number, total: number): Rate {
  return {count, total, rate: total > 0 ? count / total : NaN, interval: total > 0 ? clopperPearsonInterval(count, total, 0.95) : {lower: NaN, upper: NaN}};
}

export interface CalibrationSize {
  /** Datasets of each kind: null and planted decision-maker datasets, department datasets with one deviating and null. */
  datasets: number;
  /** First seed; each dataset's seed is derived from it. */
  seed: number;
}

export interface CalibrationFigures {
  /** Planted units with at least the minimum cases and expected |z| ≥ DETECTABLE_Z alarmed in their direction. */
  recall: Rate;
  /** Alarms in planted datasets that fall on a planted unit, in its direction. */
  precision: Rate;
  /** Alarms among assessed units of null decision-maker datasets. */
  nullAlarms: Rate;
  /** Alerts or alarms (beyond 95 %) among assessed units of null decision-maker datasets. */
  nullFlags: Rate;
  /** Alarms among the normal units of planted datasets. */
  normalAlarms: Rate;
  /** Alarms among normal specialists (raw share extreme through case mix) in planted and null datasets. */
  specialistAlarms: Rate;
  /** Alarms among normal units of overdispersed null datasets (random effect SD 0.2 on the log odds). */
  overdispersedNullAlarms: Rate;
  /** Normal departments alarmed (either direction) when one of six truly deviates. */
  normalDepartmentAlarms: Rate;
  /** The truly deviating department alarmed in its direction, among those with expected |z| ≥ DETECTABLE_Z. */
  departmentRecall: Rate;
  /** Alarms among departments of null department datasets (six normal departments). */
  nullDepartmentAlarms: Rate;
}

/** Seeds of the k-th dataset of a kind, spread so that the kinds never share one. */
function seedOf(size: CalibrationSize, kind: number, k: number): number {
  return size.seed + 7919 * kind + 104_729 * k;
}

/**
 * The calibration figures of one policy over `size.datasets` datasets of each kind (planted decision-makers with 4–9
 * deviating units, null, overdispersed null, departments with one deviating, null departments). The same seeds for
 * every policy, so policies are compared on the same data.
 */
export function calibrate(policy: FlagPolicy, size: CalibrationSize): CalibrationFigures {
  const c = {recall: [0, 0], precision: [0, 0], nullAlarms: [0, 0], nullFlags: [0, 0], normalAlarms: [0, 0], specialist: [0, 0], overdispersed: [0, 0], normalDept: [0, 0], deptRecall: [0, 0], nullDept: [0, 0]};
  const alarmedIn = (a: UnitAssessment | undefined, lor: number) => a?.level === "alarm" && a.direction === (lor > 0 ? "high" : "low");
  for (let k = 0; k < size.datasets; k++) {
    const seedPlanted = seedOf(size, 1, k);
    const planted = decisionMakerDataset(seedPlanted, {deviating: 4 + (k % 6), overdispersion: 0});
    const assessed = assessSimulated(planted, policy);
    for (const t of planted.truth) {
      const a = assessed.get(t.unit)!;
      if (Number.isNaN(a.p)) continue;
      if (a.level === "alarm") {
        c.precision[1]! += 1;
        if (alarmedIn(a, t.logOddsRatio) && t.logOddsRatio !== 0) c.precision[0]! += 1;
      }
      if (t.logOddsRatio !== 0) {
        if (Math.abs(t.expectedZ) >= DETECTABLE_Z) {
          c.recall[1]! += 1;
          if (alarmedIn(a, t.logOddsRatio)) c.recall[0]! += 1;
        }
      } else {
        c.normalAlarms[1]! += 1;
        if (a.level === "alarm") c.normalAlarms[0]! += 1;
        if (t.specialist) {
          c.specialist[1]! += 1;
          if (a.level === "alarm") c.specialist[0]! += 1;
        }
      }
    }
    for (const [kind, od, target] of [[2, 0, "null"], [3, 0.2, "overdispersed"]] as const) {
      const nullSet = decisionMakerDataset(seedOf(size, kind, k), {deviating: 0, overdispersion: od});
      const nullAssessed = assessSimulated(nullSet, policy);
      for (const t of nullSet.truth) {
        const a = nullAssessed.get(t.unit)!;
        if (Number.isNaN(a.p)) continue;
        if (target === "null") {
          c.nullAlarms[1]! += 1;
          c.nullFlags[1]! += 1;
          if (a.level === "alarm") c.nullAlarms[0]! += 1;
          if (a.level !== null) c.nullFlags[0]! += 1;
          if (t.specialist) {
            c.specialist[1]! += 1;
            if (a.level === "alarm") c.specialist[0]! += 1;
          }
        } else {
          c.overdispersed[1]! += 1;
          if (a.level === "alarm") c.overdispersed[0]! += 1;
        }
      }
    }
    const departments = departmentDataset(seedOf(size, 4, k), {deviating: 1, overdispersion: 0});
    const deptAssessed = assessSimulated(departments, policy);
    for (const t of departments.truth) {
      const a = deptAssessed.get(t.unit)!;
      if (t.logOddsRatio === 0) {
        c.normalDept[1]! += 1;
        if (a.level === "alarm") c.normalDept[0]! += 1;
      } else if (Math.abs(t.expectedZ) >= DETECTABLE_Z) {
        c.deptRecall[1]! += 1;
        if (alarmedIn(a, t.logOddsRatio)) c.deptRecall[0]! += 1;
      }
    }
    const nullDepartments = departmentDataset(seedOf(size, 5, k), {deviating: 0, overdispersion: 0});
    for (const a of assessSimulated(nullDepartments, policy).values()) {
      c.nullDept[1]! += 1;
      if (a.level === "alarm") c.nullDept[0]! += 1;
    }
  }
  const r = (x: number[]) => rate(x[0]!, x[1]!);
  return {
    recall: r(c.recall),
    precision: r(c.precision),
    nullAlarms: r(c.nullAlarms),
    nullFlags: r(c.nullFlags),
    normalAlarms: r(c.normalAlarms),
    specialistAlarms: r(c.specialist),
    overdispersedNullAlarms: r(c.overdispersed),
    normalDepartmentAlarms: r(c.normalDept),
    departmentRecall: r(c.deptRecall),
    nullDepartmentAlarms: r(c.nullDept)
  };
}

/** The targets: recall ≥ 0.95, null alarm rate ≤ 0.3 %, normal departments alarmed ≤ 5 %. */
export const TARGETS = {recall: 0.95, nullAlarmRate: 0.003, normalDepartmentAlarmRate: 0.05} as const;

/** Whether figures meet every target (point estimates). */
export function meetsTargets(f: CalibrationFigures): boolean {
  return f.recall.rate >= TARGETS.recall && f.nullAlarms.rate <= TARGETS.nullAlarmRate && f.normalDepartmentAlarms.rate <= TARGETS.normalDepartmentAlarmRate;
}
