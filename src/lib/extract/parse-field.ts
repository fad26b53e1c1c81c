import {isIsoDate} from "../period.js";
import {isPseudonym} from "../privacy/pseudonym-format.js";
import type {Code} from "./codes.js";
import {LIST_SEPARATOR, type ColumnType} from "./schema.js";

export type FieldValue = string | boolean | number | string[] | null;
export type FieldResult = {ok: true; value: FieldValue} | {ok: false; reason: string};

const TRUE_WORDS = new Set(["yes", "ja", "true", "1", "j", "y"]);
const FALSE_WORDS = new Set(["no", "nej", "false", "0", "n"]);

// These checks run on every field of a million-row extract: they read char codes instead of running
// regular expressions, and code lists are looked up in a map built once. Dates are checked by the period module.

const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_\-./:]{0,63}$/u;

/** ASCII letter or digit. */
function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** True when `raw` is an id: a letter or digit, then up to 63 letters, digits or _-./: (any script). */
export function isId(raw: string): boolean {
  const n = raw.length;
  if (n === 0 || n > 128) return n > 0 && ID_PATTERN.test(raw);
  let c = raw.charCodeAt(0);
  if (!isAsciiAlnum(c)) return c >= 128 && ID_PATTERN.test(raw);
  for (let i = 1; i < n; i++) {
    c = raw.charCodeAt(i);
    // _ - . / :
    if (!(isAsciiAlnum(c) || c === 95 || c === 45 || c === 46 || c === 47 || c === 58)) return c >= 128 && ID_PATTERN.test(raw);
  }
  return n <= 64;
}

/** Lower-cased code, label or earlier label → canonical code, per code list (the first code that matches wins). */
const CODE_MAPS = new WeakMap<readonly Code[], ReadonlyMap<string, string>>();

function codeMap(codes: readonly Code[]): ReadonlyMap<string, string> {
  let map = CODE_MAPS.get(codes);
  if (map === undefined) {
    const m = new Map<string, string>();
    for (const c of codes) {
      const code = c.code.toLowerCase();
      if (!m.has(code)) m.set(code, c.code);
      for (const spelling of [c.label, ...(c.aliases ?? [])].map((x) => x.toLowerCase())) if (!m.has(spelling)) m.set(spelling, c.code);
    }
    map = m;
    CODE_MAPS.set(codes, map);
  }
  return map;
}

/** The canonical code `raw` names (its code or label, any case), or undefined. */
export function findCode(codes: readonly Code[], raw: string): string | undefined {
  const map = codeMap(codes);
  // Most values are written as the canonical (lower-case) code: no lower-cased copy needed.
  return map.get(raw) ?? map.get(raw.toLowerCase());
}

/** The codes of a list field (each its code or label, any case; empty parts skipped, repeats once), or null when one is unknown. */
export function parseCodeList(codes: readonly Code[], raw: string): string[] | null {
  if (!raw.includes(LIST_SEPARATOR)) {
    const found = findCode(codes, raw);
    if (found !== undefined) return [found];
    const lower = raw.trim();
    if (lower === "") return [];
    const again = findCode(codes, lower);
    return again === undefined ? null : [again];
  }
  const out: string[] = [];
  for (const part of raw.split(LIST_SEPARATOR)) {
    const trimmed = part.trim();
    if (trimmed === "") continue;
    const found = findCode(codes, trimmed);
    if (found === undefined) return null;
    if (!out.includes(found)) out.push(found);
  }
  return out;
}

/** The boolean a yes/no word (Swedish or English, any case) stands for, or undefined. */
export function parseBoolean(raw: string): boolean | undefined {
  if (TRUE_WORDS.has(raw)) return true;
  if (FALSE_WORDS.has(raw)) return false;
  const lower = raw.toLowerCase();
  if (TRUE_WORDS.has(lower)) return true;
  if (FALSE_WORDS.has(lower)) return false;
  return undefined;
}

/** The whole number `raw` writes ([+-]digits), or NaN. */
export function parseWholeNumber(raw: string): number {
  const n = raw.length;
  let i = raw.charCodeAt(0) === 43 || raw.charCodeAt(0) === 45 ? 1 : 0;
  if (i >= n) return NaN;
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return NaN;
  }
  return Number(raw);
}

/**
 * Parses one trimmed, non-empty field by its column type. Codes are matched case-insensitively and
 * returned in canonical form; booleans accept Swedish and English words.
 */
export function parseField(type: ColumnType, raw: string): FieldResult {
  switch (type.kind) {
    case "id":
      return isId(raw) ? {ok: true, value: raw} : {ok: false, reason: "not an id (letters, digits and _-./: only, at most 64 characters)"};
    case "pseudonym":
      return isPseudonym(type.of, raw) ? {ok: true, value: raw} : {ok: false, reason: "not a pseudonymous id"};
    case "code": {
      const found = findCode(type.codes, raw);
      return found !== undefined ? {ok: true, value: found} : {ok: false, reason: "unknown code"};
    }
    case "codes": {
      const codes = parseCodeList(type.codes, raw);
      // The reason never quotes the cell (it may be megabytes); the value is shown beside it, shortened.
      return codes === null ? {ok: false, reason: "unknown code in list"} : {ok: true, value: codes};
    }
    case "integer": {
      const n = parseWholeNumber(raw);
      if (Number.isNaN(n)) return {ok: false, reason: "not a whole number"};
      return n < type.min || n > type.max ? {ok: false, reason: `out of range (${type.min}–${type.max})`} : {ok: true, value: n};
    }
    case "date":
      return isIsoDate(raw) ? {ok: true, value: raw} : {ok: false, reason: "not a date (YYYY-MM-DD)"};
    case "boolean": {
      const b = parseBoolean(raw);
      return b === undefined ? {ok: false, reason: "not yes/no"} : {ok: true, value: b};
    }
  }
}
