/**
 * Ranked interval plot ("caterpillar"): every unit's shrunken case-mix adjusted share (empirical Bayes,
 * `adjustedShrinkage`) with its 95 % interval, ranked from lowest to highest. Shrinkage pulls a share towards the common
 * mean the more, the fewer cases it rests on, so a unit with 8 decisions is not drawn at 100 %. The share it starts from
 * (the adjusted share as the shrinkage counts it, within 0–100 %) is drawn faintly beside it so the pull is visible.
 * Flagged units keep the flag's shape and letter. In Swedish the shrunken share is "uppskattad andel" (no "krympt").
 */
import * as Plot from "@observablehq/plot";
import {plot} from "./plot.js";
import {adjustedShrinkage, type AdjustedShrinkage, type ShrunkenShare} from "../lib/measures/adjusted-shrinkage.js";
import {formatCount, formatPercent} from "../lib/format/number.js";
import {formatShare} from "../lib/format/share.js";
import {capitalise, unitPlural, unitSingular} from "../lib/format/unit-noun.js";
import {FLAG_COLOURS, flagColour, flagFill, flagLetter, flagSymbol, flagText} from "./flag-badge.js";
import {emptyState} from "./dom.js";
import {DECISIONS_WORDING, isTooFew, labelOfUnit, noUnitsText, tooFewText, type AssessedMeasureView, type MeasureViewOptions, type ShownAssessment, type ViewWording} from "./measure-view.js";
import type {UnitType} from "../lib/flags/types.js";

/** The sentences shown beside the chart: what shrinkage means, in the measure's words. */
export function shrinkageSentence(wording: Pick<ViewWording, "caseNoun">, unitType: UnitType = "decision-maker"): string {
  return `Andelar som bygger på få ${wording.caseNoun} är osäkra, så vi flyttar dem närmare genomsnittet. Därför visas inte en ${unitSingular(unitType)} med 8 av 8 ${wording.caseNoun} som 100\u00a0%.`;
}

/** The share the shrinkage starts from: the adjusted share as it counts it, clipped to 0–100 % (NaN stays NaN). */
export function startingShare(estimate: Pick<ShrunkenShare, "adjustedShare">): number {
  return Number.isFinite(estimate.adjustedShare) ? Math.min(1, Math.max(0, estimate.adjustedShare)) : estimate.adjustedShare;
}

export const RANKED_CLASSES = {estimates: "lika-ranked-estimates", intervals: "lika-ranked-intervals", raw: "lika-ranked-raw", letters: "lika-ranked-letters"} as const;

/** One ranked row: the assessment, its shrunken share and its rank (1 = lowest). */
export interface RankedUnit {
  assessment: ShownAssessment;
  estimate: ShrunkenShare;
  rank: number;
}


/** The units with a shrunken estimate, ranked by it (ties by label), and the prior mean they are pulled towards. */
export function rankedUnits(view: AssessedMeasureView, level = 0.95, given?: AdjustedShrinkage): {units: RankedUnit[]; priorMean: number} {
  if (view.units.length === 0 || !(view.context.target > 0 && view.context.target < 1)) return {units: [], priorMean: NaN};
  // A filtered view passes the shrinkage of every unit of the measure (the prior from all of them), found here by unit.
  const shrinkage = given ?? adjustedShrinkage(view.units, view.context.target, level);
  const byUnit = new Map(shrinkage.units.map((u) => [u.unit, u]));
  const rows = view.units
    .filter((assessment) => byUnit.has(assessment.unit))
    .map((assessment) => ({assessment, estimate: byUnit.get(assessment.unit)!}))
    .filter((r) => Number.isFinite(r.estimate.shrunken))
    .sort((a, b) => a.estimate.shrunken - b.estimate.shrunken || labelOfUnit(a.assessment).localeCompare(labelOfUnit(b.assessment), "sv"));
  return {units: rows.map((r, i) => ({...r, rank: i + 1})), priorMean: shrinkage.priorMean};
}

export interface RankedIntervalPlotOptions extends MeasureViewOptions {
  height?: number;
  /** Interval level (default 0.95). */
  level?: number;
  /** Shrinkage over all units of the measure when `view` shows only some (a filtered page); default: over `view`'s units. */
  shrinkage?: AdjustedShrinkage;
}

/**
 * The ranked interval plot as a figure: the chart (x rank, y share), a caption that is also its aria-description, and
 * the sentence on shrinkage. A sentence instead when no unit can be placed.
 */
