/**
 * The flags of one measure as a whole: how many, how many chance alone would raise among the units shown ("väntat antal
 * falsklarm bland N enheter"), and — when most units are flagged — that the variation is broad rather than a list of
 * anomalies (`alarmFatigue`, docs/methods.md "Alarm fatigue"). Each flagged unit is listed with the size of its
 * difference in percentage points beside its significance.
 */
import {alarmFatigue, type AlarmFatigue, type FlagDifference} from "../lib/flags/alarm-fatigue.js";
import type {UnitType} from "../lib/flags/types.js";
import {formatCount, formatStatistic} from "../lib/format/number.js";
import {noUnitWord, unitPlural, unitSingular} from "../lib/format/unit-noun.js";
import {probabilityEquation} from "../lib/format/probability.js";
import {formatLevel, formatPercentagePoints} from "../lib/format/share.js";
import {elementMaker, emptyState} from "./dom.js";
import {FlagBadge, levelWord} from "./flag-badge.js";
import {DECISIONS_WORDING, isTooFew, labelOfUnit, noUnitsText, type AssessedMeasureView, type MeasureViewOptions, type ViewWording} from "./measure-view.js";

/** "+12,3 procentenheter", "−4,0 procentenheter". */
export function formatDifference(percentagePoints: number): string {
  return formatPercentagePoints(percentagePoints, {signed: true});
}

/** "Nord: +12,3 procentenheter mot förväntat (larm, q = 0,001)": one flagged unit's size beside its significance. */
export function differenceText(d: FlagDifference, label: string): string {
  return `${label}: ${formatDifference(d.differencePercentagePoints)} mot förväntat (${levelWord(d.level).toLowerCase()}, ${probabilityEquation("q", d.q)})`;
}

/** The Swedish sentences of the summary: counts, expected false alarms, and the broad-variation verdict when it applies. */
export function flagSummaryText(fatigue: AlarmFatigue, shown: number, tooFew: number, levels: {alertLevel: number; alarmLevel: number}, unitType: UnitType, wording: Pick<ViewWording, "caseNoun">): {counts: string; expected: string; broad: string | null} {
  const plural = unitPlural(unitType);
  const flagged = fatigue.alarms + fatigue.alerts;
  const few = tooFew > 0 ? `; ${formatCount(tooFew)} har för få ${wording.caseNoun} för att bedömas` : "";
  const counts = `${formatCount(fatigue.alarms)} larm och ${formatCount(fatigue.alerts)} ${fatigue.alerts === 1 ? "varning" : "varningar"} bland ${formatCount(fatigue.assessed)} bedömda ${plural} (av ${formatCount(shown)} visade${few}).`;
  const expected = `Väntat antal falsklarm bland ${formatCount(fatigue.assessed)} enheter: ${formatStatistic(fatigue.expectedFalseAlarms)} utanför ${formatLevel(levels.alarmLevel)}-gränserna och ${formatStatistic(fatigue.expectedFalseAlerts)} utanför ${formatLevel(levels.alertLevel)}-gränserna, om ingen enhet verkligen avvek.`;
  const broad = fatigue.broad
    ? `Bred variation: ${formatCount(flagged)} av ${formatCount(fatigue.assessed)} bedömda ${plural} är flaggade. Skillnaderna är breda snarare än enstaka avvikelser; jämför hur stora skillnaderna är hellre än att läsa varje flagga som en avvikelse.`
    : null;
  return {counts, expected, broad};
}

/**
 * A `section.lika-flag-summary`: the counts, the expected false alarms, the broad-variation verdict when most units are
 * flagged (`data-broad="true"`), and a list of the flagged units (badge, difference in percentage points, level and q),
 * largest difference first. A sentence when there are no units.
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
  if (fatigue.differences.length === 0) {
    section.append(el("p", `${noUnitWord(unitType)} ${unitSingular(unitType)} är flaggad.`));
    return section;
  }
  const byUnit = new Map(view.units.map((a) => [a.unit, a]));
  section.append(el("p", fatigue.broad ? "Skillnad mot förväntat per flaggad enhet, störst först:" : `Flaggade ${unitPlural(unitType)}, störst skillnad först:`));
  const list = el("ul");
  for (const d of fatigue.differences) {
    const li = el("li");
    li.dataset.unit = d.unit;
    li.dataset.difference = String(d.differencePercentagePoints);
    li.append(FlagBadge(d, {polarity: wording.polarity, document}), ` ${differenceText(d, labelOfUnit(byUnit.get(d.unit)!))}`);
    list.append(li);
  }
  section.append(list);
  return section;
}
