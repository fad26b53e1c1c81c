/** The Swedish sentences on the spread between decision-makers, made from the facts of src/lib/measures/decision-maker-spread.ts. */
import {spreadBeyondChance, type Heterogeneity} from "../measures/decision-maker-spread.js";
import {formatNumber, formatPercent} from "./number.js";
import {formatPercentagePoints} from "./share.js";

/** The typical difference between decision-makers as the main text writes it: whole percentage points ("17 procentenheter"). */
export function formatTypicalDifference(tauPercentagePoints: number): string {
  return Number.isFinite(tauPercentagePoints) ? `${formatNumber(tauPercentagePoints)} procentenheter` : "–";
}

/** A range of shares with one unit: "11–100 %" (whole percent). */
export function formatShareRange(min: number, max: number): string {
  return `${formatNumber(100 * min)}–${formatPercent(max)}`;
}

/**
 * One plain sentence: how much the decision-makers typically differ after case mix (τ in whole percentage points) and
 * whether that is more than chance explains (`spreadBeyondChance`); a sentence of its own when fewer than two enter.
 */
export function spreadConclusion(_before: Heterogeneity, after: Heterogeneity): string {
  const beyond = spreadBeyondChance(after);
  if (beyond === null) return "För få beslutsfattare har tillräckligt många beslut för att bedöma spridningen.";
  const size = formatTypicalDifference(after.tauPercentagePoints);
  return beyond
    ? `Beslutsfattarna skiljer sig typiskt ${size} åt, även med hänsyn till ärendena, och det är mer än slumpen förklarar.`
    : `Beslutsfattarna skiljer sig typiskt ${size} åt med hänsyn till ärendena, och det kan slumpen förklara.`;
}

/** The raw range before case mix: "Utan hänsyn till ärendena varierar andelen beslut utan brister 11–100 % mellan 28 beslutsfattare." */
export function spreadRange(before: Heterogeneity): string | null {
  if (!(before.units >= 2)) return null;
  return `Utan hänsyn till ärendena varierar andelen beslut utan brister ${formatShareRange(before.min, before.max)} mellan ${formatNumber(before.units)} beslutsfattare.`;
}

/** The technical detail for "För den som vill veta mer": τ (one decimal) and I² before and after case mix, and the test. */
export function spreadDetails(before: Heterogeneity, after: Heterogeneity, minimumCases: number): string[] {
  const pp = (x: number) => formatPercentagePoints(x, {fixed: false});
  const i2 = (x: number) => (Number.isFinite(x) ? formatPercent(x) : "–");
  return [
    `Före justering för ärendemix: τ = ${pp(before.tauPercentagePoints)}, I² = ${i2(before.i2)}. Efter justering: τ = ${pp(after.tauPercentagePoints)}, I² = ${i2(after.i2)}.`,
    "τ är standardavvikelsen mellan beslutsfattarnas andelar utöver slumpen (DerSimonian–Laird), i procentenheter; det är den som kallas typisk skillnad. I² är den del av variationen som inte är slump.",
    `Spridningen räknas som större än slumpen när Cochrans Q-test ger p < 0,05. Bara beslutsfattare med minst ${formatNumber(minimumCases)} beslut ingår.`
  ];
}

/** One point of the spread over time, as `spreadOverTime` gives it. */
export interface SpreadAt {
  /** "2024T3". */
  tertial: string;
  window: {from: string; to: string};
  afterCaseMix: Heterogeneity;
}

/**
 * Is the spread of the window ending `windowTo` a lot? Compared, in whole percentage points after case mix, with the
 * same twelve months a year earlier (three tertials back) and with the range over every earlier tertial shown. Null when
 * the window has no point or nothing earlier to compare with. `label` writes a tertial ("T3 2023").
 */
export function spreadComparedWithEarlier(points: readonly SpreadAt[], windowTo: string, label: (tertial: string) => string): string | null {
  const ordered = [...points].sort((a, b) => (a.tertial < b.tertial ? -1 : a.tertial > b.tertial ? 1 : 0));
  const i = ordered.findIndex((p) => p.window.to === windowTo);
  if (i < 0) return null;
  const now = ordered[i]!.afterCaseMix.tauPercentagePoints;
  if (!Number.isFinite(now)) return null;
  const round = (x: number) => Math.round(x);
  const sentences: string[] = [];
  const yearBefore = ordered[i - 3];
  if (yearBefore && Number.isFinite(yearBefore.afterCaseMix.tauPercentagePoints)) {
    const then = yearBefore.afterCaseMix.tauPercentagePoints;
    const change = round(now) < round(then) ? "mindre än" : round(now) > round(then) ? "större än" : "lika stor som";
    sentences.push(`Skillnaden är ${change} ett år tidigare, då den var ${formatTypicalDifference(then)} (${label(yearBefore.tertial)}).`);
  }
  const earlier = ordered.slice(0, i + 1).filter((p) => Number.isFinite(p.afterCaseMix.tauPercentagePoints));
  if (earlier.length >= 3) {
    const values = earlier.map((p) => round(p.afterCaseMix.tauPercentagePoints));
    const low = Math.min(...values);
    const high = Math.max(...values);
    const where = round(now) === low ? ", så den är nu som lägst" : round(now) === high ? ", så den är nu som högst" : "";
    sentences.push(
      low === high
        ? `Sedan ${label(earlier[0]!.tertial)} har den legat på ${formatTypicalDifference(low)}.`
        : `Sedan ${label(earlier[0]!.tertial)} har den legat mellan ${formatNumber(low)} och ${formatTypicalDifference(high)}${where}.`
    );
  }
  return sentences.length > 0 ? sentences.join(" ") : null;
}
