/**
 * The sample's organisation: six departments of different sizes and 60 decision-makers with fixed
 * roles (a head of department, unit managers, inspectors with delegated authority, in two departments a
 * legal officer). Some decide far more than others (about one in six only occasionally), and the
 * departments differ in practice: how much is delegated to inspectors, how often a persisting
 * deficiency is met by another report-back request instead of a step up, and how long they take.
 */
import {DEPARTMENTS, type DecisionMakerRole, type DecisionType, type Department, type HomeType} from "../../src/lib/extract/codes.js";
import {pseudonymOf} from "./ids.js";
import type {Random} from "./random.js";

export interface SampleDecisionMaker {
  id: string;
  /** Position in `SampleOrganisation.decisionMakers` (the counter behind the pseudonym). */
  index: number;
  department: Department;
  /** Position within the department: 0 is the head, then unit managers, legal officer, inspectors. */
  position: number;
  role: DecisionMakerRole;
  /** Relative share of the department's cases this person decides. */
  weight: number;
}

export interface DepartmentProfile {
  /** Share of all cases handled by the department. */
  weight: number;
  unitManagers: number;
  legalOfficer: boolean;
  inspectors: number;
  /** Share of delegable decisions (no deficiencies, criticism, report-back, final) taken by inspectors with delegation. */
  delegation: number;
  /** Probability that a persisting deficiency gets another decision at the same rung rather than a step up. */
  repeat: number;
  /** Days from one decision of a case to the next, when the provider had to report back or comply. */
  gapDays: readonly [number, number];
  /**
   * Probability that a follow-up waits seven to fourteen months instead (follow-up.ts): a planted backlog,
   * the source of the cases that stand open without a decision for more than 180 days.
   */
  backlog: number;
  /** Mix of home types in frequency supervision (relative weights). */
  homeTypes: Readonly<Record<HomeType, number>>;
  /** Share of the children who agreed to talk that the inspectors actually spoke with. */
  conversationDepth: number;
}

/** The practices that set the departments apart (documented in docs/sample.md). */
export const DEPARTMENT_PROFILES: Readonly<Record<Department, DepartmentProfile>> = {
  nord: {weight: 0.12, unitManagers: 2, legalOfficer: false, inspectors: 5, delegation: 0.25, repeat: 0.85, gapDays: [70, 160], backlog: 0.3, homeTypes: {hvb: 45, supported_housing: 20, lss_child_home: 30, special_youth_home: 5}, conversationDepth: 0.85},
  mitt: {weight: 0.15, unitManagers: 2, legalOfficer: false, inspectors: 6, delegation: 0.35, repeat: 0.6, gapDays: [60, 140], backlog: 0.12, homeTypes: {hvb: 50, supported_housing: 17, lss_child_home: 18, special_youth_home: 15}, conversationDepth: 0.6},
  ost: {weight: 0.22, unitManagers: 3, legalOfficer: true, inspectors: 8, delegation: 0.55, repeat: 0.7, gapDays: [55, 130], backlog: 0, homeTypes: {hvb: 46, supported_housing: 20, lss_child_home: 30, special_youth_home: 4}, conversationDepth: 0.8},
  sydost: {weight: 0.14, unitManagers: 2, legalOfficer: false, inspectors: 5, delegation: 0.45, repeat: 0.55, gapDays: [55, 130], backlog: 0, homeTypes: {hvb: 55, supported_housing: 20, lss_child_home: 20, special_youth_home: 5}, conversationDepth: 0.8},
  syd: {weight: 0.17, unitManagers: 2, legalOfficer: false, inspectors: 7, delegation: 0.75, repeat: 0.4, gapDays: [45, 110], backlog: 0, homeTypes: {hvb: 57, supported_housing: 20, lss_child_home: 19, special_youth_home: 4}, conversationDepth: 0.95},
  vast: {weight: 0.2, unitManagers: 3, legalOfficer: true, inspectors: 7, delegation: 0.65, repeat: 0.5, gapDays: [50, 120], backlog: 0, homeTypes: {hvb: 55, supported_housing: 22, lss_child_home: 19, special_youth_home: 4}, conversationDepth: 0.8}
};

/** Fixed workloads of the planted decision-makers (loaders/sample/planted.ts), by department and position. */
const FIXED_WEIGHTS: Partial<Record<`${Department}:${number}`, number>> = {
  "syd:4": 0.9,
  "ost:1": 1.2,
  "vast:6": 1.3,
  "ost:7": 1.4,
  "mitt:3": 1.0,
  "nord:5": 0.15
};

