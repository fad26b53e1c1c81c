/**
 * Why a unit has no flag although it was looked at, in Swedish. The flag layer (`unitAssessment`) names the reason by
 * its code and facts; the words are made here, so that every page, the CLI and the JSON say it the same way.
 */

/** The reasons a unit cannot be flagged: too few cases, or an expected share of 0 or 100 % (no outcome can differ). */
export type NoFlagReason = {code: "too-few-cases"; cases: number; minimumCases: number} | {code: "no-variation"};

/** "färre än 20 fall (8)"; "förväntad andel är 0 eller 100 %, så inget utfall kan avvika". */
export function noFlagReasonText(reason: NoFlagReason): string {
  switch (reason.code) {
    case "too-few-cases":
      return `färre än ${reason.minimumCases} fall (${reason.cases})`;
    case "no-variation":
      return "förväntad andel är 0 eller 100 %, så inget utfall kan avvika";
  }
}
