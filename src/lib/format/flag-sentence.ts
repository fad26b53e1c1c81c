/**
 * The short Swedish explanation every assessed unit carries (at most three sentences), made from the facts of
 * src/lib/flags/explanation.ts: first the difference in procentenheter between what happened and what was expected,
 * then the counts and the expected share, then the uncertainty in words. No share above 100 % and no statistics.
 */
import {assessmentOutcome, isBetterDirection} from "../flags/explanation.js";
import type {FlagDirection, FlagLevel, Polarity, UnitAssessment, UnitType} from "../flags/types.js";
import {formatCount, formatNumber} from "./number.js";
import {formatSentenceShare as pct} from "./share.js";
import {shownNoFlagReason} from "./no-flag-reason.js";
import {FLAG_LEVEL_NAMES, UNCERTAINTY_SENTENCES} from "./ordlista.js";
import {capitalise, lowerFirst, unitPhrase} from "./unit-noun.js";

/** How a measure speaks about its units and events in Swedish. */
export interface MeasureWording {
  /** What the rate is a share of, e.g. "beslut utan brister" (read: "45 % beslut utan brister"). */
  rateLabel: string;
  /** The cases counted in n, plural, e.g. "beslut", "hem". */
  caseNoun: string;
  /** What an event case did, for "om 4 färre beslut var utan brister": e.g. "var utan brister". */
  eventPredicate: string;
  /** What the case mix is adjusted for, e.g. "verksamhetstyp och ärendeslag"; null without adjustment. */
  adjustedFor: string | null;
  polarity: Polarity;
}

/**
 * "Larm: så stor skillnad beror sällan på slumpen. Varning: kan bero på slumpen, men är värd att titta på.": what the two
 * flag levels say about chance, for a page's reading guide (`separator` "; " joins them in one sentence instead).
 */
export function chanceLegend(separator: ". " | "; " = ". "): string {
  const alert = lowerFirst(UNCERTAINTY_SENTENCES.alert);
  return `Larm: ${lowerFirst(UNCERTAINTY_SENTENCES.alarm)}${separator}${separator === ". " ? capitalise(FLAG_LEVEL_NAMES.alert) : FLAG_LEVEL_NAMES.alert}: ${alert}.`;
}

/** "larm", "varning": the flag level in running text, as the ordlista names it. */
export function levelName(level: FlagLevel): string {
  return FLAG_LEVEL_NAMES[level];
}

/** "högre", "högre (bättre)", "lägre (sämre)": direction words that name better/worse only when the measure has a polarity. */
export function directionPhrase(direction: FlagDirection, polarity: Polarity): string {
  const word = direction === "high" ? "högre" : "lägre";
  const better = isBetterDirection(direction, polarity);
  return better === null ? word : `${word} (${better ? "bättre" : "sämre"})`;
}

/** What happened minus what was expected, in percentage points: 100 · (O/n − E/n); NaN without cases. */
export function differenceFromExpected(a: Pick<UnitAssessment, "rate" | "expectedRate">): number {
  return 100 * (a.rate - a.expectedRate);
}

/** "56 procentenheter", "4,6 procentenheter": a size of difference as a sentence writes it (one decimal below 10). */
export function sentencePoints(x: number): string {
  const size = Math.abs(x);
  return `${formatNumber(size, {digits: size < 10 ? 1 : 0})} procentenheter`;
}

/** True when the unit's own share lies on the other side of the nation's share than its flag (its case mix explains it). */
export function shareAgainstFlag(a: Pick<UnitAssessment, "rate" | "target">, direction: FlagDirection): boolean {
  return direction === "high" ? a.rate < a.target : a.rate > a.target;
}

/** "ett beslut", "ett hem", "ett ärende": one case, for a count of 1 written in words (else "1 …"). */
function oneCase(caseNoun: string): string {
  const [first = "", ...rest] = caseNoun.split(" ");
  const singular: Record<string, string> = {beslut: "ett beslut", hem: "ett hem", ärenden: "ett ärende"};
  const head = singular[first];
  return head === undefined ? `1 ${caseNoun}` : [head, ...rest].join(" ");
}

