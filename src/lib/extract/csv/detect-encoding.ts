/**
 * Encoding detection for CSV extracts: UTF-8 with byte-order mark, UTF-8 without, or Windows-1252.
 * The verdict is made on a prefix of the file and always says why; a file that is not text at all
 * (NUL bytes, control-character noise, a known binary format, UTF-16) is refused with a reason.
 * Isomorphic: bytes in, verdict out; no I/O.
 */

/** Encoding label as understood by `TextDecoder`. */
export type CsvEncoding = "utf-8" | "windows-1252";

export interface EncodingDetection {
  readonly encoding: CsvEncoding;
  /** Whether the file starts with a UTF-8 byte-order mark (it is skipped, never part of the header). */
  readonly bom: boolean;
  /** Number of bytes to skip at the start of the file (3 with a byte-order mark, else 0). */
  readonly skip: number;
  /** Why, in plain English: "UTF-8 byte-order mark", "valid UTF-8", "invalid UTF-8 at byte offset 1234; read as Windows-1252". */
  readonly reason: string;
  /** Something a person should check although the file is readable (e.g. signs of mixed encodings), or null. */
  readonly warning: string | null;
}

export type EncodingVerdict = {ok: true; detection: EncodingDetection} | {ok: false; reason: string};

export interface Utf8Scan {
  /** Offset of the first byte of the first invalid sequence, or -1 when the range is valid. */
  readonly invalidAt: number;
  /** Length of the invalid sequence (the bytes up to and including the first offending byte), 0 when valid. */
  readonly invalidLength: number;
  /** Number of valid multi-byte sequences before `invalidAt` (or in the whole range). */
  readonly multibyte: number;
}

/**
 * Validates UTF-8 as the WHATWG decoder does in fatal mode (no overlong forms, no surrogates, nothing
 * above U+10FFFF). With `complete` false, a sequence cut off by the end of the range is not an error
 * (the rest of it is in bytes not yet seen).
 */
export function scanUtf8(bytes: Uint8Array, start = 0, end = bytes.length, complete = true): Utf8Scan {
  let multibyte = 0;
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b === 0xe0) (need = 2), (lo = 0xa0);
    else if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) need = 2;
    else if (b === 0xed) (need = 2), (hi = 0x9f);
    else if (b === 0xf0) (need = 3), (lo = 0x90);
    else if (b >= 0xf1 && b <= 0xf3) need = 3;
    else if (b === 0xf4) (need = 3), (hi = 0x8f);
    else return {invalidAt: i, invalidLength: 1, multibyte};
    for (let k = 1; k <= need; k++) {
      if (i + k >= end) {
        if (complete) return {invalidAt: i, invalidLength: k, multibyte};
        return {invalidAt: -1, invalidLength: 0, multibyte};
      }
      const c = bytes[i + k]!;
      const bad = k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf;
      if (bad) return {invalidAt: i, invalidLength: k + 1, multibyte};
    }
    i += need + 1;
    multibyte++;
  }
  return {invalidAt: -1, invalidLength: 0, multibyte};
}

/** "0xD6 0x73" */
export function hexBytes(bytes: Uint8Array, start: number, length: number): string {
  const out: string[] = [];
  for (let i = start; i < start + length && i < bytes.length; i++) {
    out.push("0x" + bytes[i]!.toString(16).toUpperCase().padStart(2, "0"));
  }
  return out.join(" ");
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((b, i) => bytes[i] === b);
}

/** Well-known binary formats people export by mistake instead of CSV. */
const BINARY_SIGNATURES: readonly {signature: readonly number[]; what: string}[] = [
  {signature: [0x50, 0x4b, 0x03, 0x04], what: "a ZIP archive, e.g. an Excel workbook (.xlsx): save it as CSV instead"},
  {signature: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: "an old Office document, e.g. an Excel 97–2003 workbook (.xls): save it as CSV instead"},
  {signature: [0x25, 0x50, 0x44, 0x46, 0x2d], what: "a PDF document"},
  {signature: [0x1f, 0x8b], what: "a gzip-compressed file: decompress it first"}
];

