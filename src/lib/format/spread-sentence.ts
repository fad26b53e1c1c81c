/** The Swedish sentence on the spread between decision-makers, made from the facts of src/lib/measures/decision-maker-spread.ts. */
import {spreadBeyondChance, type Heterogeneity} from "../measures/decision-maker-spread.js";
import {formatPercent} from "./number.js";
import {formatPercentagePoints} from "./share.js";

/**
 * Whether the spread is more than case mix and chance (`spreadBeyondChance`), with the raw range, τ (at most one
 * decimal) and I² before and after case mix; a sentence of its own when fewer than two decision-makers enter.
 */
export function spreadConclusion(before: Heterogeneity, after: Heterogeneity): string {
  const beyond = spreadBeyondChance(after);
  if (beyond === null) return "För få beslutsfattare med tillräckligt många beslut för att bedöma spridningen.";
  const pp = (x: number) => formatPercentagePoints(x, {fixed: false});
  const range = `${formatPercent(before.min)}–${formatPercent(before.max)}`;
  const head = `Andelen beslut utan brister varierar ${range} mellan ${before.units} beslutsfattare (τ = ${pp(before.tauPercentagePoints)}, I² = ${formatPercent(before.i2)}); efter justering för ärendemix är τ = ${pp(after.tauPercentagePoints)} och I² = ${formatPercent(after.i2)}`;
  return beyond ? `${head}, så spridningen är större än ärendemix och slump förklarar.` : `${head}, så spridningen kan förklaras av ärendemix och slump.`;
}
