/**
 * Funnel plot of a flagged measure: each unit's own share (O/n, never above 100 %) against its number of cases. The limits
 * drawn are the limits its flag was judged by (UnitAssessment.limits, around the share expected for its case mix E/n):
 * with case mix they differ per unit, so each assessed unit carries its own short marks at the warning and alarm limits
 * above and below it. (The same comparison as the adjusted share against the adjusted limits, on a scale that stays
 * within 0–100 %.) A reference funnel around the national share, for a unit with the average case mix, is drawn for
 * orientation with the flag policy's own limit function. Units below the minimum number of cases are shown greyed.
 */
import * as Plot from "@observablehq/plot";
import {plot} from "./plot.js";
import * as d3 from "d3";
import {limitsAt} from "../lib/flags/unit-assessment.js";
import type {FlagContext} from "../lib/flags/types.js";
import {formatCount, formatPercent} from "../lib/format/number.js";
import {differenceFromExpected} from "../lib/format/flag-sentence.js";
import {shownNoFlagReason} from "../lib/format/no-flag-reason.js";
import {formatLevel, formatPercentagePoints, formatShare, formatShareRange} from "../lib/format/share.js";
import {capitalise, unitPlural, unitSingular} from "../lib/format/unit-noun.js";
import {FLAG_COLOURS, flagColour, flagFill, flagLetter, flagSymbol, flagText} from "./flag-badge.js";
import {DECISIONS_WORDING, isAssessed, isTooFew, labelOfUnit, noUnitsText, tooFewText, type AssessedMeasureView, type MeasureViewOptions, type ShownAssessment, type ViewWording} from "./measure-view.js";
import {emptyState} from "./dom.js";

/** Class names of the marks, so tests (and styles) find the drawn points and limits in the SVG. */
export const FUNNEL_CLASSES = {
  assessed: "lika-funnel-assessed",
  unassessed: "lika-funnel-unassessed",
  letters: "lika-funnel-letters",
  alertLower: "lika-funnel-alert-lower",
  alertUpper: "lika-funnel-alert-upper",
  alarmLower: "lika-funnel-alarm-lower",
  alarmUpper: "lika-funnel-alarm-upper",
  reference: "lika-funnel-reference"
} as const;

/** A short horizontal dash of width ≈ 2√size pixels: a unit's own limit, drawn at its n. */
const DASH: d3.SymbolType = {
  draw(context, size) {
    const w = Math.sqrt(size);
    context.moveTo(-w, 0);
    context.lineTo(w, 0);
  }
};

/** "95 %" and "99,8 %": the policy's levels as the chart names them (no-break space before %). */
function levelTexts(context: FlagContext): {alert: string; alarm: string} {
  return {alert: formatLevel(context.policy.alertLevel), alarm: formatLevel(context.policy.alarmLevel)};
}

/** The Swedish tooltip of one unit: counts, its share, the share expected, the difference, its own limits and its flag or why it has none. */
export function funnelTooltip(a: ShownAssessment, context: FlagContext, wording: ViewWording, unitType: MeasureViewOptions["unitType"] = "decision-maker"): string {
  const head = `${capitalise(unitSingular(unitType))} ${labelOfUnit(a)}`;
  const lines = [head, `${capitalise(wording.caseNoun)}: ${formatCount(a.n)}`, `${capitalise(wording.rateLabel)}: ${formatCount(a.observed)} (${formatShare(a.rate)})`];
  lines.push(`Förväntat: ${formatShare(a.expectedRate)}`, `Skillnad mot förväntat: ${formatPercentagePoints(differenceFromExpected(a), {signed: true})}`);
  if (isTooFew(a, context)) {
    lines.push(`Ingen bedömning: ${tooFewText(a, wording, context)}`);
  } else if (!isAssessed(a)) {
    lines.push(`Ingen bedömning: ${shownNoFlagReason(a.noFlagReason) ?? "kunde inte bedömas"}`);
  } else {
    const levels = levelTexts(context);
    lines.push(`Varningsgränser (${levels.alert}): ${formatShareRange(a.limits.alert.lower, a.limits.alert.upper)}`);
    lines.push(`Larmgränser (${levels.alarm}): ${formatShareRange(a.limits.alarm.lower, a.limits.alarm.upper)}`);
    lines.push(a.level !== null && a.direction !== null ? flagText(a.level, a.direction, wording.polarity) : "Ingen flagga: inom varningsgränserna");
  }
  return lines.join("\n");
}

/** " med hänsyn till verksamhetstyp och ärendeslag", or nothing for a measure without case mix. */
function expectedFor(wording: ViewWording): string {
  return wording.adjustedFor ? ` med hänsyn till ${wording.adjustedFor}` : "";
}

