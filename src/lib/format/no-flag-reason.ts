/**
 * Why a unit has no flag although it was looked at, in Swedish. The flag layer (`unitAssessment`) names the reason by
 * its code and facts; the words are made here, so that every page, the CLI and the JSON say it the same way.
 */
import {formatCount} from "./number.js";

/** The reasons a unit cannot be flagged: too few cases, or an expected share of 0 or 100 % (no outcome can differ). */
export type NoFlagReason = {code: "too-few-cases"; cases: number; minimumCases: number} | {code: "no-variation"};

/**
 * "för få beslut för att bedömas (8 av minst 20)": the one form a unit below the minimum is described by everywhere, in
 * the measure's word for its cases ("fall" where the measure is not known).
 */
export function tooFewCasesText(cases: number, minimumCases: number, caseNoun = "fall"): string {
  return `för få ${caseNoun} för att bedömas (${formatCount(cases)} av minst ${formatCount(minimumCases)})`;
}

/** "för få fall för att bedömas (8 av minst 20)"; "förväntad andel är 0 eller 100 %, så inget utfall kan avvika". */
export function noFlagReasonText(reason: NoFlagReason): string {
  switch (reason.code) {
    case "too-few-cases":
      return tooFewCasesText(reason.cases, reason.minimumCases);
    case "no-variation":
      return "förväntad andel är 0 eller 100\u00a0%, så inget utfall kan avvika";
  }
}
