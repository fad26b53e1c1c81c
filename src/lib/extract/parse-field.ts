import {isPseudonym} from "../privacy/pseudonym-format.js";
import {LIST_SEPARATOR, type ColumnType} from "./schema.js";

export type FieldValue = string | boolean | number | string[] | null;
export type FieldResult = {ok: true; value: FieldValue} | {ok: false; reason: string};

const TRUE_WORDS = new Set(["yes", "ja", "true", "1", "j", "y"]);
const FALSE_WORDS = new Set(["no", "nej", "false", "0", "n"]);

/** True when `iso` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Parses one trimmed, non-empty field by its column type. Codes are matched case-insensitively and
 * returned in canonical form; booleans accept Swedish and English words.
 */
export function parseField(type: ColumnType, raw: string): FieldResult {
  switch (type.kind) {
    case "id":
      return /^[\p{L}\p{N}][\p{L}\p{N}_\-./:]{0,63}$/u.test(raw)
        ? {ok: true, value: raw}
        : {ok: false, reason: "not an id (letters, digits and _-./: only, at most 64 characters)"};
    case "pseudonym":
      return isPseudonym(type.of, raw)
        ? {ok: true, value: raw}
        : {ok: false, reason: "not a pseudonymous id"};
    case "code": {
      const lower = raw.toLowerCase();
      const found = type.codes.find((c) => c.code === lower || c.label.toLowerCase() === lower);
      return found ? {ok: true, value: found.code} : {ok: false, reason: "unknown code"};
    }
    case "codes": {
      const codes: string[] = [];
      for (const part of raw.split(LIST_SEPARATOR)) {
        const lower = part.trim().toLowerCase();
        if (lower === "") continue;
        const found = type.codes.find((c) => c.code === lower || c.label.toLowerCase() === lower);
        // The reason never quotes the cell (it may be megabytes); the value is shown beside it, shortened.
        if (!found) return {ok: false, reason: "unknown code in list"};
        if (!codes.includes(found.code)) codes.push(found.code);
      }
      return {ok: true, value: codes};
    }
    case "integer": {
      if (!/^[+-]?\d+$/.test(raw)) return {ok: false, reason: "not a whole number"};
      const n = Number(raw);
      return n < type.min || n > type.max ? {ok: false, reason: `out of range (${type.min}–${type.max})`} : {ok: true, value: n};
    }
    case "date":
      return isIsoDate(raw) ? {ok: true, value: raw} : {ok: false, reason: "not a date (YYYY-MM-DD)"};
    case "boolean": {
      const lower = raw.toLowerCase();
      if (TRUE_WORDS.has(lower)) return {ok: true, value: true};
      if (FALSE_WORDS.has(lower)) return {ok: true, value: false};
      return {ok: false, reason: "not yes/no"};
    }
  }
}
