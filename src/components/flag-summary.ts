/**
 * The flags of one measure as a whole: how many, how many chance alone would raise among the units shown (in words:
 * "även om alla beslutade lika skulle ungefär en av 21 få en varning av slump"), and — when most units are flagged — that
 * the differences concern many units rather than a few (`alarmFatigue`, docs/methods.md "Alarm fatigue"). Each flagged
 * unit is listed with its difference from expected in procentenheter; the statistics behind it (expected false alarms as
 * decimals, q) are in a "För den som vill veta mer" disclosure.
 */
import {alarmFatigue, type AlarmFatigue} from "../lib/flags/alarm-fatigue.js";
import type {FlagLevel, UnitType} from "../lib/flags/types.js";
import {differenceFromExpected, levelName} from "../lib/format/flag-sentence.js";
import {formatCount, formatStatistic} from "../lib/format/number.js";
import {noUnitWord, unitArticle, unitPlural, unitSingular} from "../lib/format/unit-noun.js";
import {probabilityEquation} from "../lib/format/probability.js";
import {formatLevel, formatPercentagePoints} from "../lib/format/share.js";
import {elementMaker, emptyState} from "./dom.js";
import {FlagBadge} from "./flag-badge.js";
import {DECISIONS_WORDING, isTooFew, labelOfUnit, noUnitsText, type AssessedMeasureView, type MeasureViewOptions, type ShownAssessment, type ViewWording} from "./measure-view.js";
import {countInWords} from "../lib/format/words.js";

/** The summary of the disclosure for readers who want the statistics. */
export const MORE_SUMMARY = "För den som vill veta mer";

/** "+12,3 procentenheter", "−4,0 procentenheter". */
export function formatDifference(percentagePoints: number): string {
  return formatPercentagePoints(percentagePoints, {signed: true});
}

/** "Nord: +12,3 procentenheter mot förväntat (larm)": one flagged unit's difference from what was expected, in words. */
export function differenceText(a: Pick<ShownAssessment, "rate" | "expectedRate">, level: FlagLevel, label: string): string {
  return `${label}: ${formatDifference(differenceFromExpected(a))} mot förväntat (${levelName(level)})`;
}

/** A count of units about as many as `x`, in words up to twelve ("en", "ett", "tre"), else in digits. */
function aboutUnits(x: number, unitType: UnitType): string {
  const n = Math.round(x);
  if (n === 1) return unitArticle(unitType);
  if (n === 0) return noUnitWord(unitType).toLowerCase();
  return countInWords(n);
}

/** The Swedish sentences of the summary: counts, expected false alarms in words, and the many-flags verdict when it applies. */
export function flagSummaryText(fatigue: AlarmFatigue, shown: number, tooFew: number, levels: {alertLevel: number; alarmLevel: number}, unitType: UnitType, wording: Pick<ViewWording, "caseNoun">): {counts: string; expected: string; broad: string | null} {
  const plural = unitPlural(unitType);
  const flagged = fatigue.alarms + fatigue.alerts;
  const few = tooFew > 0 ? ` ${formatCount(tooFew)} av ${formatCount(shown)} har för få ${wording.caseNoun} för att bedömas.` : "";
  const counts = `${formatCount(fatigue.alarms)} larm och ${formatCount(fatigue.alerts)} ${fatigue.alerts === 1 ? "varning" : "varningar"} bland ${formatCount(fatigue.assessed)} bedömda ${plural}.${few}`;
  const alarms = Math.round(fatigue.expectedFalseAlarms) === 0 ? "men troligen inget larm" : `och ungefär ${aboutUnits(fatigue.expectedFalseAlarms, unitType)} av dem ett larm`;
  const expected =
    fatigue.assessed === 0
      ? `${noUnitWord(unitType)} ${unitSingular(unitType)} kunde bedömas.`
      : Math.round(fatigue.expectedFalseAlerts) === 0
        ? `Även om alla beslutade lika skulle troligen ${noUnitWord(unitType).toLowerCase()} av ${formatCount(fatigue.assessed)} få en varning av slump.`
        : `Även om alla beslutade lika skulle ungefär ${aboutUnits(fatigue.expectedFalseAlerts, unitType)} av ${formatCount(fatigue.assessed)} få en varning av slump, ${alarms}.`;
  const broad = fatigue.broad
    ? `De flesta är flaggade: ${formatCount(flagged)} av ${formatCount(fatigue.assessed)} bedömda ${plural}. Skillnaderna gäller alltså många, inte några enstaka. Jämför hur stora skillnaderna är i stället för att läsa varje flagga som en avvikelse.`
    : null;
  return {counts, expected, broad};
}

