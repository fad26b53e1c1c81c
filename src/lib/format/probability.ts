/** p- and q-values as the pages write them: "0,012", "< 0,001", "q = 0,012". */
import {formatNumber} from "./number.js";

/** A p- or q-value to at most three decimals: "0,012", "< 0,001" below 0.001 (no-break space, so it does not wrap); a dash when not finite. */
export function formatProbability(x: number): string {
  if (!Number.isFinite(x)) return "–";
  return x < 0.001 ? `<\u00a0${formatNumber(0.001, {digits: 3})}` : formatNumber(x, {digits: 3});
}

/** "q = 0,012", "q < 0,001": a named probability with the right relation sign (no-break space before "<"). */
export function probabilityEquation(name: string, x: number): string {
  const value = formatProbability(x);
  return value.startsWith("<") ? `${name}\u00a0${value}` : `${name} = ${value}`;
}
