/** Shared types of the flag policy (docs/methods.md, "Flag policy"). */
import type {Interval} from "../stats/types.js";

/** alarm: beyond the 99.8 % limits; alert: beyond the 95 % limits but not the 99.8 % ones. */
export type FlagLevel = "alarm" | "alert";
/** Whether the unit lies above or below its expected value. */
export type FlagDirection = "high" | "low";
/** Which direction is better, or "none" when the measure only shows disagreement (then the UI says högre/lägre). */
export type Polarity = "higher-better" | "lower-better" | "none";
/**
 * How the limits are computed: arcsine (default; a unit with fewer than policy.smallExpected expected events or non-events
 * gets the mid-p exact binomial instead) or the mid-p exact binomial for every unit. Either is widened by τ² under overdispersion.
 */
export type FlagMethod = "arcsine" | "exact-binomial";
/**
 * What each unit is compared with (docs/methods.md, "Reference"): "robust-iterative" — stratum rates, φ and τ² from the
 * units not at alarm, re-estimated until the set of alarmed units is stable; "leave-one-out" — the same, and each unit
 * also left out of its own reference; "all" — every unit in the reference (the textbook funnel plot).
 */
export type ReferenceMethod = "robust-iterative" | "leave-one-out" | "all";
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
  /** "auto": add τ² to the limits when a χ² test finds overdispersion at 5 % (lika's gate, `overdispersed`; docs/methods.md); "off": never. */
  overdispersion: "auto" | "off";
  /**
   * How φ is estimated from the winsorised z-scores: "consistent" (default) divides FunnelPlotR's winsorised mean z² by
   * its value for units that differ by chance alone (0.679), so φ ≈ 1 under no overdispersion; "funnelplotr" keeps it.
   */
  dispersionEstimate: "consistent" | "funnelplotr";
  /**
   * The reference each unit is compared with; "auto" (default): "leave-one-out" with fewer eligible units than
   * minimumUnitsForOverdispersion (six departments), else "robust-iterative".
   */
  reference: "auto" | ReferenceMethod;
  /**
   * With the arcsine method, a unit whose expected events E or expected non-events n − E are fewer than this (default 5)
   * is judged by the mid-p exact binomial, where the arcsine approximation fails. 0: never.
   */
  smallExpected: number;
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
  /**
   * The unit's cases and events per case-mix stratum (`indirectStandardisation` fills it in). When every unit has it, the
   * reference rates can be re-estimated without the units being judged (FlagPolicy.reference); without it E is rescaled.
   * Not carried into the assessment.
   */
  strata?: readonly StratumCount[];
}

/** One unit's cases (n) and events in one case-mix stratum. */
export interface StratumCount {
  stratum: string;
  n: number;
  events: number;
}

/** What is fixed for every unit of one measure: the target, φ and the τ² actually applied, and the reference used. */
export interface FlagContext {
  policy: FlagPolicy;
  /** Reference rate: total events over total cases of the reference units unless the caller gave one; scales the adjusted rates. */
  target: number;
  /**
   * Dispersion ratio φ (`caseMixOverdispersion`, on the scale of policy.dispersionEstimate: about 1 under no overdispersion by
   * default) over the eligible units of the reference (NaN when fewer than
   * policy.minimumUnitsForOverdispersion).
   */
  phi: number;
  /** Additive variance on the arcsine scale that is applied to the limits (0 unless `overdispersed` and overdispersion is "auto"). */
  tau2: number;
  /** The reference actually used (policy.reference "auto" resolved); absent in contexts built by hand (then "all"). */
  reference?: ReferenceMethod;
  /** Units left out of the reference because they were at alarm (robust-iterative, leave-one-out); [] otherwise. */
  setAside?: string[];
  /** Assessment passes until the set of alarmed units was stable (1 for "all"). */
  iterations?: number;
}

/** The assessment of one unit of one measure, flagged or not. */
export interface UnitAssessment extends UnitCounts {
  /** Observed rate O/n. */
  rate: number;
  /** Expected rate E/n given the unit's case mix (E and the variance are those of the reference used, FlagContext.reference). */
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
  /**
   * z of the method used, signed: positive = high; adjusted for τ² when it is applied. Always finite for an assessed unit:
   * the exact (mid-p) z is Φ⁻¹ of a tail probability strictly inside (0, 1), so O = 0 and O = n give finite values.
   * NaN for a unit not assessed.
   */
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
