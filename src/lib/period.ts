/**
 * Analysis periods: a calendar year (`2023`), a tertial (`2023T2`; T1 = January–April, T2 = May–August,
 * T3 = September–December) or an inclusive date range (`2022-01-01..2024-08-31`). Dates are ISO strings
 * (YYYY-MM-DD), which compare correctly as text.
 */

export interface Period {
  /** First day, inclusive, YYYY-MM-DD. */
  from: string;
  /** Last day, inclusive, YYYY-MM-DD. */
  to: string;
  /** How the period was given. */
  kind: "year" | "tertial" | "range";
  /** Swedish label for the UI: "2023", "T2 2023", "2022-01-01 – 2024-08-31". */
  label: string;
}

const TERTIAL_MONTHS = {1: [1, 4], 2: [5, 8], 3: [9, 12]} as const;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** Number of days in a month (month 1–12) of a proleptic Gregorian year. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `text` is a real calendar date written YYYY-MM-DD (2023-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The period of one calendar year, 1 January to 31 December. */
export function yearPeriod(year: number): Period {
  return {from: `${pad(year, 4)}-01-01`, to: `${pad(year, 4)}-12-31`, kind: "year", label: String(year)};
}

/** The period of tertial 1, 2 or 3 of a year (T1 = Jan–Apr, T2 = May–Aug, T3 = Sep–Dec). */
export function tertialPeriod(year: number, tertial: 1 | 2 | 3): Period {
  const [first, last] = TERTIAL_MONTHS[tertial];
  return {
    from: `${pad(year, 4)}-${pad(first)}-01`,
    to: `${pad(year, 4)}-${pad(last)}-${pad(daysInMonth(year, last))}`,
    kind: "tertial",
    label: `T${tertial} ${year}`
  };
}

/** An inclusive date range; throws RangeError when a date is not a calendar date or `from` is after `to`. */
export function rangePeriod(from: string, to: string): Period {
  for (const d of [from, to]) {
    if (!isIsoDate(d)) throw new RangeError(`'${d}' is not a date (YYYY-MM-DD)`);
  }
  if (from > to) throw new RangeError(`the period starts (${from}) after it ends (${to})`);
  return {from, to, kind: "range", label: `${from} – ${to}`};
}

/**
 * Parses `2023`, `2023T2` (also `2023-T2`, lower-case t) or `2022-01-01..2024-08-31` into a Period.
 * Throws RangeError with a one-sentence reason for anything else.
 */
export function parsePeriod(text: string): Period {
  const t = text.trim();
  let m = /^(\d{4})$/.exec(t);
  if (m) return yearPeriod(Number(m[1]));
  m = /^(\d{4})-?[Tt]([0-9]+)$/.exec(t);
  if (m) {
    const tertial = Number(m[2]);
    if (tertial !== 1 && tertial !== 2 && tertial !== 3) throw new RangeError(`'${t}' names tertial ${tertial}; a year has tertials T1, T2 and T3`);
    return tertialPeriod(Number(m[1]), tertial);
  }
  m = /^(\S+)\s*\.\.\s*(\S+)$/.exec(t);
  if (m) return rangePeriod(m[1]!, m[2]!);
  throw new RangeError(`'${t}' is not a period: write a year (2023), a tertial (2023T2) or a date range (2022-01-01..2024-08-31)`);
}

/** The tertial (1–3) a YYYY-MM-DD date falls in. */
export function tertialOf(date: string): 1 | 2 | 3 {
  const month = Number(date.slice(5, 7));
  return month <= 4 ? 1 : month <= 8 ? 2 : 3;
}

/** True when the YYYY-MM-DD date lies in the period (both ends included). */
export function isInPeriod(date: string, period: Pick<Period, "from" | "to">): boolean {
  return date >= period.from && date <= period.to;
}

/**
 * The twelve whole months ending with the month in which `period` ends (for T2 2023: 2022-09-01 – 2023-08-31),
 * as a range period. Used as the decision-maker window at a tertial follow-up.
 */
export function twelveMonthsEnding(period: Pick<Period, "to">): Period {
  const year = Number(period.to.slice(0, 4));
  const month = Number(period.to.slice(5, 7));
  // The first month of the window is 11 months before the last.
  const startIndex = year * 12 + (month - 1) - 11;
  const from = `${pad(Math.floor(startIndex / 12), 4)}-${pad((startIndex % 12) + 1)}-01`;
  const to = `${pad(year, 4)}-${pad(month)}-${pad(daysInMonth(year, month))}`;
  return rangePeriod(from, to);
}

/** Whole days from date `a` to date `b` (YYYY-MM-DD), negative when b is before a. */
export function daysBetween(a: string, b: string): number {
  return Math.round(dayNumber(b) - dayNumber(a));
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (NaN when it is none), remembered: a million durations use a few thousand dates. */
const dayNumbers = new Map<string, number>();
function dayNumber(date: string): number {
  let n = dayNumbers.get(date);
  if (n === undefined) {
    if (dayNumbers.size >= 100_000) dayNumbers.clear();
    n = Date.parse(`${date}T00:00:00Z`) / 86_400_000;
    dayNumbers.set(date, n);
  }
  return n;
}
