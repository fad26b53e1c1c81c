/** The one-sentence Swedish explanation every assessed unit carries. */
import {formatCount, formatPercent} from "../format/number.js";
import type {Polarity, UnitAssessment, UnitType} from "./types.js";

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

const UNIT_NOUN: Record<UnitType, string> = {"decision-maker": "Beslutsfattare", department: "Avdelning", team: "Team"};

/** "Beslutsfattare dm_…", "Avdelning Nord", "Team 12": how a unit is named in a sentence. */
export function unitPhrase(unitType: UnitType, unitLabel: string): string {
  return `${UNIT_NOUN[unitType]} ${unitLabel}`;
}

function pct(share: number): string {
  return Number.isFinite(share) ? formatPercent(share, share > 0 && share < 0.1 ? 1 : 0) : "–";
}

/** "högre", "högre (bättre)", "lägre (sämre)": direction words that name better/worse only when the measure has a polarity. */
export function directionPhrase(direction: "high" | "low", polarity: Polarity): string {
  const word = direction === "high" ? "högre" : "lägre";
  if (polarity === "none") return word;
  const better = (direction === "high") === (polarity === "higher-better");
  return `${word} (${better ? "bättre" : "sämre"})`;
}

/**
 * One Swedish sentence saying what the unit's rate is, what was expected given its case mix, whether and why it is
 * flagged, and how many cases would have to differ for the flag to disappear (or why there is no flag).
 */
export function explainAssessment(a: UnitAssessment, unitType: UnitType, unitLabel: string, wording: MeasureWording): string {
  const who = unitPhrase(unitType, unitLabel);
  const counts = `${formatCount(a.observed)} av ${formatCount(a.n)} ${wording.caseNoun}`;
  if (a.noFlagReason !== null && Number.isNaN(a.p)) {
    return `${who} har ${pct(a.rate)} ${wording.rateLabel} (${counts}) men flaggas inte: ${a.noFlagReason}.`;
  }
  const expected = wording.adjustedFor
    ? `förväntat ${pct(a.expectedRate)} med hänsyn till ${wording.adjustedFor}, justerat ${pct(a.adjustedRate)}`
    : `riket ${pct(a.target)}`;
  const shown = wording.adjustedFor ? "justerad andel" : "andelen";
  if (a.level === null || a.direction === null) {
    const why = a.noFlagReason ? `; ingen flagga: ${a.noFlagReason}` : "";
    return `${who} har ${pct(a.rate)} ${wording.rateLabel} (${counts}; ${expected}), inom 95 %-gränserna (${pct(a.adjustedLimits.alert.lower)}–${pct(a.adjustedLimits.alert.upper)})${why}.`;
  }
  // Without case mix the adjusted rate is the rate; with it, the sentence quotes the adjusted rate and its limit.
  const levelLimits = a.level === "alarm" ? a.adjustedLimits.alarm : a.adjustedLimits.alert;
  const limit = a.direction === "high" ? levelLimits.upper : levelLimits.lower;
  const levelName = a.level === "alarm" ? "larm: utanför 99,8 %-gränsen" : "varning: utanför 95 %-gränsen";
  const change =
    a.casesToDiffer === null
      ? "ingen ändring av antalet skulle ta bort flaggan"
      : `flaggan försvinner om ${formatCount(a.casesToDiffer)} ${a.direction === "high" ? "färre" : "fler"} ${wording.caseNoun} ${wording.eventPredicate}`;
  return `${who} har ${pct(a.rate)} ${wording.rateLabel} (${counts}; ${expected}), ${directionPhrase(a.direction, wording.polarity)} än väntat – ${levelName} för ${shown} (${pct(limit)}); ${change}.`;
}
