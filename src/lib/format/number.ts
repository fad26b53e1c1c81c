/** Swedish number formats for the UI (sv-SE): "1 154", "27 %". Group separators are no-break spaces. */
const integer = new Intl.NumberFormat("sv-SE", {maximumFractionDigits: 0});

/** An integer count, grouped by thousands: 1154 → "1 154". */
export function formatCount(n: number): string {
  return integer.format(n);
}

/** A count as the published tables show it: a dash for zero. */
export function formatCountOrDash(n: number): string {
  return n === 0 ? "–" : formatCount(n);
}

// Building an Intl.NumberFormat costs far more than formatting with one (about a millisecond): keep one per digit count.
const percentFormats = new Map<number, Intl.NumberFormat>();

/** A share (fraction 0–1) as a whole percentage: 0.27 → "27 %". */
export function formatPercent(share: number, digits = 0): string {
  let format = percentFormats.get(digits);
  if (!format) percentFormats.set(digits, (format = new Intl.NumberFormat("sv-SE", {style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits})));
  return format.format(share);
}