export function RankedIntervalPlot(view: AssessedMeasureView, options: RankedIntervalPlotOptions = {}): HTMLElement {
  const {width = 640, document = globalThis.document, unitType = "decision-maker", wording = DECISIONS_WORDING, level = 0.95} = options;
  const {units, priorMean} = rankedUnits(view, level, options.shrinkage);
  if (units.length === 0) return emptyState(document, noUnitsText(unitType));
  const levelText = formatPercent(level);
  const title = (r: RankedUnit) => {
    const a = r.assessment;
    const flag = isTooFew(a, view.context) ? `Ingen bedömning: ${tooFewText(a, wording, view.context)}` : a.level !== null && a.direction !== null ? flagText(a.level, a.direction, wording.polarity) : "Ingen flagga";
    return [
      `${capitalise(unitSingular(unitType))} ${labelOfUnit(a)}`,
      `Plats ${formatCount(r.rank)} av ${formatCount(units.length)}`,
      `Uppskattad andel: ${formatShare(r.estimate.shrunken)} (troligen ${formatShare(r.estimate.lower)}–${formatShare(r.estimate.upper)})`,
      `Före flytten mot genomsnittet: ${formatShare(startingShare(r.estimate))} av ${formatCount(a.n)} ${wording.caseNoun}`,
      flag
    ].join("\n");
  };
  const colour = (r: RankedUnit) => (isTooFew(r.assessment, view.context) ? FLAG_COLOURS.tooFew : flagColour(r.assessment.direction, wording.polarity));
  const flagged = units.filter((r) => r.assessment.level !== null && r.assessment.direction !== null);
  const lowest = units[0]!;
  const highest = units.at(-1)!;
  const summary = `Uppskattad andel ${wording.rateLabel} med ${levelText}-intervall för ${formatCount(units.length)} ${unitPlural(unitType)}, från lägst (${formatShare(lowest.estimate.shrunken)}) till högst (${formatShare(highest.estimate.shrunken)}). Genomsnittet som andelarna flyttas mot är ${formatShare(priorMean)}. ${formatCount(flagged.length)} är flaggade i trattdiagrammet.`;
  const figure = plot({
    document,
    width,
    height: options.height ?? 360,
    marginLeft: 56,
    ariaLabel: `Rangordnad uppskattad andel ${wording.rateLabel} per ${unitSingular(unitType)}`,
    ariaDescription: summary,
    caption: summary,
    x: {label: `Rangordning (lägst till vänster) →`, domain: [0.5, units.length + 0.5], ticks: Math.min(units.length, 10), tickFormat: formatCount},
    // Estimates, intervals and starting shares all lie within 0–100 %.
    y: {label: `↑ Uppskattad andel ${wording.rateLabel}`, domain: [0, 1], tickFormat: (d: number) => formatPercent(d), grid: true},
    marks: [
      Plot.ruleY([priorMean], {stroke: FLAG_COLOURS.unflagged, strokeDasharray: "2,3", ariaHidden: "true"}),
      Plot.ruleX(units, {x: "rank", y1: (r: RankedUnit) => r.estimate.lower, y2: (r: RankedUnit) => r.estimate.upper, stroke: colour, strokeOpacity: 0.6, className: RANKED_CLASSES.intervals, ariaHidden: "true"}),
      Plot.dot(units, {x: "rank", y: (r: RankedUnit) => startingShare(r.estimate), r: 1.5, fill: FLAG_COLOURS.tooFew, className: RANKED_CLASSES.raw, ariaHidden: "true"}),
      Plot.dot(units, {
        x: "rank",
        y: (r: RankedUnit) => r.estimate.shrunken,
        symbol: (r: RankedUnit) => flagSymbol(r.assessment.direction),
        r: (r: RankedUnit) => (r.assessment.level === null ? 2.5 : 4.5),
        stroke: colour,
        fill: (r: RankedUnit) => (r.assessment.level === null ? colour(r) : flagFill(r.assessment.level, r.assessment.direction, wording.polarity)),
        sort: null,
        className: RANKED_CLASSES.estimates,
        title,
        tip: true,
        ariaLabel: title
      }),
      Plot.text(flagged, {x: "rank", y: (r: RankedUnit) => r.estimate.upper, text: (r: RankedUnit) => flagLetter(r.assessment.direction!), dy: -8, fontWeight: "bold", fill: colour, className: RANKED_CLASSES.letters, ariaHidden: "true"})
    ]
  }) as HTMLElement;
  figure.classList.add("lika-ranked-interval-plot");
  const note = document.createElement("p");
  note.className = "lika-chart-note";
  note.textContent = `${shrinkageSentence(wording, unitType)} Strecken visar var andelen troligen ligger (${levelText}-intervall). Små grå prickar visar andelen före flytten, med hänsyn till ärendena.`;
  figure.append(note);
  return figure;
}
