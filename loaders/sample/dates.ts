/** Calendar dates as whole UTC days, which add and compare without time-zone surprises. */
import type {Random} from "./random.js";

const MS_PER_DAY = 86_400_000;

/** The day number (days since 1970-01-01) of an ISO date. */
export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

const isoCache = new Map<number, string>();

/** The ISO date (YYYY-MM-DD) of a day number (memoised: the writer formats millions of dates from a few thousand days). */
export function isoOf(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

/** Calendar year of a day number. */
export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** Month of a day number, 1–12. */
export function monthOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCMonth() + 1;
}

/** Day of the week, 0 = Monday … 6 = Sunday. */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday.
  return (((day + 3) % 7) + 7) % 7;
}

/** Public holidays on fixed dates (MM-DD) on which no one decides or inspects; Midsummer and Easter are ignored. */
const FIXED_HOLIDAYS = new Set(["01-01", "01-06", "05-01", "06-06", "12-24", "12-25", "12-26", "12-31"]);

/** True on Monday to Friday unless a fixed-date public holiday. */
export function isWorkingDay(day: number): boolean {
  return weekdayOf(day) <= 4 && !FIXED_HOLIDAYS.has(isoOf(day).slice(5));
}

/** The day itself when it is a working day, else the working day before. */
export function weekdayOnOrBefore(day: number): number {
  while (!isWorkingDay(day)) day--;
  return day;
}

/** The day itself when it is a working day, else the working day after. */
export function weekdayOnOrAfter(day: number): number {
  while (!isWorkingDay(day)) day++;
  return day;
}

/** First day (day number) of a month. */
export function firstOfMonth(year: number, month: number): number {
  return Date.UTC(year, month - 1, 1) / MS_PER_DAY;
}

/** Last working day of a calendar year. */
export function lastWeekdayOfYear(year: number): number {
  return weekdayOnOrBefore(firstOfMonth(year + 1, 1) - 1);
}

/**
 * Relative activity per month, January first: fewer decisions and inspections in July (holidays),
 * more in the autumn.
 */
export const MONTH_WEIGHTS = [0.95, 1.0, 1.05, 1.0, 1.05, 1.0, 0.3, 0.8, 1.2, 1.25, 1.25, 1.1] as const;

/** A weekday in the given year, months weighted by `MONTH_WEIGHTS`; `lastDayOfDecember` keeps clear of Christmas. */
export function seasonalDay(random: Random, year: number, lastDayOfDecember = 31): number {
  const month = 1 + random.weighted([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], (m) => MONTH_WEIGHTS[m]!);
  const first = firstOfMonth(year, month);
  const length = (month === 12 ? Math.min(31, lastDayOfDecember) : firstOfMonth(year, month + 1) - first);
  const day = first + Math.floor(random.next() * length);
  const after = weekdayOnOrAfter(day);
  return after < first + length ? after : weekdayOnOrBefore(day);
}

/**
 * A decision date `lag` days after `day`, on a weekday: most decisions that would fall in July are
 * put off to August (the holiday dip).
 */
export function decisionDayAfter(random: Random, day: number, lag: number): number {
  let d = day + lag;
  if (monthOf(d) === 7 && random.chance(0.75)) d = firstOfMonth(yearOf(d), 8) + random.int(0, 20);
  return weekdayOnOrAfter(d);
}