/**
 * "Med 11 färre beslut som var utan brister hade den inte flaggats.", "Med ett hem till som hade barnsamtal hade den inte
 * flaggats.": how many cases would have to differ for the flag to go; null for a unit that is not flagged or where no
 * change would remove the flag.
 */
export function casesToDifferSentence(a: Pick<UnitAssessment, "casesToDiffer" | "direction">, wording: Pick<MeasureWording, "caseNoun" | "eventPredicate">): string | null {
  const k = a.casesToDiffer;
  if (k === null || a.direction === null) return null;
  const high = a.direction === "high";
  const cases = k === 1 ? `${oneCase(wording.caseNoun)} ${high ? "färre" : "till"}` : `${formatCount(k)} ${high ? "färre" : "fler"} ${wording.caseNoun}`;
  return `Med ${cases} som ${wording.eventPredicate} hade den inte flaggats.`;
}

/**
 * At most three short Swedish sentences on one unit: the difference from what was expected given its case mix (in
 * procentenheter), the counts and the expected share, and whether the difference can be chance (larm, varning, ingen
 * flagga) — or, for a unit with too few cases, that it is not assessed. Where the unit's own share is on the other side
 * of the nation's than its flag, the first sentence says so.
 */
export function explainAssessment(a: UnitAssessment, unitType: UnitType, unitLabel: string, wording: MeasureWording): string {
  const who = unitPhrase(unitType, unitLabel);
  const counts = `${formatCount(a.observed)} av ${formatCount(a.n)} ${wording.caseNoun}`;
  const outcome = assessmentOutcome(a);
  if (outcome.kind === "not-assessed") {
    if (a.n === 0) return `${who} hade inga ${wording.caseNoun} att bedöma.`;
    const why = Number.isNaN(a.p) ? `Det är för få ${wording.caseNoun} för att bedömas.` : `Ingen bedömning: ${shownNoFlagReason(outcome.reason)}.`;
    return `${who}: ${counts} ${wording.eventPredicate}. ${why}`;
  }
  const expected = wording.adjustedFor ? `väntat var omkring ${pct(a.expectedRate)} med hänsyn till ${wording.adjustedFor}` : `väntat var omkring ${pct(a.expectedRate)}, som i riket`;
  const facts = `${counts} (${pct(a.rate)}) ${wording.eventPredicate}; ${expected}.`;
  const d = differenceFromExpected(a);
  if (outcome.kind === "within") {
    const size = Math.abs(d) < 0.05 ? `ungefär den andel ${wording.rateLabel} som var väntat` : `en andel ${wording.rateLabel} som var ${sentencePoints(d)} ${d > 0 ? "högre" : "lägre"} än väntat`;
    const chance = outcome.reason ? `Ingen flagga: ${shownNoFlagReason(outcome.reason)}.` : "Skillnaden kan bero på slumpen (ingen flagga).";
    return `${who} hade ${size}. ${capitalise(facts)} ${chance}`;
  }
  // Where the unit's own share is on the other side of the nation's, the case mix explains the flag: say so in words.
  const nation = pct(a.target);
  const against =
    wording.adjustedFor === null || !shareAgainstFlag(a, outcome.direction)
      ? ""
      : pct(a.rate) === nation
        ? `, trots att andelen är ungefär densamma som i riket (${nation})`
        : `, trots att andelen är ${outcome.direction === "high" ? "lägre" : "högre"} än i riket (${nation})`;
  return `${who} hade en andel ${wording.rateLabel} som var ${sentencePoints(d)} ${directionPhrase(outcome.direction, wording.polarity)} än väntat${against}. ${capitalise(facts)} ${UNCERTAINTY_SENTENCES[outcome.level]} (${levelName(outcome.level)}).`;
}

