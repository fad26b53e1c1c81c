/**
 * Why no child was spoken with: per department or team, a stacked bar of the inspected homes without a conversation,
 * as a share of all its inspected homes, split by the recorded reason. "No child placed" is drawn first and grey: it is
 * no shortfall of the department. Every segment carries its count as text where it fits, and a tooltip.
 */
import * as Plot from "@observablehq/plot";
import {plot} from "./plot.js";
import {NO_CONVERSATION_REASONS, type NoConversationReason} from "../lib/extract/codes.js";
import type {ChildConversationSummary} from "../lib/measures/child-conversations.js";
import {formatCount, formatPercent} from "../lib/format/number.js";
import {unitPlural, unitSingular} from "../lib/format/unit-noun.js";
import {emptyState} from "./dom.js";
import type {ChartOptions} from "./measure-view.js";
import type {UnitType} from "../lib/flags/types.js";

/** Colours of the reasons, in the order drawn: grey for no child placed, orange (worse) for not offered. */
export const REASON_COLOURS: Record<NoConversationReason, string> = {no_child_present: "#b8b8b8", all_declined: "#7fa7c9", not_offered: "#b3540b", other: "#6b5b95"};

export const REASONS_CLASS = "lika-reasons-segments";

export interface ReasonSegment {
  unit: string;
  label: string;
  reason: NoConversationReason;
  reasonLabel: string;
  homes: number;
  inspectedHomes: number;
  share: number;
}

/** One segment per unit and reason (zeros included), in the reasons' order. */
export function reasonSegments(summaries: readonly ChildConversationSummary[]): ReasonSegment[] {
  return summaries.flatMap((s) =>
    NO_CONVERSATION_REASONS.map(({code, label}) => ({unit: s.unit, label: s.label, reason: code, reasonLabel: label, homes: s.reasons[code], inspectedHomes: s.inspectedHomes, share: s.inspectedHomes > 0 ? s.reasons[code] / s.inspectedHomes : 0}))
  );
}

function tooltip(s: ReasonSegment): string {
  return `${s.label}: ${s.reasonLabel.toLowerCase()}\n${formatCount(s.homes)} av ${formatCount(s.inspectedHomes)} inspekterade hem (${formatPercent(s.share)})`;
}

/** One Swedish sentence for the caption and aria-description. */
export function reasonsSummary(summaries: readonly ChildConversationSummary[]): string {
  const without = summaries.reduce((s, u) => s + u.inspectedHomes - u.homesWithConversation, 0);
  const all = summaries.reduce((s, u) => s + u.inspectedHomes, 0);
  const notOffered = summaries.reduce((s, u) => s + u.reasons.not_offered, 0);
  const noChild = summaries.reduce((s, u) => s + u.reasons.no_child_present, 0);
  const most = [...summaries].sort((a, b) => b.reasons.not_offered / b.inspectedHomes - a.reasons.not_offered / a.inspectedHomes)[0];
  const mostText = most && most.reasons.not_offered > 0 ? ` Andelen hem där inspektören inte erbjöd samtal var störst i ${most.label}: ${formatCount(most.reasons.not_offered)} av ${formatCount(most.inspectedHomes)}.` : "";
  return `Inget barn talades med i ${formatCount(without)} av ${formatCount(all)} inspekterade hem. I ${formatCount(noChild)} av dem var inga barn placerade, och i ${formatCount(notOffered)} erbjöd inspektören inget samtal.${mostText}`;
}

export interface ReasonsBarOptions extends ChartOptions {
  unitType?: Extract<UnitType, "department" | "team">;
}

/** The stacked bars as a figure with a legend and caption, or a sentence when no home was inspected. */
export function ReasonsBar(summaries: readonly ChildConversationSummary[], options: ReasonsBarOptions = {}): HTMLElement {
  const {width = 640, document = globalThis.document, unitType = "department"} = options;
  const shown = summaries.filter((s) => s.inspectedHomes > 0);
  if (shown.length === 0) return emptyState(document, `Inga inspekterade hem bland de ${unitPlural(unitType)} som valts.`);
  const segments = reasonSegments(shown);
  const summary = reasonsSummary(shown);
  const max = Math.max(0.05, ...shown.map((s) => 1 - s.shareOfInspectedHomes));
  const figure = plot({
    document,
    width,
    height: 40 + 28 * shown.length,
    marginLeft: unitType === "team" ? 72 : 64,
    marginRight: 16,
    ariaLabel: `Skäl till att inget barn talades med, per ${unitSingular(unitType)}`,
    ariaDescription: summary,
    caption: summary,
    x: {label: "Andel av inspekterade hem där inget barn talades med →", domain: [0, max], tickFormat: (d: number) => formatPercent(d), grid: true},
    y: {label: null, domain: shown.map((s) => s.label)},
    color: {domain: NO_CONVERSATION_REASONS.map((r) => r.label), range: NO_CONVERSATION_REASONS.map((r) => REASON_COLOURS[r.code]), legend: true},
    marks: [
      Plot.barX(segments, Plot.stackX({x: "share", y: "label", fill: "reasonLabel", order: NO_CONVERSATION_REASONS.map((r) => r.label), title: tooltip, tip: true, ariaLabel: tooltip, className: REASONS_CLASS})),
      // Counts on the segments wide enough to hold them (all segments stacked, so positions match the bars).
      Plot.text(segments, Plot.stackX({x: "share", y: "label", z: "reasonLabel", order: NO_CONVERSATION_REASONS.map((r) => r.label), text: (s: ReasonSegment) => (s.homes > 0 && s.share / max > 0.06 ? formatCount(s.homes) : ""), fill: (s: ReasonSegment) => (s.reason === "no_child_present" ? "#202020" : "white"), ariaHidden: "true"})),
      Plot.ruleX([0])
    ]
  }) as HTMLElement;
  figure.classList.add("lika-reasons-bar");
  return figure;
}
