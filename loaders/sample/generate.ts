/**
 * The built-in sample: a deterministic, synthetic set of extracts (same seed and scale → the same
 * rows). Every id is synthetic and already pseudonymous; no personal data exists in it. See
 * docs/sample.md for how it is built and what it is calibrated to.
 */
import type {DecisionRow} from "../../src/lib/extract/decision-row.js";
import type {InspectionRow} from "../../src/lib/extract/inspection-row.js";
import type {PreparationRow} from "../../src/lib/extract/preparation-row.js";
import {SAMPLE_EXTRACTED, SAMPLE_PERIOD} from "./calibration.js";
import {CASEWORK_PROFILES, createOperationPool, generateCasework} from "./casework.js";
import {createContext} from "./context.js";
import {isoOf} from "./dates.js";
import {generateFrequencySupervision} from "./frequency-supervision.js";
import {serialId} from "./ids.js";
import {generateNationalSupervision} from "./national-supervision.js";
import {createOrganisation} from "./organisation.js";
import {generatePreparations} from "./preparations.js";
import {createRandom} from "./random.js";
import type {SampleDecision, SampleInspection, SamplePreparation} from "./records.js";
import {generateSelfInitiated} from "./self-initiated.js";

export interface SampleOptions {
  /** Seed of the random source; the default sample uses 1. */
  seed: number;
  /** Size multiplier: 1 reproduces the published figures. */
  scale: number;
  /**
   * Overdispersed scenario: SD, on the log-odds scale, of each non-planted decision-maker's own tendency to decide without
   * deficiencies (a random effect beyond case mix). 0 or absent (the default sample): they differ by binomial chance only.
   */
  dispersion?: number;
}

/** The content of extract.json: the period the extracts cover, when they were taken, and how they were generated. */
export interface ExtractInfo {
  period: {from: string; to: string};
  extracted: string;
  generator: {seed: number; scale: number; dispersion?: number};
}

/** The sample as the generator's compact records, sorted and with ids assigned (what the writer streams). */
export interface SampleRecords {
  decisions: SampleDecision[];
  inspections: SampleInspection[];
  preparations: SamplePreparation[];
  extract: ExtractInfo;
}

/** The sample as extract rows. */
export interface Sample {
  decisions: DecisionRow[];
  inspections: InspectionRow[];
  preparations: PreparationRow[];
  extract: ExtractInfo;
}

export const DEFAULT_SAMPLE_OPTIONS: SampleOptions = {seed: 1, scale: 1};

function checkOptions(options: SampleOptions): void {
  if (!Number.isInteger(options.seed) || options.seed < 0) throw new RangeError(`seed must be a whole number ≥ 0, got ${options.seed}`);
  if (!(options.scale > 0 && options.scale <= 1000)) throw new RangeError(`scale must be in (0, 1000], got ${options.scale}`);
  if (options.dispersion !== undefined && !(options.dispersion >= 0 && options.dispersion <= 3)) throw new RangeError(`dispersion must be in [0, 3], got ${options.dispersion}`);
}

/** Generates every extract of the sample as compact records, with case, decision, inspection and item ids assigned. */
export function generateSampleRecords(options: SampleOptions = DEFAULT_SAMPLE_OPTIONS): SampleRecords {
  checkOptions(options);
  const random = createRandom(options.seed);
  const organisation = createOrganisation(random, options.seed);
  const ctx = createContext(random, organisation, options.scale, options.seed, options.dispersion ?? 0);
  const pool = createOperationPool(ctx);
  const national = generateNationalSupervision(ctx);
  const frequency = generateFrequencySupervision(ctx);
  const casework = [
    ...generateSelfInitiated(ctx, pool).flat(),
    ...generateCasework(ctx, pool, CASEWORK_PROFILES.complaint).flat(),
    ...generateCasework(ctx, pool, CASEWORK_PROFILES.report).flat()
  ];
  const all = [...national, ...frequency.decisions, ...casework];
  // Case ids follow the order cases were opened in, decision ids the order of decision dates, as a
  // case-management system would number them.
  // (Array.prototype.sort is stable: ties keep the order of generation.)
  const cases: SampleDecision["case"][] = [];
  for (const d of all) {
    if (d.case.order === -1) {
      d.case.order = cases.length;
      cases.push(d.case);
    }
  }
  cases.sort((a, b) => a.opened - b.opened);
  cases.forEach((c, i) => {
    c.id = serialId("A", i + 1, 7);
    c.order = i;
  });
  const decisions = all.sort((a, b) => a.day - b.day || a.case.order - b.case.order || a.seq - b.seq);
  decisions.forEach((d, i) => (d.id = serialId("B", i + 1, 7)));
  const inspections = frequency.inspections.sort((a, b) => a.day - b.day);
  inspections.forEach((x, i) => (x.id = serialId("I", i + 1, 6)));
  const preparations = generatePreparations(ctx).sort((a, b) => a.day - b.day);
  preparations.forEach((p, i) => (p.id = serialId("P", i + 1, 5)));
  return {decisions, inspections, preparations, extract: extractInfo(options)};
}

/** The extract.json content of a sample generated with these options. */
export function extractInfo(options: SampleOptions): ExtractInfo {
  return {period: {from: SAMPLE_PERIOD.from, to: SAMPLE_PERIOD.to}, extracted: SAMPLE_EXTRACTED, generator: {seed: options.seed, scale: options.scale, ...(options.dispersion ? {dispersion: options.dispersion} : {})}};
}

/** A decision record as a row of decisions.csv. */
export function decisionRow(d: SampleDecision): DecisionRow {
  return {
    decision_id: d.id,
    case_id: d.case.id,
    operation_id: d.case.operationId,
    operation_type: d.case.operationType,
    case_type: d.case.caseType,
    national_area: d.case.nationalArea,
    department: d.case.department,
    decision_maker: d.maker.id,
    decision_maker_role: d.maker.role,
    case_opened: isoOf(d.case.opened),
    decision_date: isoOf(d.day),
    decision_type: d.type,
    deficiencies: d.deficiencies,
    deficiency_areas: [...d.areas]
  };
}

/** An inspection record as a row of inspections.csv. */
export function inspectionRow(x: SampleInspection): InspectionRow {
  return {
    inspection_id: x.id,
    home_id: x.homeId,
    home_type: x.homeType,
    department: x.department,
    inspection_date: isoOf(x.day),
    team: x.team,
    decision_id: x.decision?.id ?? null,
    children_placed: x.childrenPlaced,
    children_agreed: x.childrenAgreed,
    children_spoken: x.childrenSpoken,
    no_conversation_reason: x.reason
  };
}

/** An OPS item record as a row of preparations.csv. */
export function preparationRow(p: SamplePreparation): PreparationRow {
  return {item_id: p.id, department: p.department, presented_date: isoOf(p.day), outcome: p.outcome, returns_from: p.returnsFrom?.id ?? null};
}

/** Generates every extract of the sample as rows (fine up to a few hundred thousand rows; the CLI streams records instead). */
export function generateSample(options: SampleOptions = DEFAULT_SAMPLE_OPTIONS): Sample {
  const records = generateSampleRecords(options);
  return {
    decisions: records.decisions.map(decisionRow),
    inspections: records.inspections.map(inspectionRow),
    preparations: records.preparations.map(preparationRow),
    extract: records.extract
  };
}
