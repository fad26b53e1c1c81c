/**
 * Keyed pseudonyms for decision-makers, operations and homes: HMAC-SHA-256 under a secret key,
 * formatted by `formatPseudonym`. Isomorphic: no Node or DOM APIs. See docs/privacy.md.
 */

import {hmac} from "@noble/hashes/hmac.js";
import {sha256} from "@noble/hashes/sha2.js";
import {utf8ToBytes} from "@noble/hashes/utils.js";
import {PSEUDONYM_KINDS, formatPseudonym, isPseudonym, type PseudonymKind} from "./pseudonym-format.js";

/** The environment variable that holds the pseudonymisation key. */
export const PSEUDONYM_KEY_ENV = "LIKA_PSEUDONYM_KEY";

/** Minimum key size in bytes (256 bits). */
export const PSEUDONYM_KEY_MIN_BYTES = 32;

const HOW_TO_CREATE =
  `Create a key with \`openssl rand -hex 32\` ` +
  `(or \`node -e "console.log(crypto.randomBytes(32).toString('hex'))"\`), ` +
  `keep it outside the repository and set it in ${PSEUDONYM_KEY_ENV}; see docs/privacy.md.`;

/** A key that cannot be used. The message never contains the key. */
export class PseudonymKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PseudonymKeyError";
  }
}

export type PseudonymKeyResult = {ok: true; key: Uint8Array} | {ok: false; reason: string};

/** HMAC-SHA-256 through the same @noble call path the pseudonymiser uses (exported for tests). */
export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  return hmac(sha256, key, message);
}

