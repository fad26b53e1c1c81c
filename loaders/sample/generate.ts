/**
 * The built-in sample: a deterministic, synthetic set of extracts (same seed and scale → the same
 * rows). Every id is synthetic and already pseudonymous; no personal data exists in it.
 */
import type {DecisionRow} from "../../src/lib/extract/decision-row.js";
import {generateNationalSupervision, type SampleDecision} from "./national-supervision.js";
import {createOrganisation} from "./organisation.js";
import {createRandom} from "./random.js";

export interface SampleOptions {
  /** Seed of the random source; the default sample uses 1. */
  seed: number;
  /** Size multiplier: 1 reproduces the published figures. */
  scale: number;
}

export interface Sample {
  decisions: DecisionRow[];
}

export const DEFAULT_SAMPLE_OPTIONS: SampleOptions = {seed: 1, scale: 1};

/** Generates all extracts of the sample. */
export function generateSample(options: SampleOptions = DEFAULT_SAMPLE_OPTIONS): Sample {
  if (!Number.isInteger(options.seed) || options.seed < 0) throw new RangeError(`seed must be a whole number ≥ 0, got ${options.seed}`);
  if (!(options.scale > 0 && options.scale <= 1000)) throw new RangeError(`scale must be in (0, 1000], got ${options.scale}`);
  const random = createRandom(options.seed);
  const organisation = createOrganisation(random);
  let caseNumber = 0;
  const cases = {next: () => `A-${String(++caseNumber).padStart(7, "0")}`};
  const decisions: SampleDecision[] = [...generateNationalSupervision(random, organisation, options.scale, cases)];
  // Decision ids follow the order of decision dates, as a case-management system would number them.
  decisions.sort((a, b) => (a.decision_date < b.decision_date ? -1 : a.decision_date > b.decision_date ? 1 : a.case_id < b.case_id ? -1 : a.case_id > b.case_id ? 1 : 0));
  return {
    decisions: decisions.map((d, i) => ({decision_id: `B-${String(i + 1).padStart(7, "0")}`, ...d}))
  };
}
