/**
 * Periods and the calendar under them, in one place: ISO dates (YYYY-MM-DD, which compare correctly as text),
 * months ("2023-05"), tertials ("2023T2"; T1 = January–April, T2 = May–August, T3 = September–December) and analysis
 * periods: a calendar year (`2023`), a tertial (`2023T2`) or an inclusive date range (`2022-01-01..2024-08-31`).
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

/** The days a count or filter covers, both ends included: a Period without its kind and label. */
export type Window = Pick<Period, "from" | "to">;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

// ---- Calendar dates and months.
// The date checks run on every field of a million-row extract: they read char codes instead of running regular
// expressions or building Date objects. The leap rule here is the only one: no Date (which reads years 0–99 as
// 1900–1999) and no d3-time `utcMonth` (built on Date as well) decide the length of a month.

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Number of days in a month (month 1–12) of a proleptic Gregorian year. */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** The value of the ASCII digit at `s[i]`, or -1 when it is not one. */
function digitAt(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** YYYYMMDD when year, month and day make a real calendar date (proleptic Gregorian, years 100–9999), else -1. */
export function calendarDateNumber(year: number, month: number, day: number): number {
  // Years 0–99 were never accepted (JavaScript dates read them as 1900–1999); kept that way.
  if (year < 100 || month < 1 || month > 12 || day < 1) return -1;
  return day > daysInMonth(year, month) ? -1 : year * 10000 + month * 100 + day;
}

/**
 * YYYY-MM-DD as the number YYYYMMDD when `iso` is a real calendar date (proleptic Gregorian, a four-digit year
 * 0100–9999), else -1. The number is a cheap key for sharing one copy of each distinct date.
 */
export function isoDateNumber(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return -1;
  const y0 = digitAt(iso, 0), y1 = digitAt(iso, 1), y2 = digitAt(iso, 2), y3 = digitAt(iso, 3);
  const m0 = digitAt(iso, 5), m1 = digitAt(iso, 6), d0 = digitAt(iso, 8), d1 = digitAt(iso, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return -1;
  return calendarDateNumber(y0 * 1000 + y1 * 100 + y2 * 10 + y3, m0 * 10 + m1, d0 * 10 + d1);
}

/** True when `text` is a real calendar date written YYYY-MM-DD with a year 0100–9999 (2023-02-29 and 0099-01-01 are not). */
export function isIsoDate(text: string): boolean {
  return isoDateNumber(text) >= 0;
}

/** The month of a YYYY-MM-DD date: "2023-05" for 2023-05-17. */
export function monthKey(date: string): string {
  return date.slice(0, 7);
}

/** The last day of a month: "2024-02-29" for "2024-02", "2023-02-28" for "2023-02". */
export function lastDayOfMonth(month: string): string {
  return `${month}-${pad(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7))))}`;
}

/** The window of whole months from `fromMonth` to `toMonth` ("2023-02" … "2024-06" → 2023-02-01 – 2024-06-30). */
export function monthWindow(fromMonth: string, toMonth: string): Window {
  return {from: `${fromMonth}-01`, to: lastDayOfMonth(toMonth)};
}

// ---- Tertials.

/** The first and last month (1–12) of each tertial: the one definition of the tertials' bounds. */
const TERTIAL_MONTHS = {1: [1, 4], 2: [5, 8], 3: [9, 12]} as const;

/** The tertial (1–3) a YYYY-MM-DD date or a YYYY-MM month falls in (April is T1, May T2, December T3). */
export function tertialOf(date: string): 1 | 2 | 3 {
  const month = Number(date.slice(5, 7));
  return month <= TERTIAL_MONTHS[1][1] ? 1 : month <= TERTIAL_MONTHS[2][1] ? 2 : 3;
}

/** The tertial key of a YYYY-MM-DD date or a YYYY-MM month: "2023T2". */
export function tertialKey(date: string): string {
  return `${date.slice(0, 4)}T${tertialOf(date)}`;
}

/** True when `text` is a tertial key: four digits, "T", 1, 2 or 3 ("2023T2"). */
export function isTertialKey(text: string): boolean {
  return /^\d{4}T[123]$/.test(text);
}

/** The year and tertial number of a tertial key ("2023T2" → [2023, 2]). */
function tertialParts(key: string): [number, 1 | 2 | 3] {
  return [Number(key.slice(0, 4)), Number(key.slice(5)) as 1 | 2 | 3];
}

/** The tertial key of a year and tertial number. */
function keyOf(year: number, tertial: number): string {
  return `${pad(year, 4)}T${tertial}`;
}

/** The first and last month of a tertial key ("2024T2" → ["2024-05", "2024-08"]). */
export function tertialMonths(key: string): [string, string] {
  const year = key.slice(0, 4);
  const [first, last] = TERTIAL_MONTHS[tertialParts(key)[1]];
  return [`${year}-${pad(first)}`, `${year}-${pad(last)}`];
}

/** Bounds per tertial key, remembered: count rows ask for the bounds of the same few tertials once per row. */
const boundsOfKey = new Map<string, Readonly<Window>>();

/** The first and last day of a tertial key ("2023T2" → 2023-05-01 … 2023-08-31; "2024T1" ends 2024-04-30). */
export function tertialBounds(key: string): Readonly<Window> {
  let bounds = boundsOfKey.get(key);
  if (bounds === undefined) {
    if (boundsOfKey.size >= 10_000) boundsOfKey.clear();
    const [first, last] = tertialMonths(key);
    bounds = Object.freeze(monthWindow(first, last));
    boundsOfKey.set(key, bounds);
  }
  return bounds;
}

/** True when the tertial lies wholly inside the window. */
export function tertialInWindow(key: string, window: Window): boolean {
  const b = tertialBounds(key);
  return b.from >= window.from && b.to <= window.to;
}

/** True when the window is whole tertials: it starts on the first day of a tertial and ends on the last day of one. */
export function isWholeTertials(window: Window): boolean {
  const shape = /^\d{4}-\d{2}-\d{2}$/;
  return window.from <= window.to && shape.test(window.from) && shape.test(window.to) && tertialBounds(tertialKey(window.from)).from === window.from && tertialBounds(tertialKey(window.to)).to === window.to;
}

/**
 * The Swedish label of a tertial key: "T2 2023" for "2023T2"; the short forms "T2 23" (an axis tick) and "T2" (a band
 * whose year is shown elsewhere).
 */
export function tertialLabel(key: string, form: "T2 2023" | "T2 23" | "T2" = "T2 2023"): string {
  const tertial = `T${key.slice(5)}`;
  return form === "T2" ? tertial : `${tertial} ${key.slice(form === "T2 23" ? 2 : 0, 4)}`;
}

/** The tertial before "2024T2" ("2024T1"); before "2024T1", "2023T3". */
export function previousTertial(key: string): string {
  const [year, t] = tertialParts(key);
  return t === 1 ? keyOf(year - 1, 3) : keyOf(year, t - 1);
}

/** The same tertial a year earlier ("2024T2" → "2023T2"). */
export function yearEarlierTertial(key: string): string {
  const [year, t] = tertialParts(key);
  return keyOf(year - 1, t);
}

// ---- Analysis periods.

/** The period of one calendar year, 1 January to 31 December. */
export function yearPeriod(year: number): Period {
  return {from: `${pad(year, 4)}-01-01`, to: `${pad(year, 4)}-12-31`, kind: "year", label: String(year)};
}

/** The period of tertial 1, 2 or 3 of a year (T1 = Jan–Apr, T2 = May–Aug, T3 = Sep–Dec). */
export function tertialPeriod(year: number, tertial: 1 | 2 | 3): Period {
  const key = keyOf(year, tertial);
  const {from, to} = tertialBounds(key);
  return {from, to, kind: "tertial", label: tertialLabel(key)};
}

/** A tertial key as a Period ("2023T2" → 2023-05-01 – 2023-08-31, "T2 2023"). */
export function tertialPeriodOf(key: string): Period {
  const [year, tertial] = tertialParts(key);
  return tertialPeriod(year, tertial);
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
 * Throws RangeError with a one-sentence reason for anything else, a year below 0100 included (as for dates).
 */
export function parsePeriod(text: string): Period {
  const t = text.trim();
  const wrong = `'${t}' is not a period: write a year (2023), a tertial (2023T2) or a date range (2022-01-01..2024-08-31)`;
  let m = /^(\d{4})$/.exec(t);
  if (m) {
    if (Number(m[1]) < 100) throw new RangeError(wrong);
    return yearPeriod(Number(m[1]));
  }
  m = /^(\d{4})-?[Tt]([0-9]+)$/.exec(t);
  if (m) {
    const tertial = Number(m[2]);
    if (tertial !== 1 && tertial !== 2 && tertial !== 3) throw new RangeError(`'${t}' names tertial ${tertial}; a year has tertials T1, T2 and T3`);
    if (Number(m[1]) < 100) throw new RangeError(wrong);
    return tertialPeriod(Number(m[1]), tertial);
  }
  m = /^(\S+)\s*\.\.\s*(\S+)$/.exec(t);
  if (m) return rangePeriod(m[1]!, m[2]!);
  throw new RangeError(wrong);
}

/** True when the YYYY-MM-DD date lies in the period (both ends included). */
export function isInPeriod(date: string, period: Window): boolean {
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
  return rangePeriod(from, lastDayOfMonth(monthKey(period.to)));
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