export interface SampleOrganisation {
  departments: {code: Department; weight: number}[];
  decisionMakers: SampleDecisionMaker[];
  byDepartment: Map<Department, SampleDecisionMaker[]>;
}

/** The role of the person at `position` in a department. */
function roleAt(profile: DepartmentProfile, position: number): DecisionMakerRole {
  if (position === 0) return "department_head";
  if (position <= profile.unitManagers) return "unit_manager";
  if (profile.legalOfficer && position === profile.unitManagers + 1) return "legal_officer";
  return "inspector_delegated";
}

/** Builds the organisation; pseudonyms depend on `seed`, everything else on the random source. */
export function createOrganisation(random: Random, seed: number): SampleOrganisation {
  const decisionMakers: SampleDecisionMaker[] = [];
  const byDepartment = new Map<Department, SampleDecisionMaker[]>();
  for (const {code} of DEPARTMENTS) {
    const profile = DEPARTMENT_PROFILES[code];
    const size = 1 + profile.unitManagers + (profile.legalOfficer ? 1 : 0) + profile.inspectors;
    const people: SampleDecisionMaker[] = [];
    for (let position = 0; position < size; position++) {
      // Skewed workloads: most decide a normal share, about one in six only occasionally.
      const drawn = random.chance(1 / 6) ? 0.1 + random.next() * 0.15 : 0.6 + random.next() * 0.8;
      const index = decisionMakers.length + people.length;
      people.push({
        id: decisionMakerId(index, seed),
        index,
        department: code,
        position,
        role: roleAt(profile, position),
        weight: FIXED_WEIGHTS[`${code}:${position}`] ?? drawn
      });
    }
    byDepartment.set(code, people);
    decisionMakers.push(...people);
  }
  return {
    departments: DEPARTMENTS.map(({code}) => ({code, weight: DEPARTMENT_PROFILES[code].weight})),
    decisionMakers,
    byDepartment
  };
}

/** The pseudonym of the decision-maker with this index (see `SampleDecisionMaker.index`). */
export function decisionMakerId(index: number, seed: number): string {
  return pseudonymOf("decisionMaker", index, seed);
}

/** Index of the person at `position` of `department` (departments in code-list order). */
export function decisionMakerIndex(department: Department, position: number): number {
  let index = 0;
  for (const {code} of DEPARTMENTS) {
    if (code === department) return index + position;
    const p = DEPARTMENT_PROFILES[code];
    index += 1 + p.unitManagers + (p.legalOfficer ? 1 : 0) + p.inspectors;
  }
  throw new RangeError(`unknown department ${department}`);
}

const SANCTIONS = new Set<DecisionType>(["injunction", "injunction_with_fine", "fine_imposed", "prohibition", "licence_revoked"]);

/** The people of a department with a role. */
export function withRole(organisation: SampleOrganisation, department: Department, role: DecisionMakerRole): SampleDecisionMaker[] {
  return organisation.byDepartment.get(department)!.filter((p) => p.role === role);
}

/** The owner of a new case: an inspector with delegation as often as the department delegates, else a unit manager. */
export function chooseCaseOwner(random: Random, organisation: SampleOrganisation, department: Department): SampleDecisionMaker {
  const role = random.chance(DEPARTMENT_PROFILES[department].delegation) ? "inspector_delegated" : "unit_manager";
  return random.weighted(withRole(organisation, department, role), (p) => p.weight);
}

/**
 * Who signs a decision of `type` in a case owned by `owner`: delegable decisions mostly the owner;
 * sanctions a unit manager (prohibitions, revoked licences and a quarter of the rest the head of
 * department); reports for prosecution the legal officer where there is one.
 */
export function chooseDecider(random: Random, organisation: SampleOrganisation, department: Department, type: DecisionType, owner: SampleDecisionMaker): SampleDecisionMaker {
  const head = withRole(organisation, department, "department_head")[0]!;
  if (type === "prosecution_report") return withRole(organisation, department, "legal_officer")[0] ?? head;
  if (type === "prohibition" || type === "licence_revoked") return head;
  if (SANCTIONS.has(type)) {
    if (random.chance(0.25)) return head;
    return owner.role === "unit_manager" && random.chance(0.7) ? owner : random.weighted(withRole(organisation, department, "unit_manager"), (p) => p.weight);
  }
  return random.chance(0.85) ? owner : chooseCaseOwner(random, organisation, department);
}
