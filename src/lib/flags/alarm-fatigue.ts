/**
 * How much a reader should make of a measure's flags as a whole (docs/methods.md, "Alarm fatigue"): how many flags
 * chance alone would raise among the units shown, and whether so many units are flagged that the variation is broad
 * rather than a few anomalies. Pure; the components put it in words.
 */
import type {FlagDirection, FlagLevel, FlagPolicy, UnitAssessment} from "./types.js";

/** Broad variation needs at least this many flagged units … */
export const BROAD_VARIATION_MIN_FLAGGED = 3;
/** … making up at least this share of the assessed units. */
export const BROAD_VARIATION_SHARE = 0.5;

/** One flagged unit's difference: its size beside its significance. */
export interface FlagDifference {
  unit: string;
  level: FlagLevel;
  direction: FlagDirection;
  /** Adjusted rate minus the target, in percentage points (positive = higher). */
  differencePercentagePoints: number;
  q: number;
}

export interface AlarmFatigue {
  /** Units the policy compared with their limits (`isAssessedUnit`). */
  assessed: number;
  alarms: number;
  /** Alerts that are not alarms. */
  alerts: number;
  /** Flags chance alone would raise among the assessed units if none truly differed: beyond the alarm limits, and beyond the alert limits (alarms included). */
  expectedFalseAlarms: number;
  expectedFalseAlerts: number;
  /** True when at least BROAD_VARIATION_MIN_FLAGGED units and at least BROAD_VARIATION_SHARE of the assessed units are flagged (alert or alarm). */
  broad: boolean;
  /** Every flagged unit, largest absolute difference first. */
  differences: FlagDifference[];
}

/**
 * True when the flag policy actually compared the unit with its limits: it has a p-value and no reason for having no flag
 * (not too few cases, an expected rate strictly between 0 and 1, where nothing could differ). Only these count as assessed.
 */
export function isAssessedUnit(a: Pick<UnitAssessment, "p" | "noFlagReason">): boolean {
  return Number.isFinite(a.p) && a.noFlagReason === null;
}

/** Units × (1 − level): the flags beyond two-sided `level` limits expected by chance among `units` units that do not differ. */
export function expectedFalseFlags(units: number, level: number): number {
  return units * (1 - level);
}

/** Whether `flagged` of `assessed` units is broad variation rather than a few anomalies (the rule above). */
export function isBroadVariation(flagged: number, assessed: number): boolean {
  return flagged >= BROAD_VARIATION_MIN_FLAGGED && assessed > 0 && flagged / assessed >= BROAD_VARIATION_SHARE;
}

/** The alarm-fatigue view of one measure's assessed units under the policy they were assessed by. No units give zeros. */
export function alarmFatigue(units: readonly UnitAssessment[], policy: Pick<FlagPolicy, "alertLevel" | "alarmLevel">): AlarmFatigue {
  const assessed = units.filter(isAssessedUnit);
  const flagged = assessed.filter((a) => a.level !== null && a.direction !== null);
  const differences = flagged
    .map((a) => ({unit: a.unit, level: a.level!, direction: a.direction!, differencePercentagePoints: 100 * (a.adjustedRate - a.target), q: a.q}))
    .sort((a, b) => Math.abs(b.differencePercentagePoints) - Math.abs(a.differencePercentagePoints) || (a.unit < b.unit ? -1 : 1));
  return {
    assessed: assessed.length,
    alarms: flagged.filter((a) => a.level === "alarm").length,
    alerts: flagged.filter((a) => a.level === "alert").length,
    expectedFalseAlarms: expectedFalseFlags(assessed.length, policy.alarmLevel),
    expectedFalseAlerts: expectedFalseFlags(assessed.length, policy.alertLevel),
    broad: isBroadVariation(flagged.length, assessed.length),
    differences
  };
}
