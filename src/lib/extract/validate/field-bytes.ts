/**
 * Field checks on the bytes of a record, for the byte path of the row validator (validate-bytes.ts): a clean
 * ASCII record is validated without decoding it to text or cutting it into field strings; only the
 * values kept (ids, and a first copy of each distinct code, date and pseudonym) become strings.
 *
 * Every function here takes `b[s..e)`, trimmed and known to be ASCII (the caller bails out to the
 * text path on any byte ≥ 0x80), and agrees exactly with its text counterpart in parse-field.ts on
 * such input: a value accepted here is accepted there with the same result, and a value refused here
 * is refused there too (then the text path says why).
 */
import type {Code} from "../codes.js";
import {calendarDateNumber} from "../../period.js";
import {PSEUDONYM_ALPHABET, PSEUDONYM_KINDS, type PseudonymKind} from "../../privacy/pseudonym-format.js";

/** The ASCII text of `b[s..e)`. */
export function asciiString(b: Uint8Array, s: number, e: number): string {
  // Short values are built a character at a time (flat strings); long ones in one call.
  if (e - s <= 12) {
    let out = "";
    for (let i = s; i < e; i++) out += String.fromCharCode(b[i]!);
    return out;
  }
  return String.fromCharCode.apply(null, b.subarray(s, e) as unknown as number[]);
}

/** ASCII white space as String.prototype.trim removes it (tab, line breaks, vertical tab, form feed, space). */
export function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Lower-cased ASCII byte. */
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}


