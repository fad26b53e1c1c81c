/**
 * Planted deviations: decision-makers and a department that truly differ from the rest after case
 * mix, and planted-normal controls whose raw figures look extreme but are explained by case mix or
 * small numbers. Dashboards and flag tests check themselves against these (docs/sample.md).
 */
import type {Department, HomeType} from "../../src/lib/extract/codes.js";
import {decisionMakerId, decisionMakerIndex} from "./organisation.js";

export type PlantedMeasure = "no_deficiencies_share" | "child_conversations";

export interface PlantedDecisionMakerSlot {
  department: Department;
  /** Position within the department (see organisation.ts). */
  position: number;
  /** "high"/"low": truly more/fewer decisions without deficiencies than case mix predicts; "normal": a control. */
  direction: "high" | "low" | "normal";
  /**
   * Odds ratio applied to the case-mix probability of a decision without deficiencies; `all` means every
   * decision is without deficiencies.
   */
  oddsRatio: number | "all";
  /** Frequency-supervision decisions per year at scale 1 (exactly this many in 2023). */
  decisionsPerYear: number;
  /** Exactly this many of the 2023 decisions are without deficiencies (scale 1), when set. */
  withoutDeficiencies2023?: number;
  /** Relative preference for the types of home this person inspects (case mix). */
  homeTypes: Readonly<Record<HomeType, number>>;
  note: string;
}

const MIXED: Readonly<Record<HomeType, number>> = {hvb: 1, supported_housing: 1, lss_child_home: 1, special_youth_home: 1};

/** The planted decision-makers, by department and position (seed-independent). */
export const PLANTED_DECISION_MAKER_SLOTS: readonly PlantedDecisionMakerSlot[] = [
  {department: "syd", position: 4, direction: "high", oddsRatio: "all", decisionsPerYear: 30, withoutDeficiencies2023: 30, homeTypes: MIXED, note: "every decision without deficiencies (30 of 30 in 2023: the published 100 %), on an ordinary case mix"},
  {department: "ost", position: 1, direction: "low", oddsRatio: 0.1, decisionsPerYear: 50, withoutDeficiencies2023: 10, homeTypes: MIXED, note: "10 of 50 without deficiencies in 2023 (the published 20 %) on an ordinary case mix; odds ratio 0.1 in other years"},
  {department: "vast", position: 6, direction: "high", oddsRatio: 6, decisionsPerYear: 40, homeTypes: MIXED, note: "odds of a decision without deficiencies six times the case-mix odds"},
  {department: "ost", position: 7, direction: "low", oddsRatio: 0.15, decisionsPerYear: 60, homeTypes: {hvb: 0.4, supported_housing: 0.6, lss_child_home: 4, special_youth_home: 0.1}, note: "many LSS homes for children, where most decisions are without deficiencies: a raw share above the published lowest, far below the expectation for that case mix"}
];

/** Planted-normal controls: extreme-looking raw figures that case mix or small numbers explain. */
export const PLANTED_CONTROL_SLOTS: readonly PlantedDecisionMakerSlot[] = [
  {department: "mitt", position: 3, direction: "normal", oddsRatio: 1, decisionsPerYear: 20, homeTypes: {hvb: 0.3, supported_housing: 0.2, lss_child_home: 0.1, special_youth_home: 12}, note: "mostly special youth homes: a low raw share, ordinary after case mix"},
  {department: "nord", position: 5, direction: "normal", oddsRatio: 1, decisionsPerYear: 4, homeTypes: MIXED, note: "only a handful of decisions a year: any share is chance"}
];

export interface PlantedDepartment {
  department: Department;
  measure: PlantedMeasure;
  direction: "high" | "low" | "normal";
  note: string;
}

/** Departments with a planted difference in child conversations (2023 targets in calibration.ts). */
export const PLANTED_DEPARTMENTS: readonly PlantedDepartment[] = [
  {department: "mitt", measure: "child_conversations", direction: "low", note: "68 %: conversations often not offered, truly low also among homes with children placed"},
  {department: "nord", measure: "child_conversations", direction: "normal", note: "71 %: mostly homes with no child placed on the day; ordinary among homes with children placed"},
  {department: "syd", measure: "child_conversations", direction: "high", note: "94 %: conversations at nearly every home with children placed"}
];

export interface PlantedDecisionMaker {
  id: string;
  department: Department;
  direction: "high" | "low" | "normal";
  measure: PlantedMeasure;
  note: string;
}

export interface Planted {
  /** Decision-makers whose share without deficiencies truly deviates after case mix (both directions). */
  decisionMakers: PlantedDecisionMaker[];
  /** Planted-normal decision-makers a sound method must not flag. */
  controls: PlantedDecisionMaker[];
  departments: PlantedDepartment[];
}

/** The planted deviations of the sample generated with `seed` (ids depend on the seed, the plan does not). */
export function plantedFor(seed: number): Planted {
  const person = (slot: PlantedDecisionMakerSlot): PlantedDecisionMaker => ({
    id: decisionMakerId(decisionMakerIndex(slot.department, slot.position), seed),
    department: slot.department,
    direction: slot.direction,
    measure: "no_deficiencies_share",
    note: slot.note
  });
  return {
    decisionMakers: PLANTED_DECISION_MAKER_SLOTS.map(person),
    controls: PLANTED_CONTROL_SLOTS.map(person),
    departments: [...PLANTED_DEPARTMENTS]
  };
}

/** The planted deviations of the default sample (seed 1), as committed in data/sample. */
export const PLANTED: Planted = plantedFor(1);
