/** The Swedish nouns for the units lika assesses: "beslutsfattare", "avdelning(ar)", "team", with their article. */
import type {UnitType} from "../flags/types.js";

interface Noun {
  singular: string;
  plural: string;
  /** Common ("en avdelning") or neuter ("ett team") gender. */
  neuter: boolean;
}

const UNIT_NOUNS: Record<UnitType, Noun> = {
  "decision-maker": {singular: "beslutsfattare", plural: "beslutsfattare", neuter: false},
  department: {singular: "avdelning", plural: "avdelningar", neuter: false},
  team: {singular: "team", plural: "team", neuter: true}
};

/** "beslutsfattare", "avdelning", "team": one unit, lower case. */
export function unitSingular(unitType: UnitType): string {
  return UNIT_NOUNS[unitType].singular;
}

/** "beslutsfattare", "avdelningar", "team": the units in the plural, lower case. */
export function unitPlural(unitType: UnitType): string {
  return UNIT_NOUNS[unitType].plural;
}

/** "en" or "ett": the indefinite article of one unit ("en avdelning", "ett team"). */
export function unitArticle(unitType: UnitType): "en" | "ett" {
  return UNIT_NOUNS[unitType].neuter ? "ett" : "en";
}

/** "Ingen" or "Inget": "no unit" agreeing with the noun ("Ingen avdelning", "Inget team"). */
export function noUnitWord(unitType: UnitType): "Ingen" | "Inget" {
  return UNIT_NOUNS[unitType].neuter ? "Inget" : "Ingen";
}

/** "så stor skillnad …": a sentence from the ordlista continued after a colon, its first letter in lower case. */
export function lowerFirst(text: string): string {
  return text.length === 0 ? text : `${text[0]!.toLowerCase()}${text.slice(1)}`;
}

/** "Beslutsfattare", "Avdelning": a word capitalised to start a line. */
export function capitalise(text: string): string {
  return text.length === 0 ? text : `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

/** "Beslutsfattare dm_…", "Avdelning Nord", "Team 12": how a unit is named at the start of a sentence. */
export function unitPhrase(unitType: UnitType, unitLabel: string): string {
  return `${capitalise(unitSingular(unitType))} ${unitLabel}`;
}
