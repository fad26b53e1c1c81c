/**
 * Swedish number formats for the UI (sv-SE): "1 154", "27 %", "+1,2". Group separators are no-break spaces (U+00A0)
 * and the minus sign is U+2212, as Intl gives them. Every Intl.NumberFormat of lika is made here.
 */

// Building an Intl.NumberFormat costs far more than formatting with one (about a millisecond): keep one per option set.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat("sv-SE", options)));
  return format;
}

/** How `formatNumber` writes a number. */
export interface NumberStyle {
  /** Decimals: at most this many (trailing zeros dropped, "2,5"), or exactly this many when `fixed` ("2,50"). Default 0. */
  digits?: number;
  fixed?: boolean;
  /** At most this many significant digits instead of a number of decimals ("0,00021"). */
  significant?: number;
  /** A sign before positive and negative numbers, none before zero ("+1,2", "−1,2", "0,0"). */
  signed?: boolean;
  /** Group thousands ("1 154", the default); false for cells a spreadsheet reads as numbers ("1154"). */
  grouping?: boolean;
}

function intlOptions(style: NumberStyle): Intl.NumberFormatOptions {
  const digits = style.digits ?? 0;
  const options: Intl.NumberFormatOptions =
    style.significant !== undefined
      ? {maximumSignificantDigits: style.significant}
      : style.fixed
        ? {minimumFractionDigits: digits, maximumFractionDigits: digits}
        : {maximumFractionDigits: digits};
  if (style.grouping === false) options.useGrouping = false;
  if (style.signed) options.signDisplay = "exceptZero";
  return options;
}

/** A number in Swedish, rounded as `style` says (half away from zero); NaN gives "NaN" and ±Infinity "∞" (Intl's text). */
export function formatNumber(x: number, style: NumberStyle = {}): string {
  return numberFormat(intlOptions(style)).format(x);
}

const integer = numberFormat({maximumFractionDigits: 0});

/** An integer count, grouped by thousands: 1154 → "1 154" (fractions are rounded). */
export function formatCount(n: number): string {
  return integer.format(n);
}

/** A count as the published tables show it: a dash for zero. */
export function formatCountOrDash(n: number): string {
  return n === 0 ? "–" : formatCount(n);
}

/** A share (fraction 0–1) as a percentage with `digits` decimals, always that many: 0.27 → "27 %", (0.0456, 1) → "4,6 %". */
export function formatPercent(share: number, digits = 0): string {
  return numberFormat({style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits}).format(share);
}

/** A statistic to two significant digits ("1,3", "0,00021"); a dash when not finite. */
export function formatStatistic(x: number): string {
  return Number.isFinite(x) ? formatNumber(x, {significant: 2}) : "–";
}
