/**
 * Published figures the sample at scale 1 must reproduce (../shared domain brief; the agency's report on
 * national supervisions 2022 – August 2024). The generator is calibrated to these; tests compare the
 * computed measures with their own copy of the published values.
 */
import type {NationalArea} from "../../src/lib/extract/codes.js";

export interface NationalAreaTarget {
  operations: number;
  reportBack1: number;
  reportBack2: number;
  reportBack3: number;
  final: number;
  sanctions: number;
  /** When the national supervision of this sector ran (decision dates fall inside). */
  from: string;
  to: string;
  /** Operation type of the supervised operations. */
  operationType: "lss_adult_housing" | "elderly_housing" | "emergency_hospital" | "aesthetic_clinic" | "maternity_care";
}

export const NATIONAL_TARGETS: Record<NationalArea, NationalAreaTarget> = {
  lss_adults: {operations: 90, reportBack1: 59, reportBack2: 2, reportBack3: 0, final: 90, sanctions: 2, from: "2022-01-10", to: "2023-03-31", operationType: "lss_adult_housing"},
  elderly_housing: {operations: 293, reportBack1: 293, reportBack2: 120, reportBack3: 23, final: 283, sanctions: 0, from: "2022-03-01", to: "2024-06-28", operationType: "elderly_housing"},
  emergency_hospitals: {operations: 28, reportBack1: 26, reportBack2: 20, reportBack3: 5, final: 20, sanctions: 6, from: "2022-09-01", to: "2024-08-30", operationType: "emergency_hospital"},
  aesthetic_treatments: {operations: 85, reportBack1: 31, reportBack2: 8, reportBack3: 0, final: 43, sanctions: 82, from: "2023-04-03", to: "2024-08-30", operationType: "aesthetic_clinic"},
  maternity_care: {operations: 46, reportBack1: 41, reportBack2: 0, reportBack3: 0, final: 0, sanctions: 0, from: "2024-03-04", to: "2024-08-30", operationType: "maternity_care"}
};

/** First and last day of the sample's decisions. */
export const SAMPLE_PERIOD = {from: "2022-01-01", to: "2024-08-31"} as const;
