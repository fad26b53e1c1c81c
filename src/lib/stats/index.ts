/** Statistics core: pure, isomorphic functions (no DOM, no node:*), one concern per module. */
export type {Interval} from "./types.js";
export {wilsonInterval} from "./wilson.js";
export {clopperPearsonInterval} from "./clopper-pearson.js";
export {midPBinomialLimits, midPBinomialLimitsAtTail, midPLowerTail, midPUpperTail, normalProportionLimits, arcsineLimits} from "./funnel-limits.js";
export {dersimonianLairdTau2} from "./dersimonian-laird.js";
export {quantileType7} from "./quantile.js";
export {overdispersion, winsorisedDispersion, winsorisedNormalSecondMoment} from "./overdispersion.js";
export type {OverdispersionUnit, OverdispersionOptions, OverdispersionResult} from "./overdispersion.js";
export {benjaminiHochberg} from "./benjamini-hochberg.js";
export {betaBinomialShrinkage} from "./beta-binomial.js";
export type {BetaBinomialUnit, BetaBinomialPosterior, BetaBinomialResult, BetaBinomialOptions} from "./beta-binomial.js";
export {xmr} from "./xmr.js";
export type {XmrOptions, XmrPoint, XmrResult, Improvement, SpecialCauseRule, VariationType, Assurance} from "./xmr.js";
