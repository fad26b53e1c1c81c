/** Months as the pages show them: "feb 2023" for "2023-02". */
const MONTHS_SV = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"] as const;

/** "feb 2023" for "2023-02"; the text itself when it is not a month. */
export function monthLabel(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const name = m ? MONTHS_SV[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : month;
}
