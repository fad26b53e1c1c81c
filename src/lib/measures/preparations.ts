/**
 * Preparation in the weekly operational meeting (OPS): items presented and the share sent back for more preparation
 * (återremitterade), per department and in total. No polarity: sending back can be good practice.
 */
import type {PreparationRow} from "../extract/preparation-row.js";
import type {StratifiedCase} from "../flags/indirect-standardisation.js";
import {DEFAULT_FLAG_POLICY} from "../flags/policy.js";
import type {FlagPolicy} from "../flags/types.js";
import {isInPeriod} from "../period.js";
import {runFlagMeasure, type FlagMeasureResult, type Window} from "./flag-measure.js";

export const PREPARATIONS_ID = "preparations-sent-back";

/** One case per item presented in the window: its department and whether it was sent back. */
export function preparationCases(items: Iterable<PreparationRow>, window: Window): StratifiedCase[] {
  const out: StratifiedCase[] = [];
  for (const item of items) {
    if (!isInPeriod(item.presented_date, window)) continue;
    out.push({unit: item.department, stratum: "all", event: item.outcome === "sent_back"});
  }
  return out;
}

/** Items sent back per department (unadjusted), assessed under the flag policy; `events`/`cases` give the total (131 of 480). */
export function preparationsSentBack(items: Iterable<PreparationRow>, window: Window, policy: FlagPolicy = DEFAULT_FLAG_POLICY): FlagMeasureResult {
  return runFlagMeasure(
    {
      id: PREPARATIONS_ID,
      title: "Återremitterade ärenden i Operativ samverkan per avdelning",
      unitType: "department",
      adjustedFor: [],
      wording: {rateLabel: "återremitterade ärenden", caseNoun: "ärenden", eventPredicate: "återremitterades", adjustedFor: null, polarity: "none"}
    },
    preparationCases(items, window),
    window,
    policy
  );
}