/** YYYY-MM-DD as YYYYMMDD when a real calendar date (years 100–9999), else -1: as `isoDateNumber`. */
export function dateNumberAt(b: Uint8Array, s: number, e: number): number {
  if (e - s !== 10 || b[s + 4] !== 45 || b[s + 7] !== 45) return -1;
  let year = 0;
  for (let i = s; i < s + 4; i++) {
    const d = b[i]! - 48;
    if (d < 0 || d > 9) return -1;
    year = year * 10 + d;
  }
  const m0 = b[s + 5]! - 48, m1 = b[s + 6]! - 48, d0 = b[s + 8]! - 48, d1 = b[s + 9]! - 48;
  if (m0 < 0 || m0 > 9 || m1 < 0 || m1 > 9 || d0 < 0 || d0 > 9 || d1 < 0 || d1 > 9) return -1;
  return calendarDateNumber(year, m0 * 10 + m1, d0 * 10 + d1);
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** True when `b[s..e)` is an ASCII id (as `isId`). */
export function isIdAt(b: Uint8Array, s: number, e: number): boolean {
  const n = e - s;
  if (n < 1 || n > 64 || !isAlnum(b[s]!)) return false;
  for (let i = s + 1; i < e; i++) {
    const c = b[i]!;
    if (!(isAlnum(c) || c === 95 || c === 45 || c === 46 || c === 47 || c === 58)) return false;
  }
  return true;
}

/** A code list's lower-cased ASCII spellings (codes and labels) by length, first code first. */
export interface CodeTable {
  readonly byLength: readonly (readonly {readonly bytes: Uint8Array; readonly code: string}[])[];
}

const TABLES = new WeakMap<readonly Code[], CodeTable>();

/** The table of a code list (built once per list); spellings that are not ASCII cannot match ASCII input and are left out. */
export function codeTable(codes: readonly Code[]): CodeTable {
  let table = TABLES.get(codes);
  if (table !== undefined) return table;
  const seen = new Set<string>();
  const byLength: {bytes: Uint8Array; code: string}[][] = [];
  for (const c of codes) {
    for (const spelling of [c.code, c.label, ...(c.aliases ?? [])].map((x) => x.toLowerCase())) {
      if (seen.has(spelling)) continue;
      seen.add(spelling);
      if (!/^[\x00-\x7f]*$/.test(spelling)) continue;
      const bytes = Uint8Array.from(spelling, (ch) => ch.charCodeAt(0));
      (byLength[bytes.length] ??= []).push({bytes, code: c.code});
    }
  }
  table = {byLength: Array.from(byLength, (list) => list ?? [])};
  TABLES.set(codes, table);
  return table;
}

/** The canonical code `b[s..e)` names, any case (as `findCode`), or undefined. */
export function codeAt(table: CodeTable, b: Uint8Array, s: number, e: number): string | undefined {
  const candidates = table.byLength[e - s];
  if (candidates === undefined) return undefined;
  outer: for (const {bytes, code} of candidates) {
    for (let i = 0; i < bytes.length; i++) if (lower(b[s + i]!) !== bytes[i]) continue outer;
    return code;
  }
  return undefined;
}

/** The codes of a list field (as `parseCodeList`): empty parts skipped, repeats once; undefined when one is unknown. */
export function codeListAt(table: CodeTable, b: Uint8Array, s: number, e: number): string[] | undefined {
  const out: string[] = [];
  let from = s;
  while (from <= e) {
    let to = from;
    while (to < e && b[to] !== 0x7c) to++;
    let ps = from, pe = to;
    while (ps < pe && isAsciiSpace(b[ps]!)) ps++;
    while (pe > ps && isAsciiSpace(b[pe - 1]!)) pe--;
    if (pe > ps) {
      const code = codeAt(table, b, ps, pe);
      if (code === undefined) return undefined;
      if (!out.includes(code)) out.push(code);
    }
    from = to + 1;
  }
  return out;
}

const TRUE_WORDS = ["yes", "ja", "true", "1", "j", "y"];
const FALSE_WORDS = ["no", "nej", "false", "0", "n"];

function isWordAt(word: string, b: Uint8Array, s: number, e: number): boolean {
  if (e - s !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (lower(b[s + i]!) !== word.charCodeAt(i)) return false;
  return true;
}

/** The boolean a yes/no word stands for (as `parseBoolean`), or undefined. */
export function booleanAt(b: Uint8Array, s: number, e: number): boolean | undefined {
  for (const w of TRUE_WORDS) if (isWordAt(w, b, s, e)) return true;
  for (const w of FALSE_WORDS) if (isWordAt(w, b, s, e)) return false;
  return undefined;
}

/** The whole number `b[s..e)` writes (as `parseWholeNumber`), or NaN. */
export function wholeNumberAt(b: Uint8Array, s: number, e: number): number {
  // Beyond 15 digits a double is no longer exact: read it the way the text path does.
  if (e - s > 15) {
    const text = asciiString(b, s, e);
    return /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
  }
  let i = s;
  let negative = false;
  if (b[i] === 43 || b[i] === 45) negative = b[i++] === 45;
  if (i >= e) return NaN;
  let n = 0;
  for (; i < e; i++) {
    const d = b[i]! - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return negative ? -n : n;
}

const LETTER_VALUE: readonly number[] = Array.from({length: 128}, (_, c) => PSEUDONYM_ALPHABET.indexOf(String.fromCharCode(c)));

/**
 * When `b[s..e)` is a pseudonym of this kind (as `isPseudonym`), its 48 bits as a number (a cheap
 * key: distinct pseudonyms have distinct numbers); else -1.
 */
export function pseudonymNumberAt(kind: PseudonymKind, b: Uint8Array, s: number, e: number): number {
  const prefix = PSEUDONYM_KINDS[kind];
  const p = prefix.length;
  if (e - s !== p + 13 || b[s + p] !== 95) return -1;
  for (let i = 0; i < p; i++) if (b[s + i] !== prefix.charCodeAt(i)) return -1;
  let n = 0;
  for (let i = s + p + 1; i < e; i++) {
    const v = LETTER_VALUE[b[i]!];
    if (v === undefined || v < 0) return -1;
    n = n * 16 + v;
  }
  return n;
}

/**
 * Pseudonym number (48 bits, see `pseudonymNumberAt`) → value: an open-addressing table on a
 * Float64Array, so a lookup neither allocates nor hashes a string. Holds at most `limit` values and
 * starts over when full (it is a cache: a value not found is simply computed again).
 */
export class NumberCache<V> {
  private keys: Float64Array;
  private values: (V | undefined)[];
  private mask: number;
  private shift: number;
  private size = 0;

  constructor(private readonly limit: number) {
    const capacity = 1 << 12;
    this.keys = new Float64Array(capacity).fill(-1);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.mask = capacity - 1;
    this.shift = 32 - 12;
  }

  private slot(key: number): number {
    // Mix the high and low 24 bits; the numbers are uniformly distributed HMAC bits anyway.
    const high = Math.floor(key / 16777216);
    // The top bits of a multiplicative mix of the high and low 24 bits.
    let h = Math.imul(Math.imul(high, 0x85ebca6b) ^ (key % 16777216), 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = this.keys[h]!;
      if (k === key || k === -1) return h;
      h = (h + 1) & this.mask;
    }
  }

  get(key: number): V | undefined {
    const h = this.slot(key);
    return this.keys[h] === key ? this.values[h] : undefined;
  }

  set(key: number, value: V): void {
    if (this.size >= this.limit) this.clear();
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const h = this.slot(key);
    if (this.keys[h] !== key) {
      this.keys[h] = key;
      this.size++;
    }
    this.values[h] = value;
  }

  private clear(): void {
    this.keys.fill(-1);
    this.values.fill(undefined);
    this.size = 0;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.values = new Array<V | undefined>(keys.length * 2).fill(undefined);
    this.mask = this.keys.length - 1;
    this.shift = 32 - Math.log2(this.keys.length);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) this.set(keys[i]!, values[i]!);
  }
}
