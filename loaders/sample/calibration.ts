/**
 * Published figures the sample at scale 1 must reproduce (domain brief: the agency's reports on national
 * supervisions 2022 – August 2024, on frequency supervision 2023 and on the operational meeting). The
 * generator is calibrated to these; tests count them from the generated rows with their own code.
 */
import type {Department, NationalArea, NoConversationReason} from "../../src/lib/extract/codes.js";

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

/** First and last day of the national supervisions in the published table. */
export const NATIONAL_PERIOD = {from: "2022-01-01", to: "2024-08-31"} as const;

/** The period the sample's extracts cover (extract.json); every decision, inspection and item falls inside. */
export const SAMPLE_PERIOD = {from: "2021-01-01", to: "2024-12-31"} as const;

/** The day the sample was "extracted" (extract.json). */
export const SAMPLE_EXTRACTED = "2025-01-15";

/** The year of the published figures on frequency supervision and self-initiated supervision. */
export const PUBLISHED_YEAR = 2023;

/**
 * Child conversations in frequency supervision 2023, per department: inspected homes and, by reason,
 * homes where no child was spoken with. Published: 850 homes, 175 without a conversation; one
 * department at 94 % (Syd: 141 of 150), two at 68 % (Mitt: 85 of 125) and 71 % (Nord: 71 of 100).
 * The split by reason is the sample's own (not published); it makes Nord's low rate mostly homes with
 * no child placed, and Mitt's mostly conversations not offered (the planted department).
 */
export const CHILD_CONVERSATION_TARGETS: Readonly<Record<Department, {homes: number; without: Readonly<Record<NoConversationReason, number>>}>> = {
  nord: {homes: 100, without: {no_child_present: 20, all_declined: 5, not_offered: 2, other: 2}},
  mitt: {homes: 125, without: {no_child_present: 8, all_declined: 7, not_offered: 20, other: 5}},
  ost: {homes: 190, without: {no_child_present: 16, all_declined: 12, not_offered: 6, other: 6}},
  sydost: {homes: 115, without: {no_child_present: 9, all_declined: 8, not_offered: 4, other: 3}},
  syd: {homes: 150, without: {no_child_present: 5, all_declined: 3, not_offered: 0, other: 1}},
  vast: {homes: 170, without: {no_child_present: 14, all_declined: 10, not_offered: 5, other: 4}}
};

/** Published: internal audit of 2023 frequency-supervision decisions, decision-makers with at least 10 decisions. */
export const NO_DEFICIENCIES_RANGE = {minDecisions: 10, lowest: 0.2, highest: 1} as const;

/** Published: items presented at the weekly operational meeting (OPS), February 2023 – June 2024, and those sent back. */
export const PREPARATION_TARGET = {from: "2023-02-01", to: "2024-06-30", items: 480, sentBack: 131} as const;

/** Published: decisions with deficiencies and a report-back request in self-initiated supervision, 2023. */
export const SELF_INITIATED_REPORT_BACKS = 413;
