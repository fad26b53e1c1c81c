/**
 * What every chart and table of a flagged measure takes: the assessed units with the context the flags were raised under,
 * how the measure speaks Swedish, and the shared rendering options. One place, so the funnel plot, the ranked intervals,
 * the table and the flag summary agree on who counts as "too few" and how a unit is named.
 */
import type {MeasureWording} from "../lib/format/flag-sentence.js";
import type {FlagContext, UnitAssessment, UnitType} from "../lib/flags/types.js";
import {isAssessedUnit} from "../lib/flags/alarm-fatigue.js";
import {tooFewCasesText} from "../lib/format/no-flag-reason.js";
import {unitPlural} from "../lib/format/unit-noun.js";

/** An assessed unit as the components show it; `measureFlags` adds the label and explanation, `assessedUnits` does not. */
export type ShownAssessment = UnitAssessment & {unitLabel?: string; explanation?: string};

/** The units of one measure and the context their flags were raised under (what `measureFlags` and `assessedUnits` return). */
export interface AssessedMeasureView {
  context: FlagContext;
  units: readonly ShownAssessment[];
}

/** How the measure speaks Swedish (the explainers need all of it for `explainAssessment`). */
export type ViewWording = MeasureWording;

/** The flagship measure's wording ("beslut utan brister", no polarity), the default of every component. */
export const DECISIONS_WORDING: MeasureWording = {rateLabel: "beslut utan brister", caseNoun: "beslut", eventPredicate: "var utan brister", adjustedFor: "verksamhetstyp och ärendeslag", polarity: "none"};

export interface ChartOptions {
  /** Width in pixels (Framework's `resize` passes it). */
  width?: number;
  /** The document to build in (jsdom in tests). */
  document?: Document;
}

export interface MeasureViewOptions extends ChartOptions {
  unitType?: UnitType;
  wording?: ViewWording;
}

/** The name a unit is shown by: its label when `measureFlags` gave one, else its id. */
export function labelOfUnit(a: ShownAssessment): string {
  return a.unitLabel ?? a.unit;
}

/** True when the unit was not assessed because it has fewer cases than the policy's minimum. */
export function isTooFew(a: UnitAssessment, context: FlagContext): boolean {
  return a.n < context.policy.minimumCases || a.n === 0;
}

/** "för få beslut för att bedömas (12 av minst 20)": what a unit below the minimum shows instead of a flag. */
export function tooFewText(a: UnitAssessment, wording: Pick<ViewWording, "caseNoun">, context: FlagContext): string {
  return tooFewCasesText(a.n, context.policy.minimumCases, wording.caseNoun);
}

/** True when the unit was assessed (enough cases and an expected rate strictly between 0 and 1), flagged or not. */
export function isAssessed(a: UnitAssessment): boolean {
  return isAssessedUnit(a);
}

/** The sentence a component shows instead of an empty chart. */
export function noUnitsText(unitType: UnitType): string {
  return `Det finns inga ${unitPlural(unitType)} att visa för det här urvalet.`;
}
