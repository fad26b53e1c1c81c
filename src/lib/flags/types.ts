/** Shared types of the flag policy (docs/methods.md, "Flag policy"). */
import type {Interval} from "../stats/types.js";

/** alarm: beyond the 99.8 % limits; alert: beyond the 95 % limits but not the 99.8 % ones. */
export type FlagLevel = "alarm" | "alert";
/** Whether the unit lies above or below its expected value. */
export type FlagDirection = "high" | "low";
/** Which direction is better, or "none" when the measure only shows disagreement (then the UI says högre/lägre). */
export type Polarity = "higher-better" | "lower-better" | "none";
/** How the limits are computed: arcsine (default, with τ² when φ > 1) or the exact binomial (never widened). */
export type FlagMethod = "arcsine" | "exact-binomial";
/** The kinds of unit a measure compares. */
export type UnitType = "decision-maker" | "department" | "team";

/** The policy every flag is raised under; DEFAULT_FLAG_POLICY holds the defaults. */
export interface FlagPolicy {
  method: FlagMethod;
  /** Units with fewer cases get no flag (and say so). */
  minimumCases: number;
  /** Confidence level of the alert limits (0.95). */
  alertLevel: number;
  /** Confidence level of the alarm limits (0.998). */
  alarmLevel: number;
  /** "auto": add τ² to the arcsine limits when φ > 1; "off": never. */
  overdispersion: "auto" | "off";
  /**
   * Fewest eligible units for φ and τ² to be estimated (default 10): with fewer (six departments) a truly deviating unit
   * would make most of the between-unit variance itself and widen its own limits, so no τ² is added.
   */
  minimumUnitsForOverdispersion: number;
}

/** One unit's counts: n cases, O events, E expected events under the reference (national) stratum rates. */
export interface UnitCounts {
  unit: string;
  n: number;
  observed: number;
  expected: number;
  /**
   * Variance of O under the reference rates, Σₛ nₛ·pₛ(1 − pₛ); less than n·e(1 − e) (e = E/n) when the unit's strata
   * differ. Omitted: n·e(1 − e), i.e. no case mix.
   */
  variance?: number;
}

/** What is fixed for every unit of one measure: the target, φ and the τ² actually applied. */
export interface FlagContext {
  policy: FlagPolicy;
  /** Reference rate: total events over total cases (a proportion); scales the adjusted rates. */
  target: number;
  /** Dispersion ratio φ (`caseMixOverdispersion`) over the eligible units (NaN when fewer than two). */
  phi: number;
  /** Additive variance on the arcsine scale that is applied to the limits (0 unless arcsine and φ > 1). */
  tau2: number;
}

/** The assessment of one unit of one measure, flagged or not. */
export interface UnitAssessment extends UnitCounts {
  /** Observed rate O/n. */
  rate: number;
  /** Expected rate E/n given the unit's case mix. */
  expectedRate: number;
  /** Case-mix adjusted rate (O/E)·target; equals the rate when there is no case mix. */
  adjustedRate: number;
  target: number;
  /** Limits for the observed rate O/n, around the expected rate E/n at this unit's n. */
  limits: {alert: Interval; alarm: Interval};
  /** The same limits on the adjusted-rate scale (multiplied by target/(E/n)); equal to `limits` without case mix. */
  adjustedLimits: {alert: Interval; alarm: Interval};
  phi: number;
  tau2: number;
  method: FlagMethod;
  /** z of the method used (arcsine or exact binomial), signed: positive = high. */
  z: number;
  /** Two-sided p-value from z. NaN for a unit that is not assessed (too few cases). */
  p: number;
  /** Benjamini–Hochberg q across the assessed units of the measure (NaN when not assessed). */
  q: number;
  level: FlagLevel | null;
  direction: FlagDirection | null;
  /** For a flagged unit: the smallest change in O that brings it inside the alert limits (φ, τ², E fixed). */
  casesToDiffer: number | null;
  /** Why the unit has no flag although it was looked at (too few cases, no variation), else null. */
  noFlagReason: string | null;
}
