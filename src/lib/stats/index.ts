/** Statistics core: pure, isomorphic functions (no DOM, no node:*), one concern per module. */
export type {Interval} from "./types.js";
export {wilsonInterval} from "./wilson.js";
export {clopperPearsonInterval} from "./clopper-pearson.js";
export {exactBinomialLimits, normalProportionLimits, arcsineLimits} from "./funnel-limits.js";
export {poissonExactInterval, byarsInterval, ratioInterval} from "./poisson.js";
export {quantileType7} from "./quantile.js";
export {overdispersion} from "./overdispersion.js";
export type {OverdispersionUnit, OverdispersionOptions, OverdispersionResult} from "./overdispersion.js";
export {benjaminiHochberg} from "./benjamini-hochberg.js";
export {betaBinomialShrinkage} from "./beta-binomial.js";
export type {BetaBinomialUnit, BetaBinomialPosterior, BetaBinomialResult, BetaBinomialOptions} from "./beta-binomial.js";
export {xmr} from "./xmr.js";
export type {XmrOptions, XmrPoint, XmrResult, Improvement, SpecialCauseRule, VariationType, Assurance} from "./xmr.js";
export {kaplanMeier, survivalQuantile, kaplanMeierAt} from "./kaplan-meier.js";
export type {SurvivalObservation, KaplanMeierStep, KaplanMeierResult, KaplanMeierOptions, SurvivalQuantile, KaplanMeierAtTime} from "./kaplan-meier.js";
