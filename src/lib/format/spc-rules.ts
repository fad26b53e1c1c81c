/**
 * The Making Data Count special-cause rules (src/lib/stats/spc-rules.ts) in the one Swedish wording every page, table
 * and tooltip uses. Plain words for a manager (klarspråk): no σ, no method or package names, and the chart's lines by
 * their one name on every page ("styrgränser", "medellinjen"). Each text is a clause that follows a colon ("Lägre
 * (sämre): sju punkter i rad stiger eller sjunker"). The method itself, in the words a statistician looks for, is
 * `SPC_METHOD_SV`: it belongs in a "För den som vill veta mer" disclosure, never in a page's main text.
 */
import type {SpecialCauseRule} from "../stats/spc-rules.js";
import {CHART_NAMES} from "./ordlista.js";

/** The chart's lines by one name on every page: the limits of common-cause variation and the centre line. */
export const SPC_LINES_SV = {limits: CHART_NAMES.controlLimits, centre: CHART_NAMES.centreLine} as const;

/** Each Making Data Count rule in Swedish, as the clause that says why a point is marked. */
export const SPC_RULE_SV: Record<SpecialCauseRule, string> = {
  limit: "punkten ligger utanför styrgränserna",
  trend: "sju punkter i rad stiger eller sjunker",
  twoOfThree: "två av tre punkter i rad ligger nära samma styrgräns",
  shift: "sju punkter i rad ligger på samma sida om medellinjen"
};

/** The four rules as two short sentences for a reader ("Det gäller när …. Det gäller också när …."). */
export function spcRulesSentences(): string {
  return `Det gäller när ${SPC_RULE_SV.limit} eller när ${SPC_RULE_SV.trend}. Det gäller också när ${SPC_RULE_SV.twoOfThree}, eller när ${SPC_RULE_SV.shift}.`;
}

/** What a marked point means, in one sentence for the reader: shape-neutral, so both pages say it alike. */
export const SPC_MARK_SV = "En punkt märkt H (högre) eller L (lägre) visar en ändring som är större än den vanliga variationen";

/**
 * The method behind the control charts, for a "För den som vill veta mer" disclosure: the chart type, the rules'
 * source, the limits in σ, trial limits, Laney's widening and how assurance against a standard is read.
 */
export const SPC_METHOD_SV = {
  chart: "Diagrammen är p-diagram (styrdiagram för andelar). Styrgränserna ligger 3σ från medellinjen, där σ räknas för varje punkts eget antal.",
  rules: "Reglerna för särskild orsak är NHS England:s ”Making Data Count”: en punkt utanför 3σ, sju punkter i rad som stiger eller sjunker, två av tre punkter bortom 2σ på samma sida, och sju punkter i rad på samma sida om medellinjen.",
  trial: "Med färre än 12 punkter är gränserna preliminära (trial limits) och ritas prickade.",
  laney: "Varierar andelen mer än binomialfördelningen ger, vidgas gränserna som i Laneys p′-diagram.",
  assurance: "Bedömningen mot kravet följer Making Data Count och R-paketet NHSRplotthedots: kravet jämförs med styrgränserna vid den senaste punkten. Ligger kravet innanför gränserna blir svaret ”klarar ibland”, ligger det utanför ”klarar alltid” eller ”klarar inte”."
} as const;
