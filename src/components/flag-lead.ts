/**
 * The summary at the top of the pages Barnsamtal and Beredning (klarspråk: the finding first, two to four short
 * sentences): which units differ from what was expected, whether chance can explain it, and where to look next. The
 * differences are `alarmFatigue`'s, the same the flag summary and the funnel plot show.
 */
import {alarmFatigue, type FlagDifference} from "../lib/flags/alarm-fatigue.js";
import type {UnitType} from "../lib/flags/types.js";
import {formatPercentagePoints} from "../lib/format/share.js";
import {UNCERTAINTY_SENTENCES} from "../lib/format/ordlista.js";
import {capitalise, noUnitWord, unitArticle, unitPlural, unitSingular} from "../lib/format/unit-noun.js";
import {elementMaker} from "./dom.js";
import {labelOfUnit, type AssessedMeasureView} from "./measure-view.js";
import {countInWords, listInWords} from "../lib/format/words.js";

/** The uncertainty of a flag in words, one sentence per level (the ordlista's wording). */
export const FLAG_CHANCE_SV = {alarm: UNCERTAINTY_SENTENCES.alarm, warning: UNCERTAINTY_SENTENCES.alert} as const;

/** A flagged unit as the summary names it: its label, level, direction and difference in percentage points. */
export interface LeadDifference extends FlagDifference {
  label: string;
}

/** The flagged units, largest difference first (as the flag summary lists them). */
export function leadDifferences(view: AssessedMeasureView): LeadDifference[] {
  const byUnit = new Map(view.units.map((u) => [u.unit, u]));
  return alarmFatigue(view.units, view.context.policy).differences.map((d) => ({...d, label: labelOfUnit(byUnit.get(d.unit)!)}));
}

/** "+13,2 procentenheter": a difference with its sign, written out. */
export function signedPoints(d: Pick<FlagDifference, "differencePercentagePoints">): string {
  return formatPercentagePoints(d.differencePercentagePoints, {signed: true});
}

/** "En avdelning", "Två avdelningar", "Ett team", "12 team". */
function unitCount(n: number, unitType: UnitType): string {
  if (n === 1) return `${capitalise(unitArticle(unitType))} ${unitSingular(unitType)}`;
  return `${capitalise(countInWords(n, false, {zero: "ingen", upTo: 10}))} ${unitPlural(unitType)}`;
}


/** How a page words its flagged units: the lead when all differ one way, and one unit. */
export interface LeadWords {
  /** After "Två avdelningar": "talade med barn i fler hem än väntat" (all high), "… färre …" (all low). */
  lead(direction: "high" | "low"): string;
  /** One unit; `mixed` when the units differ both ways, so the unit's own direction must be said. */
  unit(d: LeadDifference, mixed: boolean, index: number): string;
}

/**
 * The sentences on the flags: who differs and by how much, then whether chance can explain it. At most three units
 * are named (two when they differ both ways), so no sentence holds more than three numbers or 30 words.
 */
export function flagLeadSentences(view: AssessedMeasureView, unitType: UnitType, words: LeadWords): string[] {
  const flagged = leadDifferences(view);
  if (flagged.length === 0) return [`${noUnitWord(unitType)} ${unitSingular(unitType)} skiljer sig från det väntade mer än slumpen kan förklara.`];
  const mixed = new Set(flagged.map((d) => d.direction)).size > 1;
  const named = flagged.slice(0, mixed ? 2 : 3).map((d, i) => words.unit(d, mixed, i));
  const rest = flagged.length - named.length;
  const list = rest > 0 ? `${named.join(", ")} och ${countInWords(rest, false, {zero: "ingen", upTo: 10})} till` : listInWords(named);
  const who = `${unitCount(flagged.length, unitType)} ${mixed ? "skiljer sig från det väntade" : words.lead(flagged[0]!.direction === "high" ? "high" : "low")}: ${list}.`;
  const alarms = flagged.filter((d) => d.level === "alarm");
  if (alarms.length === flagged.length) return [who, `${FLAG_CHANCE_SV.alarm} (larm).`];
  if (alarms.length === 0) return [who, `${flagged.length === 1 ? "Skillnaden" : "Skillnaderna"} ${FLAG_CHANCE_SV.warning.toLowerCase().replace("är värd", flagged.length === 1 ? "är värd" : "är värda")} (varning).`];
  const warnings = flagged.filter((d) => d.level !== "alarm").map((d) => d.label);
  return [who, `För ${listInWords(alarms.map((d) => d.label))} beror så stor skillnad sällan på slumpen (larm).`, `För ${listInWords(warnings)} kan skillnaden bero på slumpen, men den är värd att titta på (varning).`];
}

/** A link inside a sentence of the summary. */
export interface LeadLink {
  text: string;
  href: string;
}

/** A sentence of the summary: text, or fragments (text and links) joined as they stand. */
export type LeadSentence = string | readonly (string | LeadLink)[];

/** The summary as `div.lika-lead`: one paragraph of sentences, links where a fragment has an href. */
export function LeadSummary(sentences: readonly LeadSentence[], document: Document = globalThis.document): HTMLElement {
  const el = elementMaker(document);
  const box = el("div");
  box.className = "lika-lead";
  const p = el("p");
  sentences.forEach((sentence, i) => {
    if (i > 0) p.append(" ");
    for (const part of typeof sentence === "string" ? [sentence] : sentence) {
      if (typeof part === "string") p.append(part);
      else {
        const a = el("a", part.text);
        a.href = part.href;
        p.append(a);
      }
    }
  });
  box.append(p);
  return box;
}
