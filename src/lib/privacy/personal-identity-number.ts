/**
 * Detection and masking of Swedish personal identity numbers (personnummer) and coordination
 * numbers (samordningsnummer) in free text. Isomorphic: no Node or DOM APIs.
 *
 * What is matched: a bounded digit run (no digit directly before or after) of the form
 *   YYMMDDNNNC or YYYYMMDDNNNC, optionally with up to three separator characters before the last
 *   four digits: "-" or "+" (the official ones), any dash or minus sign (U+2010–U+2015, U+2212,
 *   U+FE58, U+FE63, U+FF0D, the soft hyphen), any space or invisible space character (tab, no-break
 *   space, U+2000–U+200B, U+2060, U+3000, U+FEFF …), and U+FFFD, which stands where a byte invalid
 *   in the file's encoding was (a Windows-1252 dash read as UTF-8 becomes U+FFFD).
 * A candidate counts only if
 *   - the check digit C is the Luhn digit of the 10-digit form YYMMDDNNN,
 *   - the month is 01–12 and the day is a real day of that month, or a real day plus 60 for a
 *     coordination number (61–91),
 *   - with 12 digits, the century is 18, 19 or 20 and the date is a real calendar date
 *     (29 February only in leap years); with 10 digits the century is unknown, so 29 February is
 *     accepted when YY is divisible by 4 (it is a leap year in at least one century).
 *
 * Trade-offs (we prefer false positives, since a miss leaks personal data):
 *   - Organisation numbers (organisationsnummer) have a "month" of 20 or more and are therefore not
 *     matched; neither are most phone numbers, case numbers with other lengths, or ISO dates,
 *     whose dashes sit inside the date part.
 *   - Any other 10- or 12-digit value that happens to be date-shaped with a valid check digit
 *     (about one in ten date-shaped runs, e.g. a YYYYMMDDhhmm time stamp) is masked too.
 *   - A letter or punctuation directly next to the digits does not stop a match (e.g. "ab" glued to the digits).
 *   - Not detected: numbers split by other separators or spacing (digits in groups of two), numbers
 *     written with non-ASCII digits, numbers with a wrong check digit (typos), and the
 *     proposed future coordination-number format. Dates are not checked against today, so a
 *     future birth date still matches.
 */

/** What replaces every detected number. Fixed, so nothing about the number can be recovered. */
export const PERSONAL_IDENTITY_NUMBER_MASK = "[personnummer]";

export interface PersonalIdentityNumberMatch {
  /** Index of the first character (UTF-16 code units). */
  readonly start: number;
  /** Index just after the last character. */
  readonly end: number;
  /** Whether the day part was a plain day (personnummer) or day + 60 (samordningsnummer). */
  readonly kind: "personnummer" | "samordningsnummer";
}

/** Every character accepted between the date part and the last four digits (see the module comment). */
export const PERSONAL_IDENTITY_NUMBER_SEPARATORS = "\\-+\\s\\u00ad\\u180e\\u200b-\\u200d\\u2060\\u2010-\\u2015\\u2212\\ufe58\\ufe63\\uff0d\\ufffd";
const SEPARATOR = `[${PERSONAL_IDENTITY_NUMBER_SEPARATORS}]{0,3}`;
/** YYYY MMDD [sep] NNNC, anchored where the scan stands; no digit may follow. */
const LONG_FORM = new RegExp(`(\\d{2})(\\d{6})${SEPARATOR}(\\d{4})(?!\\d)`, "y");
/** YY MMDD [sep] NNNC, anchored where the scan stands; no digit may follow. */
const SHORT_FORM = new RegExp(`(\\d{6})${SEPARATOR}(\\d{4})(?!\\d)`, "y");

const CENTURIES = new Set(["18", "19", "20"]);

/** True when `text` holds at least ten ASCII digits (anywhere): the least any number needs. */
function hasTenDigits(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++digits === 10) return true;
  }
  return false;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** Luhn check over the 10-digit form: weights 2,1,2,1,... on the first nine digits. */
function hasValidLuhn(ten: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = (ten.charCodeAt(i) - 48) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10 === ten.charCodeAt(9) - 48;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Classifies the 10-digit form YYMMDDNNNC (century given when known), or returns null when it is
 * not a plausible personal identity or coordination number.
 */
function classify(ten: string, century: string | null): PersonalIdentityNumberMatch["kind"] | null {
  const yy = Number(ten.slice(0, 2));
  const month = Number(ten.slice(2, 4));
  let day = Number(ten.slice(4, 6));
  let kind: PersonalIdentityNumberMatch["kind"] = "personnummer";
  if (day > 60) {
    day -= 60;
    kind = "samordningsnummer";
  }
  if (month < 1 || month > 12 || day < 1) return null;
  let maxDay = DAYS_IN_MONTH[month - 1]!;
  if (month === 2) {
    const leap = century === null ? yy % 4 === 0 : isLeapYear(Number(century) * 100 + yy);
    if (leap) maxDay = 29;
  }
  if (day > maxDay) return null;
  return hasValidLuhn(ten) ? kind : null;
}

/** Every personal identity or coordination number in `text`, in order, not overlapping. */
export function findPersonalIdentityNumbers(text: string): PersonalIdentityNumberMatch[] {
  const found: PersonalIdentityNumberMatch[] = [];
  // Every number has at least ten ASCII digits: most cells (dates, codes, pseudonyms) are done after one cheap scan.
  if (!hasTenDigits(text)) return found;
  let i = 0;
  while (i < text.length) {
    // Only start at the first digit of a run, so a number inside a longer run never matches.
    if (!isDigit(text[i]) || isDigit(text[i - 1])) {
      i++;
      continue;
    }
    LONG_FORM.lastIndex = i;
    const long = LONG_FORM.exec(text);
    if (long && CENTURIES.has(long[1]!)) {
      const kind = classify(long[2]! + long[3]!, long[1]!);
      if (kind) {
        found.push({start: i, end: i + long[0].length, kind});
        i += long[0].length;
        continue;
      }
    }
    SHORT_FORM.lastIndex = i;
    const short = SHORT_FORM.exec(text);
    if (short) {
      const kind = classify(short[1]! + short[2]!, null);
      if (kind) {
        found.push({start: i, end: i + short[0].length, kind});
        i += short[0].length;
        continue;
      }
    }
    while (isDigit(text[i])) i++;
  }
  return found;
}

/** True when `text` contains at least one personal identity or coordination number. */
export function containsPersonalIdentityNumber(text: string): boolean {
  return hasTenDigits(text) && findPersonalIdentityNumbers(text).length > 0;
}

/** `text` with every personal identity or coordination number replaced by the fixed mask. */
export function maskPersonalIdentityNumbers(text: string): string {
  if (!hasTenDigits(text)) return text;
  const found = findPersonalIdentityNumbers(text);
  if (found.length === 0) return text;
  let out = "";
  let at = 0;
  for (const m of found) {
    out += text.slice(at, m.start) + PERSONAL_IDENTITY_NUMBER_MASK;
    at = m.end;
  }
  return out + text.slice(at);
}

/** Masks a problem or cell value; null stays null. */
export function maskValue(value: string | null): string | null;
export function maskValue(value: string | null | undefined): string | null | undefined;
export function maskValue(value: string | null | undefined): string | null | undefined {
  return value == null ? value : maskPersonalIdentityNumbers(value);
}
