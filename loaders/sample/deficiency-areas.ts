/** Which deficiency areas decisions on each type of operation state, and how one is drawn. */
import type {DeficiencyArea, OperationType} from "../../src/lib/extract/codes.js";
import type {Random} from "./random.js";

const HOMES: Partial<Record<DeficiencyArea, number>> = {staff_competence: 3, care_and_treatment: 3, safety: 2, documentation: 2, quality_work: 2, premises: 1, licence: 0.5};
const CARE: Partial<Record<DeficiencyArea, number>> = {staff_competence: 3, care_and_treatment: 3, documentation: 2, quality_work: 2, safety: 1, premises: 0.5};
const HEALTH: Partial<Record<DeficiencyArea, number>> = {patient_safety: 3, staff_competence: 2, documentation: 2, quality_work: 2, care_and_treatment: 2};

/** Relative frequency of each deficiency area in decisions on a type of operation. */
export const AREAS_BY_OPERATION_TYPE: Readonly<Record<OperationType, Partial<Record<DeficiencyArea, number>>>> = {
  hvb: HOMES,
  supported_housing: HOMES,
  lss_child_home: {...HOMES, licence: 0},
  special_youth_home: {...HOMES, licence: 0, safety: 4},
  lss_adult_housing: CARE,
  elderly_housing: CARE,
  home_care: CARE,
  emergency_hospital: HEALTH,
  maternity_care: HEALTH,
  primary_care: HEALTH,
  aesthetic_clinic: {licence: 3, patient_safety: 3, documentation: 1, premises: 1},
  municipal_child_welfare: {staff_competence: 2, case_handling: 3, timeliness: 3, documentation: 2, quality_work: 1.5, placement_checks: 1.5, placement_follow_up: 2, reports_of_concern: 2.5},
  other: {other: 3, documentation: 1, quality_work: 1, staff_competence: 1}
};

/** One to three distinct areas for a decision on this type of operation, in code-list order of first draw. */
export function drawAreas(random: Random, operationType: OperationType): DeficiencyArea[] {
  const weights = AREAS_BY_OPERATION_TYPE[operationType];
  const areas = (Object.keys(weights) as DeficiencyArea[]).filter((a) => (weights[a] ?? 0) > 0);
  const k = random.weighted([1, 2, 3], (n) => (n === 1 ? 5 : n === 2 ? 3 : 1));
  const out: DeficiencyArea[] = [];
  while (out.length < Math.min(k, areas.length)) {
    const a = random.weighted(areas, (x) => (out.includes(x) ? 0 : weights[x] ?? 0));
    out.push(a);
  }
  return out;
}
