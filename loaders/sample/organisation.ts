/**
 * The sample's organisation: six departments of different sizes and about 60 decision-makers, some of
 * whom decide far more than others (a few decide only a handful of cases a year).
 */
import {DEPARTMENTS, type Department} from "../../src/lib/extract/codes.js";
import {formatPseudonym} from "../../src/lib/privacy/pseudonym-format.js";
import type {Random} from "./random.js";

export interface SampleDecisionMaker {
  id: string;
  department: Department;
  /** Relative share of the department's cases this person decides. */
  weight: number;
}

export interface SampleOrganisation {
  departments: {code: Department; weight: number}[];
  decisionMakers: SampleDecisionMaker[];
  byDepartment: Map<Department, SampleDecisionMaker[]>;
}

/** Relative size of each department (share of cases) and its number of decision-makers. */
const DEPARTMENT_SIZES: Record<Department, {weight: number; decisionMakers: number}> = {
  nord: {weight: 0.12, decisionMakers: 8},
  mitt: {weight: 0.15, decisionMakers: 9},
  ost: {weight: 0.22, decisionMakers: 13},
  sydost: {weight: 0.14, decisionMakers: 8},
  syd: {weight: 0.17, decisionMakers: 10},
  vast: {weight: 0.2, decisionMakers: 12}
};

export function createOrganisation(random: Random): SampleOrganisation {
  const decisionMakers: SampleDecisionMaker[] = [];
  const byDepartment = new Map<Department, SampleDecisionMaker[]>();
  for (const {code} of DEPARTMENTS) {
    const people: SampleDecisionMaker[] = [];
    for (let i = 0; i < DEPARTMENT_SIZES[code].decisionMakers; i++) {
      // Skewed workloads: most decide a normal share, about one in six only occasionally.
      const weight = random.chance(1 / 6) ? 0.1 + random.next() * 0.15 : 0.6 + random.next() * 0.8;
      people.push({id: formatPseudonym("decisionMaker", random.bytes(6)), department: code, weight});
    }
    byDepartment.set(code, people);
    decisionMakers.push(...people);
  }
  return {
    departments: DEPARTMENTS.map(({code}) => ({code, weight: DEPARTMENT_SIZES[code].weight})),
    decisionMakers,
    byDepartment
  };
}
