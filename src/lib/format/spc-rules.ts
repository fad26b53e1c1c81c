/**
 * The Making Data Count special-cause rules (src/lib/stats/spc-rules.ts) in the one Swedish wording every page, table
 * and tooltip uses. Plain words for a manager (klarspråk): no σ, and "gränserna"
 * and "genomsnittet" rather than a page's own name for the lines (styrgräns, processgräns, mittlinje,
 * medellinje), so the sentence reads right next to either page's captions. Each text is a clause that follows a
 * colon ("Lägre (sämre): sju punkter i rad stiger eller sjunker").
 */
import type {SpecialCauseRule} from "../stats/spc-rules.js";

/** The chart's lines by one name on every page: the limits of common-cause variation and the centre line. */
export const SPC_LINES_SV = {limits: "styrgränser", centre: "medellinjen"} as const;

/** Each Making Data Count rule in Swedish, as the clause that says why a point is marked. */
export const SPC_RULE_SV: Record<SpecialCauseRule, string> = {
  limit: "punkten ligger utanför gränserna",
  trend: "sju punkter i rad stiger eller sjunker",
  twoOfThree: "två av tre punkter i rad ligger nära samma gräns",
  shift: "sju punkter i rad ligger på samma sida om genomsnittet"
};

/** The four rules as one list for a reading guide, in priority order: "punkten ligger …, …, … eller sju punkter …". */
export function spcRulesInWords(): string {
  const rules = [SPC_RULE_SV.limit, SPC_RULE_SV.trend, SPC_RULE_SV.twoOfThree, SPC_RULE_SV.shift];
  return `${rules.slice(0, -1).join(", ")} eller ${rules.at(-1)!}`;
}