/** C0 control characters that have no business in a CSV file (tab, LF, FF and CR are fine). */
function isControl(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f;
}

/**
 * Decides the encoding from the first bytes of a file (typically 64 KiB).
 * `atEnd` says whether `prefix` is the whole file (then a truncated final sequence is invalid UTF-8).
 * `prefix` must not be empty (an empty file is the caller's verdict).
 */
export function detectEncoding(prefix: Uint8Array, atEnd: boolean): EncodingVerdict {
  const notText = (why: string): EncodingVerdict => ({ok: false, reason: `not a text file: ${why}`});
  if (startsWith(prefix, [0xff, 0xfe, 0x00, 0x00]) || startsWith(prefix, [0x00, 0x00, 0xfe, 0xff])) {
    return notText("it is UTF-32 text (byte-order mark); save it as UTF-8");
  }
  if (startsWith(prefix, [0xff, 0xfe]) || startsWith(prefix, [0xfe, 0xff])) {
    return notText("it is UTF-16 text (byte-order mark); save it as UTF-8");
  }
  for (const {signature, what} of BINARY_SIGNATURES) {
    if (startsWith(prefix, signature)) return notText(`it looks like ${what}`);
  }
  // A NUL byte or two is damage inside a row (the reader sets that row aside); many of them, or
  // control-character noise, mean the file is not text (UTF-16 without a mark, a binary format).
  let nuls = 0;
  let firstNul = -1;
  let controls = 0;
  let firstControl = -1;
  for (let i = 0; i < prefix.length; i++) {
    const b = prefix[i]!;
    if (b === 0) {
      nuls++;
      if (firstNul < 0) firstNul = i;
    }
    if (isControl(b)) {
      controls++;
      if (firstControl < 0) firstControl = i;
    }
  }
  if (nuls >= 2 && nuls > prefix.length * 0.1) {
    return notText(`${nuls} NUL bytes in the first ${prefix.length} bytes (first at byte offset ${firstNul}): UTF-16 without a byte-order mark, or a binary file`);
  }
  if (controls >= 2 && controls > prefix.length * 0.02) {
    return notText(`${controls} control characters in the first ${prefix.length} bytes (first at byte offset ${firstControl})`);
  }

  if (startsWith(prefix, [0xef, 0xbb, 0xbf])) {
    // The mark is authoritative: invalid sequences after it are reported row by row by the reader.
    return {ok: true, detection: {encoding: "utf-8", bom: true, skip: 3, reason: "UTF-8 byte-order mark", warning: null}};
  }

  const scan = scanUtf8(prefix, 0, prefix.length, atEnd);
  const range = atEnd ? "" : ` in the first ${prefix.length} bytes`;
  if (scan.invalidAt < 0) {
    const ascii = scan.multibyte === 0 ? " (ASCII only)" : "";
    return {ok: true, detection: {encoding: "utf-8", bom: false, skip: 0, reason: `valid UTF-8${range}${ascii}`, warning: null}};
  }
  // Invalid UTF-8: weigh the whole prefix. Windows-1252 text almost never forms valid UTF-8
  // sequences, so as many valid multi-byte characters as invalid bytes mean a UTF-8 file with some
  // damaged rows (set aside one by one), not a Windows-1252 file.
  const tally = utf8Tally(prefix, atEnd);
  const at = `byte offset ${scan.invalidAt} (${hexBytes(prefix, scan.invalidAt, scan.invalidLength)})`;
  if (tally.multibyte >= tally.invalid) {
    return {
      ok: true,
      detection: {
        encoding: "utf-8",
        bom: false,
        skip: 0,
        reason: `UTF-8: ${tally.multibyte} valid multi-byte character(s)${range} against ${tally.invalid} invalid sequence(s), the first at ${at}`,
        warning: "the file mixes encodings: rows with bytes that are not valid UTF-8 are set aside"
      }
    };
  }
  const warning =
    tally.multibyte > 0
      ? `the file also contains ${tally.multibyte} valid UTF-8 multi-byte sequence(s): it may mix encodings, check non-ASCII letters`
      : null;
  return {
    ok: true,
    detection: {encoding: "windows-1252", bom: false, skip: 0, reason: `invalid UTF-8 at ${at}; read as Windows-1252`, warning}
  };
}

