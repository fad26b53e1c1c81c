/** The flag policy: one way, used by every measure, to say whether a unit differs from the others and why. */
export type {FlagLevel, FlagDirection, Polarity, FlagMethod, UnitType, FlagPolicy, UnitCounts, FlagContext, UnitAssessment} from "./types.js";
export {DEFAULT_FLAG_POLICY, flagPolicy} from "./policy.js";
export {indirectStandardisation, indirectStandardisationOfCounts} from "./indirect-standardisation.js";
export type {StratifiedCase, StratumCount, StratumRate, IndirectStandardisation} from "./indirect-standardisation.js";
export {adjustedRate, effectiveCases, flagZ, levelOfZ, limitsAt, casesToDiffer, assessUnit} from "./assess-unit.js";
export {caseMixOverdispersion} from "./overdispersion.js";
export type {CaseMixOverdispersion} from "./overdispersion.js";
export {flagContext, assessUnits} from "./assess-units.js";
export type {AssessedMeasure} from "./assess-units.js";
export {explainAssessment, directionPhrase, unitPhrase} from "./explanation.js";
export type {MeasureWording} from "./explanation.js";
export {flagMeasure} from "./flag.js";
export type {Flag, ExplainedAssessment, FlaggedMeasure, FlagMeasureInput} from "./flag.js";
