/** The one-sentence Swedish explanation every assessed unit carries, made from the facts of src/lib/flags/explanation.ts. */
import {assessmentOutcome, isBetterDirection} from "../flags/explanation.js";
import type {FlagDirection, Polarity, UnitAssessment, UnitType} from "../flags/types.js";
import {formatCount} from "./number.js";
import {formatSentenceShare as pct} from "./share.js";
import {unitPhrase} from "./unit-noun.js";

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

/** "högre", "högre (bättre)", "lägre (sämre)": direction words that name better/worse only when the measure has a polarity. */
export function directionPhrase(direction: FlagDirection, polarity: Polarity): string {
  const word = direction === "high" ? "högre" : "lägre";
  const better = isBetterDirection(direction, polarity);
  return better === null ? word : `${word} (${better ? "bättre" : "sämre"})`;
}

/**
 * One Swedish sentence saying what the unit's rate is, what was expected given its case mix, whether and why it is
 * flagged, and how many cases would have to differ for the flag to disappear (or why there is no flag).
 */
export function explainAssessment(a: UnitAssessment, unitType: UnitType, unitLabel: string, wording: MeasureWording): string {
  const who = unitPhrase(unitType, unitLabel);
  const counts = `${formatCount(a.observed)} av ${formatCount(a.n)} ${wording.caseNoun}`;
  const outcome = assessmentOutcome(a);
  if (outcome.kind === "not-assessed") {
    return `${who} har ${pct(a.rate)} ${wording.rateLabel} (${counts}) men flaggas inte: ${outcome.reason}.`;
  }
  const expected = wording.adjustedFor
    ? `förväntat ${pct(a.expectedRate)} med hänsyn till ${wording.adjustedFor}, justerat ${pct(a.adjustedRate)}`
    : `riket ${pct(a.target)}`;
  if (outcome.kind === "within") {
    const why = outcome.reason ? `; ingen flagga: ${outcome.reason}` : "";
    return `${who} har ${pct(a.rate)} ${wording.rateLabel} (${counts}; ${expected}), inom 95 %-gränserna (${pct(outcome.lower)}–${pct(outcome.upper)})${why}.`;
  }
  // Without case mix the adjusted rate is the rate; with it, the sentence quotes the adjusted rate and its limit.
  const shown = wording.adjustedFor ? "justerad andel" : "andelen";
  const levelName = outcome.level === "alarm" ? "larm: utanför 99,8 %-gränsen" : "varning: utanför 95 %-gränsen";
  const change =
    outcome.casesToDiffer === null
      ? "ingen ändring av antalet skulle ta bort flaggan"
      : `flaggan försvinner om ${formatCount(outcome.casesToDiffer)} ${outcome.direction === "high" ? "färre" : "fler"} ${wording.caseNoun} ${wording.eventPredicate}`;
  return `${who} har ${pct(a.rate)} ${wording.rateLabel} (${counts}; ${expected}), ${directionPhrase(outcome.direction, wording.polarity)} än väntat – ${levelName} för ${shown} (${pct(outcome.limit)}); ${change}.`;
}
