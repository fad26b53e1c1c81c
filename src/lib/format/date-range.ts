/** Dates as running text writes them ("31 december 2024"); tables keep ISO dates. */
import {monthName} from "./month.js";

/** "31 december 2024" for "2024-12-31"; the text itself when it is not an ISO date. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const name = m ? monthName(Number(m[2])) : undefined;
  return m && name ? `${Number(m[3])} ${name} ${m[1]}` : iso;
}

/** "1 januari–31 december 2024", or "1 maj 2023–30 april 2024" across years (an en dash, the year once when shared). */
export function formatDateRange(from: string, to: string): string {
  const a = formatDate(from);
  const b = formatDate(to);
  if (from.slice(0, 4) === to.slice(0, 4) && a !== from && b !== to) return `${a.slice(0, -5)}–${b}`;
  return `${a}–${b}`;
}
