/** The flag policy: one way, used by every measure, to say whether a unit differs from the others and why. */
export type {FlagLevel, FlagDirection, Polarity, FlagMethod, ReferenceMethod, UnitType, FlagPolicy, UnitCounts, StratumCount, FlagContext, UnitAssessment} from "./types.js";
export {DEFAULT_FLAG_POLICY, flagPolicy} from "./policy.js";
export {indirectStandardisation, indirectStandardisationOfCounts} from "./indirect-standardisation.js";
export type {StratifiedCase, UnitStratumCount, StratumRate, IndirectStandardisation} from "./indirect-standardisation.js";
export {adjustedRate, effectiveCases, usesExact, flagZ, levelOfZ, limitsAt, casesToDiffer, assessUnit} from "./assess-unit.js";
export {caseMixOverdispersion} from "./overdispersion.js";
export type {CaseMixOverdispersion} from "./overdispersion.js";
export {flagContext, assessUnits, referenceFit, resolveReference, overdispersed, OVERDISPERSION_TEST_LEVEL} from "./assess-units.js";
export {referencedCounts} from "./reference.js";
export type {ReferencedUnits} from "./reference.js";
export type {AssessedMeasure} from "./assess-units.js";
export {assessmentOutcome, isBetterDirection} from "./explanation.js";
export type {AssessmentOutcome} from "./explanation.js";
export {flagMeasure} from "./flag.js";
export type {Flag, ExplainedAssessment, FlaggedMeasure, FlagMeasureInput} from "./flag.js";