/** Valid multi-byte UTF-8 characters and invalid sequences in `bytes` (scanning on past each invalid byte). */
function utf8Tally(bytes: Uint8Array, atEnd: boolean): {multibyte: number; invalid: number} {
  let multibyte = 0;
  let invalid = 0;
  let at = 0;
  while (at < bytes.length) {
    const scan = scanUtf8(bytes, at, bytes.length, atEnd);
    multibyte += scan.multibyte;
    if (scan.invalidAt < 0) break;
    invalid++;
    at = scan.invalidAt + 1;
  }
  return {multibyte, invalid};
}

/** Bytes that Windows-1252 leaves undefined: a file holding them is not Windows-1252 text. */
const WINDOWS_1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** True when every byte of `bytes` is defined in Windows-1252. */
export function isWindows1252(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (WINDOWS_1252_UNDEFINED.has(bytes[i]!)) return false;
  return true;
}

/** What the whole stream showed about a file first read as UTF-8 (without a byte-order mark). */
export interface Utf8Evidence {
  /** Records that decoded as UTF-8 and hold at least one multi-byte character. */
  readonly multibyteRecords: number;
  /** Records with invalid UTF-8. */
  readonly invalidRecords: number;
  /** Line and byte offset of the first record with invalid UTF-8, or null. */
  readonly firstInvalid: {readonly line: number; readonly offset: number} | null;
  /** Whether every record with invalid UTF-8 is valid Windows-1252. */
  readonly invalidAreWindows1252: boolean;
}

/**
 * The encoding a file should be read again with, decided on the whole stream, or null to keep UTF-8.
 * A file that looked like UTF-8 at the start but holds invalid UTF-8 later, with no valid multi-byte
 * UTF-8 character anywhere and only bytes Windows-1252 defines, is a Windows-1252 file whose first
 * non-ASCII letter came late. With valid multi-byte characters too, the file mixes encodings: it stays
 * UTF-8 and the rows with invalid bytes are set aside.
 */
export function lateEncoding(evidence: Utf8Evidence): EncodingDetection | null {
  if (evidence.invalidRecords === 0 || evidence.firstInvalid === null) return null;
  if (evidence.multibyteRecords > 0 || !evidence.invalidAreWindows1252) return null;
  const {line, offset} = evidence.firstInvalid;
  return {
    encoding: "windows-1252",
    bom: false,
    skip: 0,
    reason: `the start of the file is ASCII, but line ${line} (byte offset ${offset}) is not valid UTF-8 and no line holds a UTF-8 letter; read again as Windows-1252`,
    warning: null
  };
}

/**
 * Why a file without a byte-order mark, read to the end as UTF-8, is UTF-8: the verdict on the first
 * bytes confirmed (or qualified) by the whole stream.
 */
export function wholeFileUtf8Reason(evidence: Utf8Evidence): string {
  if (evidence.invalidRecords === 0) return evidence.multibyteRecords === 0 ? "valid UTF-8, whole file checked (ASCII only)" : "valid UTF-8, whole file checked";
  const first = evidence.firstInvalid === null ? "" : ` (first on line ${evidence.firstInvalid.line})`;
  return `UTF-8: ${evidence.multibyteRecords} row(s) hold UTF-8 letters; ${evidence.invalidRecords} row(s) with invalid UTF-8${first} are set aside`;
}
