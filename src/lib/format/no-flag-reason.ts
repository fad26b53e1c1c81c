/**
 * Why a unit has no flag although it was looked at, in Swedish. The flag layer (`unitAssessment`) names the reason by
 * its code and facts; the words are made here. `noFlagReasonText` is the reason as `lika analyze --json` carries it
 * (`noFlagReason`, kept as it was); the pages say the same thing in the forms below (`tooFewCasesText`,
 * `NO_VARIATION_TEXT`), one form for a unit with too few cases everywhere a reader looks.
 */
import {formatCount} from "./number.js";

/** The reasons a unit cannot be flagged: too few cases, or an expected share of 0 or 100 % (no outcome can differ). */
export type NoFlagReason = {code: "too-few-cases"; cases: number; minimumCases: number} | {code: "no-variation"};

/** "färre än 20 fall (8)"; "förväntad andel är 0 eller 100 %, så inget utfall kan avvika": the JSON's words. */
export function noFlagReasonText(reason: NoFlagReason): string {
  switch (reason.code) {
    case "too-few-cases":
      return `färre än ${reason.minimumCases} fall (${reason.cases})`;
    case "no-variation":
      return "förväntad andel är 0 eller 100 %, så inget utfall kan avvika";
  }
}

/**
 * "för få beslut för att bedömas (8 av minst 20)": the one form a unit below the minimum is described by on the pages,
 * in the measure's word for its cases.
 */
export function tooFewCasesText(cases: number, minimumCases: number, caseNoun: string): string {
  return `för få ${caseNoun} för att bedömas (${formatCount(cases)} av minst ${formatCount(minimumCases)})`;
}

/** "förväntad andel är 0 eller 100 %, så inget utfall kan avvika", with a no-break space before %, as the pages write it. */
export const NO_VARIATION_TEXT = "förväntad andel är 0 eller 100\u00a0%, så inget utfall kan avvika";

/** The reason a page shows for a unit that was looked at but cannot be flagged (the JSON's `noFlagReason` in page form). */
export function shownNoFlagReason(reason: string | null): string | null {
  return reason === noFlagReasonText({code: "no-variation"}) ? NO_VARIATION_TEXT : reason;
}
