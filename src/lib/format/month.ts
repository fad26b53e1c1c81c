/** The Swedish month names, January first, lower case as Swedish writes them. */
export const MONTH_NAMES_SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"] as const;

/**
 * The name of month 1–12: "februari", or its first three letters with `short` ("feb", "mar", "maj"); undefined outside
 * 1–12 or for a fraction.
 */
export function monthName(month: number, short = false): string | undefined {
  const name = MONTH_NAMES_SV[month - 1];
  return name === undefined ? undefined : short ? name.slice(0, 3) : name;
}

/** "feb 2023" for "2023-02"; the text itself when it is not a month. */
export function monthLabel(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const name = m ? monthName(Number(m[2]), true) : undefined;
  return m && name ? `${name} ${m[1]}` : month;
}

/** "31 december 2024" for "2024-12-31", as running text writes a date; the text itself when it is not an ISO date. */
export function longDateLabel(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const name = m ? monthName(Number(m[2])) : undefined;
  return m && name ? `${Number(m[3])} ${name} ${m[1]}` : date;
}