function decodeBase64(text: string): Uint8Array {
  const standard = text.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
  const binary = atob(standard + "=".repeat((4 - (standard.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function decodeHex(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

/** Why decoded key bytes are obviously not random, or null. Random 32-byte keys never trip these. */
function weakness(bytes: Uint8Array): string | null {
  // 32 random bytes have about 30 distinct values; fewer than 16 means a repeated pattern.
  if (new Set(bytes).size < 16) return "it repeats a short pattern";
  const step = (bytes[1]! - bytes[0]! + 256) % 256;
  let progression = true;
  for (let i = 2; i < bytes.length && progression; i++) {
    progression = (bytes[i]! - bytes[i - 1]! + 256) % 256 === step;
  }
  if (progression) return "it is a counting sequence";
  return null;
}

/**
 * Validates a key as read from LIKA_PSEUDONYM_KEY: at least 32 random bytes written as hex (64 or
 * more hex digits) or base64 (standard or URL-safe, padding optional). Surrounding whitespace is
 * ignored. Rejects missing, short, malformed and obviously weak keys with a reason that says how
 * to create a good one; the reason never repeats the key.
 */
export function parsePseudonymKey(raw: string | undefined): PseudonymKeyResult {
  const text = raw?.trim() ?? "";
  if (text === "") return {ok: false, reason: `${PSEUDONYM_KEY_ENV} is not set. ${HOW_TO_CREATE}`};
  let bytes: Uint8Array;
  if (/^[0-9a-fA-F]+$/.test(text)) {
    if (text.length % 2 !== 0) {
      return {ok: false, reason: `${PSEUDONYM_KEY_ENV} has an odd number of hex digits (${text.length}). ${HOW_TO_CREATE}`};
    }
    bytes = decodeHex(text);
  } else if (/^[A-Za-z0-9+/]+={0,2}$/.test(text) || /^[A-Za-z0-9_-]+={0,2}$/.test(text)) {
    if (text.replace(/=+$/, "").length % 4 === 1) {
      return {ok: false, reason: `${PSEUDONYM_KEY_ENV} is not valid base64. ${HOW_TO_CREATE}`};
    }
    // Random base64 of this length has both upper- and lower-case letters (missing one: < 1e-9).
    if (!/[a-z]/.test(text) || !/[A-Z]/.test(text)) {
      return {ok: false, reason: `${PSEUDONYM_KEY_ENV} looks like a word or passphrase, not random bytes. ${HOW_TO_CREATE}`};
    }
    bytes = decodeBase64(text);
  } else {
    return {ok: false, reason: `${PSEUDONYM_KEY_ENV} is neither hex nor base64. ${HOW_TO_CREATE}`};
  }
  if (bytes.length < PSEUDONYM_KEY_MIN_BYTES) {
    return {
      ok: false,
      reason: `${PSEUDONYM_KEY_ENV} is too short: ${bytes.length} bytes, at least ${PSEUDONYM_KEY_MIN_BYTES} needed. ${HOW_TO_CREATE}`
    };
  }
  const weak = weakness(bytes);
  if (weak) return {ok: false, reason: `${PSEUDONYM_KEY_ENV} is too weak: ${weak}. ${HOW_TO_CREATE}`};
  return {ok: true, key: bytes};
}

export interface Pseudonymiser {
  /**
   * The pseudonym of `value` for this kind: `formatPseudonym(kind, HMAC-SHA-256(key,
   * prefix + "\0" + value)[0..6])`. The value is trimmed and put in Unicode NFC first. A value
   * already in pseudonym form for this kind is returned unchanged. Throws on an empty value (it
   * would merge all missing ids into one).
   */
  pseudonymise(kind: PseudonymKind, value: string): string;
}

/** A pseudonymiser under `key` (the raw text of LIKA_PSEUDONYM_KEY). Throws PseudonymKeyError if unusable. */
export function createPseudonymiser(key: string): Pseudonymiser {
  const parsed = parsePseudonymKey(key);
  if (!parsed.ok) throw new PseudonymKeyError(parsed.reason);
  const keyBytes = parsed.key;
  return {
    pseudonymise(kind, value) {
      const id = value.trim().normalize("NFC");
      if (id === "") throw new RangeError("cannot pseudonymise an empty id");
      if (isPseudonym(kind, id)) return id;
      const mac = hmacSha256(keyBytes, utf8ToBytes(`${PSEUDONYM_KINDS[kind]}\u0000${id}`));
      return formatPseudonym(kind, mac.subarray(0, 6));
    }
  };
}

/**
 * A refused id: `clear-id` is an id in clear with no key to pseudonymise it (personal data: never
 * shown); `malformed-pseudonym` starts like a pseudonym but is not one (e.g. cut off: "dm_q");
 * `empty` is an empty id.
 */
export type PseudonymRefusal = "clear-id" | "malformed-pseudonym" | "empty";

export type PseudonymGuardResult = {ok: true; value: string} | {ok: false; reason: string; code: PseudonymRefusal};

/** True when `value` starts with the kind's prefix and an underscore (so it was meant as a pseudonym). */
function looksLikePseudonym(kind: PseudonymKind, value: string): boolean {
  return value.toLowerCase().startsWith(`${PSEUDONYM_KINDS[kind]}_`);
}

function malformed(kind: PseudonymKind): PseudonymGuardResult {
  return {ok: false, code: "malformed-pseudonym", reason: `not a well-formed pseudonym (${PSEUDONYM_KINDS[kind]}_ followed by 12 letters); cut off or mistyped`};
}

/**
 * What the reader applies to each id column that must be pseudonymous.
 *
 * With a key (the raw text of LIKA_PSEUDONYM_KEY): ids are pseudonymised (existing pseudonyms pass).
 * Without one (undefined or blank): only ids already in pseudonym form pass; any other id is
 * refused with a reason telling the user to set the key. The refused value is the clear id, which
 * may be personal data: report the problem by file, line and column, without the value.
 * With or without a key, a value that starts like a pseudonym ("dm_…") but is not one is refused as
 * malformed (a row cut off in the middle of a pseudonym must not be pseudonymised as a new person).
 * A key that is set but unusable throws PseudonymKeyError at once rather than failing every row.
 */
export function createPseudonymGuard(key: string | undefined): (kind: PseudonymKind, value: string) => PseudonymGuardResult {
  if (key === undefined || key.trim() === "") {
    return (kind, value) => {
      const id = value.trim();
      if (isPseudonym(kind, id)) return {ok: true, value: id};
      if (id === "") return {ok: false, code: "empty", reason: "empty id"};
      if (looksLikePseudonym(kind, id)) return malformed(kind);
      return {
        ok: false,
        code: "clear-id",
        reason:
          `not a pseudonymous id, and no key to pseudonymise it: set ${PSEUDONYM_KEY_ENV} ` +
          `(create one with \`openssl rand -hex 32\`; see docs/privacy.md) or supply ids of the form ` +
          `${PSEUDONYM_KINDS[kind]}_ followed by 12 letters`
      };
    };
  }
  const pseudonymiser = createPseudonymiser(key);
  return (kind, value) => {
    // Already a pseudonym, exactly: passes unchanged (what `pseudonymise` would return), checked first
    // because most values of a pseudonymised extract are like that.
    if (isPseudonym(kind, value)) return {ok: true, value};
    const id = value.trim();
    if (id === "") return {ok: false, code: "empty", reason: "empty id"};
    if (looksLikePseudonym(kind, id) && !isPseudonym(kind, id)) return malformed(kind);
    return {ok: true, value: pseudonymiser.pseudonymise(kind, value)};
  };
}
