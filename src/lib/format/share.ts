/**
 * Shares (fractions 0–1), confidence levels and differences in percentage points as the pages write them: "45,3 %",
 * "99,8 %", "6,3 procentenheter", "+1,2 p.e.". The percent sign follows a no-break space, as Intl gives it.
 */
import {formatNumber, formatPercent} from "./number.js";

/** "45,3 %": a share with one decimal as the charts and tables show it; a dash when not finite. */
export function formatShare(share: number): string {
  return Number.isFinite(share) ? formatPercent(share, 1) : "–";
}

/**
 * A share as the flag sentences quote it: whole percent ("27 %"), one decimal strictly between 0 and 10 % ("4,6 %", so a
 * small share does not read "0 %" or "5 %"), a dash when not finite.
 */
export function formatSentenceShare(share: number): string {
  return Number.isFinite(share) ? formatPercent(share, share > 0 && share < 0.1 ? 1 : 0) : "–";
}

/** A confidence level as the UI names it: 0.95 → "95 %", 0.998 → "99,8 %" (whole percent when it is one, else one decimal). */
export function formatLevel(level: number): string {
  return formatPercent(level, Math.abs(level * 100 - Math.round(level * 100)) < 1e-9 ? 0 : 1);
}

/**
 * A share as a percentage number for a spreadsheet cell under a "(%)" heading: 0.4532 → "45,3" (one decimal, decimal
 * comma, no grouping); null (an empty cell) when not finite.
 */
export function formatPercentCell(share: number): string | null {
  return Number.isFinite(share) ? formatNumber(100 * share, {digits: 1, fixed: true, grouping: false}) : null;
}

/** How `formatPercentagePoints` writes a difference. */
export interface PercentagePointStyle {
  /** Exactly one decimal ("3,0", the default), or at most one ("3"). */
  fixed?: boolean;
  /** A sign before positive and negative values ("+1,2"), none before zero. */
  signed?: boolean;
  /** The unit word: "procentenheter" (default) or the abbreviation "p.e.". */
  unit?: "procentenheter" | "p.e.";
}

/** A value in percentage points (already × 100): 6.25 → "6,3 procentenheter"; a dash when not finite. */
export function formatPercentagePoints(x: number, style: PercentagePointStyle = {}): string {
  if (!Number.isFinite(x)) return "–";
  return `${formatNumber(x, {digits: 1, fixed: style.fixed ?? true, signed: style.signed})} ${style.unit ?? "procentenheter"}`;
}

/**
 * A range of shares as a reader sees it, "70,0 %–100,0 %": limits beyond what a share can be (a funnel or control
 * limit above 100 % or below 0 %) are shown at 100 % and 0 %, since no unit can fall outside them there. `format` writes
 * each end (one decimal by default; a page that shows whole percent passes its own).
 */
export function formatShareRange(lower: number, upper: number, format: (share: number) => string = formatShare): string {
  return `${format(Math.max(0, lower))}–${format(Math.min(1, upper))}`;
}
