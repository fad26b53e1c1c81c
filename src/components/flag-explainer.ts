/**
 * The explainer behind a flag: a `details` element whose summary is the flag badge and whose body gives the Swedish
 * sentences (`explainAssessment`, and how many cases would have to differ), the facts in plain words (cases, outcome,
 * expected, the difference in procentenheter, the warning and alarm limits on the share's own scale, the period), and
 * a "För den som vill veta mer" disclosure with the rule and the statistics (φ, τ², q) — everything a reader needs to
 * check the flag by hand.
 */
import {casesToDifferSentence, differenceFromExpected, explainAssessment, type MeasureWording} from "../lib/format/flag-sentence.js";
import type {FlagContext, UnitType} from "../lib/flags/types.js";
import {formatCount, formatStatistic} from "../lib/format/number.js";
import {formatProbability} from "../lib/format/probability.js";
import {formatLevel, formatPercentagePoints, formatShare, formatShareRange} from "../lib/format/share.js";
import {capitalise} from "../lib/format/unit-noun.js";
import {elementMaker} from "./dom.js";
import {FlagBadge, flagText} from "./flag-badge.js";
import {MORE_SUMMARY} from "./flag-summary.js";
import {DECISIONS_WORDING, isTooFew, labelOfUnit, tooFewText, type ShownAssessment} from "./measure-view.js";

export interface FlagExplainerOptions {
  unitType?: UnitType;
  wording?: MeasureWording;
  /** The dates counted, inclusive (ISO); omitted, the explainer does not name a period. */
  window?: {from: string; to: string};
  /** Open from the start (default closed). */
  open?: boolean;
  /** Summary with the flag only, without the unit's name (inside a table row that names it). */
  compact?: boolean;
  document?: Document;
}

/** The flag rule under the context's policy, in Swedish, with its method (for the "För den som vill veta mer" part). */
export function ruleText(context: FlagContext, wording: Pick<MeasureWording, "caseNoun">): string {
  const {policy} = context;
  const method =
    policy.method === "arcsine"
      ? `gränserna räknas på arcsin-skala${context.tau2 > 0 ? ", vidgade med τ² eftersom spridningen mellan enheterna är större än slumpen ger (φ > 1)" : ""}`
      : "gränserna räknas exakt ur binomialfördelningen";
  return `Larm utanför ${formatLevel(policy.alarmLevel)}-gränserna, varning utanför ${formatLevel(policy.alertLevel)}-gränserna kring den förväntade andelen givet ärendemixen; ${method}; enheter med färre än ${formatCount(policy.minimumCases)} ${wording.caseNoun} bedöms inte.`;
}

/** The rows of the explainer's description list in plain words: [term, value]. No share above 100 %, no statistics. */
export function explainerFacts(a: ShownAssessment, context: FlagContext, wording: MeasureWording, window?: {from: string; to: string}): [string, string][] {
  const limits = (l: {lower: number; upper: number}) => formatShareRange(l.lower, l.upper);
  const facts: [string, string][] = [
    [`Antal ${wording.caseNoun}`, formatCount(a.n)],
    ["Utfall", `${formatCount(a.observed)} ${wording.rateLabel} (${formatShare(a.rate)})`],
    ["Förväntat med hänsyn till ärendena", `omkring ${formatShare(a.expectedRate)}`],
    ["Skillnad mot förväntat", formatPercentagePoints(differenceFromExpected(a), {signed: true})],
    ["Varningsgränser", limits(a.limits.alert)],
    ["Larmgränser", limits(a.limits.alarm)],
    [`${capitalise(wording.caseNoun)} som skulle behöva skilja`, a.casesToDiffer === null ? "–" : formatCount(a.casesToDiffer)]
  ];
  if (window) facts.push(["Period som räknats", `${window.from} – ${window.to}`]);
  return facts;
}

/** The rows of the "För den som vill veta mer" part: the rule with its method, the levels, φ and τ², q. */
export function explainerStatistics(a: ShownAssessment, context: FlagContext, wording: MeasureWording): [string, string][] {
  return [
    ["Regel", ruleText(context, wording)],
    ["Förväntat antal", formatStatistic(a.expected)],
    ["φ och τ²", `φ = ${formatStatistic(a.phi)}, τ² = ${formatStatistic(a.tau2)}${a.tau2 > 0 ? "" : " (inget tillägg)"}`],
    ["q (Benjamini–Hochberg)", formatProbability(a.q)]
  ];
}

/**
 * A `details.lika-flag-explainer` for one unit: summary with the badge (or "Ingen flagga" / "Ingen bedömning: för få
 * beslut för att bedömas (n av minst 20)") and the unit's name; body with the sentences, the facts as a description list
 * and a nested "För den som vill veta mer" disclosure with the statistics.
 */
export function FlagExplainer(a: ShownAssessment, context: FlagContext, options: FlagExplainerOptions = {}): HTMLDetailsElement {
  const {unitType = "decision-maker", wording = DECISIONS_WORDING, window, open = false, compact = false, document = globalThis.document} = options;
  const el = elementMaker(document);
  const details = el("details");
  details.className = "lika-flag-explainer";
  details.open = open;
  details.dataset.unit = a.unit;
  const summary = el("summary");
  if (a.level !== null && a.direction !== null) {
    summary.append(FlagBadge({level: a.level, direction: a.direction}, {polarity: wording.polarity, document}), ` ${flagText(a.level, a.direction, wording.polarity)}`);
  } else {
    summary.append(isTooFew(a, context) ? `Ingen bedömning: ${tooFewText(a, wording, context)}` : "Ingen flagga");
  }
  summary.append(el("span", compact ? " – visa varför" : ` – ${labelOfUnit(a)}, visa varför`));
  const sentence = el("p", a.explanation ?? explainAssessment(a, unitType, labelOfUnit(a), wording));
  sentence.className = "lika-flag-sentence";
  details.append(summary, sentence);
  const change = casesToDifferSentence(a, wording);
  if (change !== null) {
    const p = el("p", change);
    p.className = "lika-cases-to-differ";
    details.append(p);
  }
  const list = el("dl");
  for (const [term, value] of explainerFacts(a, context, wording, window)) list.append(el("dt", term), el("dd", value));
  const more = el("details");
  more.className = "lika-more";
  const stats = el("dl");
  for (const [term, value] of explainerStatistics(a, context, wording)) stats.append(el("dt", term), el("dd", value));
  more.append(el("summary", MORE_SUMMARY), stats);
  details.append(list, more);
  return details;
}
