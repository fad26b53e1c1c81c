/**
 * What every chart and table of a flagged measure takes: the assessed units with the context the flags were raised under,
 * how the measure speaks Swedish, and the shared rendering options. One place, so the funnel plot, the ranked intervals,
 * the table and the flag summary agree on who counts as "too few" and how a unit is named.
 */
import type {MeasureWording} from "../lib/flags/explanation.js";
import type {FlagContext, UnitAssessment, UnitType} from "../lib/flags/types.js";
import {isAssessedUnit} from "../lib/flags/alarm-fatigue.js";
import {formatCount, formatPercent} from "../lib/format/number.js";

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

const UNIT_PLURAL: Record<UnitType, string> = {"decision-maker": "beslutsfattare", department: "avdelningar", team: "team"};
const UNIT_SINGULAR: Record<UnitType, string> = {"decision-maker": "beslutsfattare", department: "avdelning", team: "team"};

/** "beslutsfattare", "avdelningar", "team": the units in the plural, lower case. */
export function unitPlural(unitType: UnitType): string {
  return UNIT_PLURAL[unitType];
}

/** "beslutsfattare", "avdelning", "team": one unit, lower case. */
export function unitSingular(unitType: UnitType): string {
  return UNIT_SINGULAR[unitType];
}

/** The name a unit is shown by: its label when `measureFlags` gave one, else its id. */
export function labelOfUnit(a: ShownAssessment): string {
  return a.unitLabel ?? a.unit;
}

/** True when the unit was not assessed because it has fewer cases than the policy's minimum. */
export function isTooFew(a: UnitAssessment, context: FlagContext): boolean {
  return a.n < context.policy.minimumCases || a.n === 0;
}

/** "för få beslut (12)": what a unit below the minimum shows instead of a flag. */
export function tooFewText(a: UnitAssessment, wording: ViewWording): string {
  return `för få ${wording.caseNoun} (${formatCount(a.n)})`;
}

/** True when the unit was assessed (enough cases and an expected rate strictly between 0 and 1), flagged or not. */
export function isAssessed(a: UnitAssessment): boolean {
  return isAssessedUnit(a);
}

/** The sentence a component shows instead of an empty chart. */
export function noUnitsText(unitType: UnitType): string {
  return `Det finns inga ${unitPlural(unitType)} att visa för det här urvalet.`;
}

/** "45,3 %": a share with one decimal as the charts and tables show it; a dash when not finite. */
export function formatShare(share: number): string {
  return Number.isFinite(share) ? formatPercent(share, 1) : "–";
}

const significant = new Intl.NumberFormat("sv-SE", {maximumSignificantDigits: 2});
const small = new Intl.NumberFormat("sv-SE", {maximumFractionDigits: 3});

/** A p- or q-value: "0,012", "< 0,001" (no-break space, so it does not wrap); a dash when not assessed. */
export function formatProbability(x: number): string {
  if (!Number.isFinite(x)) return "–";
  return x < 0.001 ? `<\u00a0${small.format(0.001)}` : small.format(x);
}

/** "q = 0,012", "q < 0,001": a named probability with the right relation sign. */
export function probabilityEquation(name: string, x: number): string {
  const value = formatProbability(x);
  return value.startsWith("<") ? `${name}\u00a0${value}` : `${name} = ${value}`;
}

/** A statistic to two significant digits ("1,3", "0,00021"); a dash when not finite. */
export function formatStatistic(x: number): string {
  return Number.isFinite(x) ? significant.format(x) : "–";
}

/** "Beslutsfattare", "Avdelning": a word capitalised to start a line. */
export function capitalise(text: string): string {
  return text.length === 0 ? text : `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

/** A confidence level as the UI names it: 0.95 → "95 %", 0.998 → "99,8 %" (no-break space before %). */
export function formatLevel(level: number): string {
  return formatPercent(level, Math.abs(level * 100 - Math.round(level * 100)) < 1e-9 ? 0 : 1);
}