/** One Swedish paragraph summarising the chart, for its caption and aria-description. */
export function funnelSummary(view: AssessedMeasureView, wording: ViewWording, unitType: MeasureViewOptions["unitType"] = "decision-maker"): string {
  const {units, context} = view;
  const plural = unitPlural(unitType);
  const tooFew = units.filter((a) => isTooFew(a, context)).length;
  const assessed = units.filter(isAssessed);
  const count = (level: "alarm" | "alert", direction: "high" | "low") => assessed.filter((a) => a.level === level && a.direction === direction).length;
  const levelText = (level: "alarm" | "alert", name: string) => {
    const high = count(level, "high");
    const low = count(level, "low");
    if (high + low === 0) return `Inga ${name}.`;
    return `${capitalise(name)}: ${formatCount(high + low)}, varav ${formatCount(high)} högre och ${formatCount(low)} lägre än väntat.`;
  };
  const parts = [
    `Andel ${wording.rateLabel} mot antal ${wording.caseNoun} för ${formatCount(units.length)} ${plural}.`,
    `Var och en har gränser kring den andel som var väntat${expectedFor(wording)}.`,
    `Riksandelen är ${formatShare(context.target)}.`,
    `${formatCount(assessed.length)} bedöms.`,
    levelText("alarm", "larm"),
    levelText("alert", "varningar")
  ];
  if (tooFew > 0) parts.push(`${formatCount(tooFew)} har för få ${wording.caseNoun} för att bedömas (färre än ${formatCount(context.policy.minimumCases)}) och visas gråa.`);
  const other = units.length - tooFew - assessed.length;
  if (other > 0) parts.push(`${formatCount(other)} kan inte bedömas (förväntad andel 0 eller 100\u00a0%).`);
  const unplaceable = units.filter((a) => !Number.isFinite(a.adjustedRate) || !Number.isFinite(a.rate)).length;
  if (unplaceable > 0) parts.push(`${formatCount(unplaceable)} har inget förväntat utfall och kan därför inte ritas.`);
  return parts.join(" ");
}

/** The reference funnel: the policy's limits around the target for a unit without case mix, at whole n from `from` to `to`. */
export function referenceFunnel(context: FlagContext, from: number, to: number): {n: number; limit: "alert" | "alarm"; side: "lower" | "upper"; value: number}[] {
  if (!(context.target > 0 && context.target < 1) || Math.floor(to) < Math.max(1, Math.ceil(from))) return [];
  const first = Math.max(1, Math.ceil(from));
  const last = Math.floor(to);
  const step = Math.max(1, Math.ceil((last - first) / 200));
  const ns = [...d3.range(first, last, step), last];
  const out: {n: number; limit: "alert" | "alarm"; side: "lower" | "upper"; value: number}[] = [];
  for (const n of ns) {
    const counts = {unit: "", n, observed: 0, expected: n * context.target};
    for (const [limit, level] of [["alert", context.policy.alertLevel], ["alarm", context.policy.alarmLevel]] as const) {
      const {lower, upper} = limitsAt(counts, context, level);
      out.push({n, limit, side: "lower", value: lower}, {n, limit, side: "upper", value: upper});
    }
  }
  return out;
}

export interface FunnelPlotOptions extends MeasureViewOptions {
  height?: number;
}

/**
 * The funnel plot as an SVG figure with a caption (also its aria-description), or a sentence when there are no units.
 * Points: circles when not flagged, triangles towards the difference when flagged (filled for alarm, hollow for alert)
 * with the letter H or L beside them; units with too few cases are light grey hollow circles. Units whose adjusted rate
 * is not finite (no expected events) cannot be placed and are counted in the caption instead.
 */
