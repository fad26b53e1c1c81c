/**
 * What the explanation of an assessed unit rests on, as facts: which of the three cases it is (not assessed, within the
 * limits, flagged), the limits it is compared with and, for a flag, the limit crossed. The Swedish sentence is made
 * from these by src/lib/format/flag-sentence.ts.
 */
import type {FlagDirection, FlagLevel, Polarity, UnitAssessment} from "./types.js";

/** An assessed unit's outcome, with the numbers its explanation quotes. Limits are adjusted rates (proportions). */
export type AssessmentOutcome =
  /** Not assessed (too few cases, or no expected rate strictly between 0 and 1): `reason` says why. */
  | {kind: "not-assessed"; reason: string}
  /** Within the alert limits; `reason` says why no flag can be raised at all, when that is so. */
  | {kind: "within"; lower: number; upper: number; reason: string | null}
  /** Beyond the limits of `level` on the `direction` side; `limit` is the one crossed; `casesToDiffer` null when no change would remove the flag. */
  | {kind: "flagged"; level: FlagLevel; direction: FlagDirection; limit: number; casesToDiffer: number | null};

/** The outcome of one assessed unit (see `AssessmentOutcome`). */
export function assessmentOutcome(a: UnitAssessment): AssessmentOutcome {
  if (a.noFlagReason !== null && Number.isNaN(a.p)) return {kind: "not-assessed", reason: a.noFlagReason};
  if (a.level === null || a.direction === null) return {kind: "within", lower: a.adjustedLimits.alert.lower, upper: a.adjustedLimits.alert.upper, reason: a.noFlagReason || null};
  // Without case mix the adjusted rate is the rate; with it, the limit is one of the adjusted rate.
  const levelLimits = a.level === "alarm" ? a.adjustedLimits.alarm : a.adjustedLimits.alert;
  return {kind: "flagged", level: a.level, direction: a.direction, limit: a.direction === "high" ? levelLimits.upper : levelLimits.lower, casesToDiffer: a.casesToDiffer};
}

/** True when `direction` is the better side under `polarity`, false when the worse, null when the measure has no polarity. */
export function isBetterDirection(direction: FlagDirection, polarity: Polarity): boolean | null {
  if (polarity === "none") return null;
  return (direction === "high") === (polarity === "higher-better");
}
