/**
 * Periods, from the docs (docs/methods.md, "Periods"): a year, a tertial (T1 Jan–Apr, T2 May–Aug, T3 Sep–Dec), and the
 * decision-maker window, which at a tertial is the twelve months ending with it and otherwise the period itself.
 * Written out here rather than imported from src/lib/period.ts, so a wrong tertial bound there would show.
 */

/** Inclusive ISO dates. */
export interface Span {
  from: string;
  to: string;
}

const TERTIAL_MONTHS: Record<string, [string, string]> = {"1": ["01-01", "04-30"], "2": ["05-01", "08-31"], "3": ["09-01", "12-31"]};

/** The dates of "2023" or "2023T2". */
export function spanOf(period: string): Span {
  const year = /^(\d{4})$/.exec(period);
  if (year) return {from: `${year[1]}-01-01`, to: `${year[1]}-12-31`};
  const tertial = /^(\d{4})T([123])$/.exec(period);
  if (!tertial) throw new Error(`the oracle knows years and tertials, not '${period}'`);
  const [from, to] = TERTIAL_MONTHS[tertial[2]!]!;
  return {from: `${tertial[1]}-${from}`, to: `${tertial[1]}-${to}`};
}

/** The decision-maker window of a period: the twelve months ending with a tertial, else the period. */
export function decisionMakerSpanOf(period: string): Span {
  const {from, to} = spanOf(period);
  if (!period.includes("T")) return {from, to};
  // Twelve months ending with the tertial's last month: start eleven months before it.
  let year = Number(to.slice(0, 4));
  let month = Number(to.slice(5, 7)) - 11;
  if (month < 1) [year, month] = [year - 1, month + 12];
  return {from: `${year}-${String(month).padStart(2, "0")}-01`, to};
}

/** Whether an ISO date lies in the span. */
export function inSpan(date: string, span: Span): boolean {
  return date >= span.from && date <= span.to;
}

/** The tertial "2023T2" of a month "2023-05" or a date. */
export function tertialOf(date: string): string {
  const m = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}T${m <= 4 ? 1 : m <= 8 ? 2 : 3}`;
}
