// Synthetic Swedish personal identity numbers for tests, assembled at run time from parts, so that no
// date-shaped digit literal stands in any file of the repository. The check digit is computed here,
// independently of src/lib/privacy.

/** Luhn check digit of nine digits (weights 2, 1, 2, …). */
export function luhnDigit(nine: string): string {
  let sum = 0;
  [...nine].forEach((ch, k) => {
    const product = Number(ch) * (k % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  });
  return String((10 - (sum % 10)) % 10);
}

/**
 * YYMMDD + NNN + check digit, with an optional century (12-digit form) and separator before the last
 * four digits. For a coordination number pass the day plus 60.
 */
export function syntheticPin(yy: string, mm: string, dd: string, nnn: string, options: {century?: string; separator?: string} = {}): string {
  return (options.century ?? "") + yy + mm + dd + (options.separator ?? "") + nnn + luhnDigit(yy + mm + dd + nnn);
}

/**
 * Every way a separator between the date part and the last four digits was seen written: the official
 * "-" and "+", every dash and minus sign, space characters (tab, no-break, thin, narrow, ideographic,
 * zero-width), the soft hyphen, U+FFFD, and runs of two or three of them. As text (UTF-16).
 */
export const PIN_TEXT_SEPARATORS: readonly string[] = [
  "", "-", "+", " ", "\t", "\u00a0", "\u00ad", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\ufe58", "\ufe63", "\uff0d",
  "\u2002", "\u2009", "\u200a", "\u200b", "\u202f", "\u205f", "\u2060", "\u3000", "\ufeff", "\ufffd", "  ", " - ", "\u2013 "
];

/**
 * Separators written as single bytes that are not valid UTF-8 in a UTF-8 file (Windows-1252 en dash,
 * em dash, no-break space, soft hyphen, and an undefined byte): a UTF-8 reader decodes each to U+FFFD.
 */
export const PIN_SEPARATOR_BYTES: readonly number[] = [0x96, 0x97, 0xa0, 0xad, 0x81];

export interface GeneratedPin {
  /** The 10-digit form without separator (YYMMDDNNNC): what must never appear in an output, in any form. */
  readonly ten: string;
  /** Century ("18", "19", "20") when the number is written in the 12-digit form, else "". */
  readonly century: string;
  readonly kind: "personnummer" | "samordningsnummer";
  /** Written with a text separator (for a byte separator see `pinBytes`). */
  text(separator: string): string;
}

/**
 * `count` synthetic personal identity and coordination numbers from a seeded generator `random`
 * (floats in [0, 1)): alternately personnummer and samordningsnummer (day + 60), half in the 12-digit
 * form, days 1–28 so every date is real in every year.
 */
export function generatePins(count: number, random: () => number): GeneratedPin[] {
  const int = (n: number): number => Math.floor(random() * n);
  const two = (n: number): string => String(n).padStart(2, "0");
  const out: GeneratedPin[] = [];
  for (let i = 0; i < count; i++) {
    const yy = two(int(100));
    const mm = two(1 + int(12));
    const day = 1 + int(28);
    const kind = i % 2 === 0 ? "personnummer" : "samordningsnummer";
    const dd = two(kind === "personnummer" ? day : day + 60);
    const nnn = String(int(1000)).padStart(3, "0");
    const century = i % 4 < 2 ? "" : ["18", "19", "20"][int(3)]!;
    const ten = syntheticPin(yy, mm, dd, nnn);
    out.push({ten, century, kind, text: (separator) => century + ten.slice(0, 6) + separator + ten.slice(6)});
  }
  return out;
}

/** The number written with a single-byte separator, as bytes (ASCII digits around the byte). */
export function pinBytes(pin: GeneratedPin, byte: number): Uint8Array {
  const head = new TextEncoder().encode(pin.century + pin.ten.slice(0, 6));
  const tail = new TextEncoder().encode(pin.ten.slice(6));
  return Uint8Array.from([...head, byte, ...tail]);
}