export function FunnelPlot(view: AssessedMeasureView, options: FunnelPlotOptions = {}): HTMLElement {
  const {width = 640, document = globalThis.document, unitType = "decision-maker", wording = DECISIONS_WORDING} = options;
  if (view.units.length === 0) return emptyState(document, noUnitsText(unitType));
  const {context} = view;
  // A unit is drawn at its own share; one with no expected events (adjusted share not finite) has no limits to read it against.
  const placeable = view.units.filter((a) => Number.isFinite(a.adjustedRate) && Number.isFinite(a.rate));
  // Flagged units last, so their shapes are drawn on top.
  const rank = (a: ShownAssessment) => (a.level === "alarm" ? 2 : a.level === "alert" ? 1 : 0);
  const assessed = placeable.filter((a) => isAssessed(a) && [a.limits.alarm.lower, a.limits.alarm.upper].every(Number.isFinite)).sort((a, b) => rank(a) - rank(b));
  const unassessed = placeable.filter((a) => !assessed.includes(a));
  const flagged = assessed.filter((a) => a.level !== null && a.direction !== null);
  const maxN = d3.max(placeable, (a) => a.n) ?? 0;
  const reference = referenceFunnel(context, context.policy.minimumCases, maxN);
  const summary = funnelSummary(view, wording, unitType);
  const title = (a: ShownAssessment) => funnelTooltip(a, context, wording, unitType);
  const limitMark = (className: string, value: (a: ShownAssessment) => number, r: number) =>
    Plot.dot(assessed, {x: "n", y: value, symbol: DASH, r, stroke: FLAG_COLOURS.unflagged, strokeWidth: 1, className, ariaHidden: "true"});
  const figure = plot({
    document,
    width,
    height: options.height ?? Math.round(Math.min(520, Math.max(320, width * 0.6))),
    marginLeft: 56,
    // Room for the H/L letter beside a flagged unit at the largest n.
    marginRight: 28,
    ariaLabel: `Trattdiagram: ${wording.rateLabel} per ${unitSingular(unitType)}`,
    ariaDescription: summary,
    caption: summary,
    x: {label: `Antal ${wording.caseNoun} →`, domain: [0, Math.max(1, maxN) * 1.04], tickFormat: formatCount, grid: true},
    // Shares and their limits lie within 0–100 %, so the axis never goes beyond.
    y: {label: `↑ Andel ${wording.rateLabel}`, domain: [0, 1], tickFormat: (d: number) => formatPercent(d), grid: true},
    marks: [
      Plot.ruleY([context.target], {stroke: FLAG_COLOURS.unflagged, strokeDasharray: "2,3", ariaHidden: "true"}),
      Plot.line(reference.filter((d) => d.limit === "alert"), {x: "n", y: "value", z: "side", stroke: FLAG_COLOURS.tooFew, className: FUNNEL_CLASSES.reference, ariaHidden: "true"}),
      Plot.line(reference.filter((d) => d.limit === "alarm"), {x: "n", y: "value", z: "side", stroke: FLAG_COLOURS.tooFew, strokeDasharray: "6,3", className: FUNNEL_CLASSES.reference, ariaHidden: "true"}),
      // Each assessed unit's own limits: a faint rule over its 99.8 % interval, short dashes at 95 %, longer at 99.8 %.
      Plot.ruleX(assessed, {x: "n", y1: (a) => a.limits.alarm.lower, y2: (a) => a.limits.alarm.upper, stroke: FLAG_COLOURS.unflagged, strokeOpacity: 0.25, ariaHidden: "true"}),
      limitMark(FUNNEL_CLASSES.alertLower, (a) => a.limits.alert.lower, 2.5),
      limitMark(FUNNEL_CLASSES.alertUpper, (a) => a.limits.alert.upper, 2.5),
      limitMark(FUNNEL_CLASSES.alarmLower, (a) => a.limits.alarm.lower, 4.5),
      limitMark(FUNNEL_CLASSES.alarmUpper, (a) => a.limits.alarm.upper, 4.5),
      Plot.dot(unassessed, {x: "n", y: "rate", r: 3, stroke: FLAG_COLOURS.tooFew, fill: "none", className: FUNNEL_CLASSES.unassessed, title, tip: true, ariaLabel: title}),
      Plot.dot(assessed, {
        x: "n",
        y: "rate",
        symbol: (a: ShownAssessment) => flagSymbol(a.direction),
        r: (a: ShownAssessment) => (a.level === null ? 3 : 5),
        stroke: (a: ShownAssessment) => flagColour(a.direction, wording.polarity),
        fill: (a: ShownAssessment) => (a.level === null ? FLAG_COLOURS.unflagged : flagFill(a.level, a.direction, wording.polarity)),
        fillOpacity: (a: ShownAssessment) => (a.level === null ? 0.6 : 1),
        strokeWidth: 1.5,
        // Keep our order (flagged on top, aligned with the limit marks); Plot would sort dots by radius.
        sort: null,
        className: FUNNEL_CLASSES.assessed,
        title,
        tip: true,
        ariaLabel: title
      }),
      Plot.text(flagged, {x: "n", y: "rate", text: (a: ShownAssessment) => flagLetter(a.direction!), dx: 9, textAnchor: "start", fontWeight: "bold", fill: (a: ShownAssessment) => flagColour(a.direction, wording.polarity), className: FUNNEL_CLASSES.letters, ariaHidden: "true"})
    ]
  }) as HTMLElement;
  figure.classList.add("lika-funnel-plot");
  const note = document.createElement("p");
  note.className = "lika-chart-note";
  note.textContent = `Strecken ovanför och under varje punkt är den enhetens egna gränser, kring den andel som var väntat${expectedFor(wording)}. Det kortare strecket är varningsgränsen, det längre larmgränsen. En punkt utanför sina långa streck är ett larm. De grå linjerna är gränserna kring riksandelen för en enhet med genomsnittliga ärenden (heldragna för varning, streckade för larm).`;
  figure.append(note);
  return figure;
}
