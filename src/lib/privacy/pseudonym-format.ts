/**
 * The form of a pseudonymous id: a kind prefix, an underscore and 12 letters from a 16-letter
 * consonant alphabet (48 bits). Letters only, so a pseudonym can never look like a personal
 * identity number, and no accidental words.
 */
export const PSEUDONYM_ALPHABET = "bcdfghjklmnpqrst";

export const PSEUDONYM_KINDS = {
  /** decision-maker (beslutsfattare) */
  decisionMaker: "dm",
  /** supervised operation (verksamhet) */
  operation: "op",
  /** home for children and young people (hem) */
  home: "home"
} as const;

export type PseudonymKind = keyof typeof PSEUDONYM_KINDS;

const BODY_LENGTH = 12;

/** The regular expression a pseudonym of this kind matches. */
export function pseudonymPattern(kind: PseudonymKind): RegExp {
  return new RegExp(`^${PSEUDONYM_KINDS[kind]}_[${PSEUDONYM_ALPHABET}]{${BODY_LENGTH}}$`);
}

/** Alphabet letter → true, by char code (a pseudonym is checked on every row: no regular expression). */
const IN_ALPHABET: readonly boolean[] = Array.from({length: 128}, (_, c) => PSEUDONYM_ALPHABET.includes(String.fromCharCode(c)));

/** True when `value` is already a pseudonym of this kind. */
export function isPseudonym(kind: PseudonymKind, value: string): boolean {
  const prefix = PSEUDONYM_KINDS[kind];
  const n = prefix.length + 1 + BODY_LENGTH;
  if (value.length !== n || !value.startsWith(prefix) || value.charCodeAt(prefix.length) !== 95) return false;
  for (let i = prefix.length + 1; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128 || !IN_ALPHABET[c]) return false;
  }
  return true;
}

/** Formats 6 bytes (48 bits) as a pseudonym of this kind: one alphabet letter per 4 bits. */
export function formatPseudonym(kind: PseudonymKind, bytes: Uint8Array): string {
  if (bytes.length < BODY_LENGTH / 2) throw new RangeError(`need ${BODY_LENGTH / 2} bytes, got ${bytes.length}`);
  let body = "";
  for (let i = 0; i < BODY_LENGTH / 2; i++) {
    const b = bytes[i]!;
    body += PSEUDONYM_ALPHABET[b >> 4]! + PSEUDONYM_ALPHABET[b & 15]!;
  }
  return `${PSEUDONYM_KINDS[kind]}_${body}`;
}