/** "Ingen avdelning är flaggad.", "Inget team är flaggat.": the sentence when no unit is flagged. */
export function noneFlaggedText(unitType: UnitType): string {
  return `${noUnitWord(unitType)} ${unitSingular(unitType)} är ${unitArticle(unitType) === "ett" ? "flaggat" : "flaggad"}.`;
}

/** The disclosure's text: the expected false alarms as the statistics give them, and what q is. */
function moreText(fatigue: AlarmFatigue, levels: {alertLevel: number; alarmLevel: number}): string {
  return `Väntat antal flaggor av slump bland ${formatCount(fatigue.assessed)} bedömda: ${formatStatistic(fatigue.expectedFalseAlarms)} utanför ${formatLevel(levels.alarmLevel)}-gränserna och ${formatStatistic(fatigue.expectedFalseAlerts)} utanför ${formatLevel(levels.alertLevel)}-gränserna. q är p-värdet justerat för att många jämförs samtidigt (Benjamini–Hochberg).`;
}

/**
 * A `section.lika-flag-summary`: the counts, the expected false alarms in words, the many-flags verdict when most units
 * are flagged (`data-broad="true"`), a list of the flagged units (badge, difference from expected in procentenheter and
 * level), largest difference first, and a "För den som vill veta mer" disclosure with the statistics (q per unit). A
 * sentence when there are no units.
 */
export function FlagSummary(view: AssessedMeasureView, options: Omit<MeasureViewOptions, "width"> = {}): HTMLElement {
  const {document = globalThis.document, unitType = "decision-maker", wording = DECISIONS_WORDING} = options;
  if (view.units.length === 0) return emptyState(document, noUnitsText(unitType));
  const el = elementMaker(document);
  const {policy} = view.context;
  const fatigue = alarmFatigue(view.units, policy);
  const tooFew = view.units.filter((a) => isTooFew(a, view.context)).length;
  const text = flagSummaryText(fatigue, view.units.length, tooFew, policy, unitType, wording);
  const section = el("section");
  section.className = "lika-flag-summary";
  section.dataset.broad = String(fatigue.broad);
  const counts = el("p", text.counts);
  const expected = el("p", text.expected);
  expected.className = "lika-expected-false-alarms";
  section.append(counts, expected);
  if (text.broad !== null) {
    const broad = el("p", text.broad);
    broad.className = "lika-broad-variation";
    section.append(broad);
  }
  const more = el("details");
  more.className = "lika-more";
  more.append(el("summary", MORE_SUMMARY), el("p", moreText(fatigue, policy)));
  if (fatigue.differences.length === 0) {
    section.append(el("p", noneFlaggedText(unitType)), more);
    return section;
  }
  const byUnit = new Map(view.units.map((a) => [a.unit, a]));
  // Largest difference from expected first, the same difference the flag sentences lead with.
  const flagged = fatigue.differences
    .map((d) => ({d, a: byUnit.get(d.unit)!}))
    .sort((x, y) => Math.abs(differenceFromExpected(y.a)) - Math.abs(differenceFromExpected(x.a)) || (x.d.unit < y.d.unit ? -1 : 1));
  const neuter = unitArticle(unitType) === "ett";
  section.append(el("p", flagged.length === 1 ? `${neuter ? "Flaggat" : "Flaggad"} ${unitSingular(unitType)}:` : `Flaggade ${unitPlural(unitType)}, störst skillnad först:`));
  const list = el("ul");
  const qs = el("ul");
  for (const {d, a} of flagged) {
    const li = el("li");
    li.dataset.unit = d.unit;
    li.dataset.difference = String(differenceFromExpected(a));
    li.append(FlagBadge(d, {polarity: wording.polarity, document}), ` ${differenceText(a, d.level, labelOfUnit(a))}`);
    list.append(li);
    qs.append(el("li", `${labelOfUnit(a)}: ${probabilityEquation("q", d.q)}`));
  }
  more.append(qs);
  section.append(list, more);
  return section;
}
