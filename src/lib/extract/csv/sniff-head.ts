/** The head of a CSV file: its encoding (judged on the first bytes), its delimiter and its header, read through the tokenizer that then reads the records. */
import type {ChunkSource} from "./chunk-source.js";
import {detectDelimiter, type DelimiterDetection} from "./detect-delimiter.js";
import {detectEncoding, scanUtf8, type EncodingDetection} from "./detect-encoding.js";
import {readFatal} from "./read-errors.js";
import {CsvTokenizer, type RawRecord} from "./tokenizer.js";
import {windows1252Decoder} from "./windows-1252.js";

export interface SniffOptions {
  readonly file: string;
  /** Bytes read before deciding the encoding (at least 4). */
  readonly sniffBytes: number;
  readonly maxFieldBytes: number;
  readonly maxRecordBytes: number;
  /** The encoding to read with instead of the one detected (a byte-order mark and a file that is not text still win). */
  readonly encoding?: EncodingDetection;
  readonly literalQuoteLines?: readonly number[];
}

/** What reading the head gives: how to read the rest, and where the source stands. */
export interface CsvHead {
  readonly encoding: EncodingDetection;
  readonly delimiter: DelimiterDetection;
  /** Physical line of the header (1 unless the file starts with blank lines). */
  readonly headerLine: number;
  readonly header: string[];
  /** The tokenizer, holding whatever was read after the header. */
  readonly tokenizer: CsvTokenizer;
  /** Decodes a record's bytes; for UTF-8 invalid sequences become U+FFFD (checked separately). */
  readonly decode: (bytes: Uint8Array) => string;
  /** True when the source has given its last chunk. */
  readonly atEnd: boolean;
}

const DELIMITER_BYTES = {",": 0x2c, ";": 0x3b, "\t": 0x09} as const;

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  let size = 0;
  for (const p of parts) size += p.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Mutable state of the sniffing: the bytes read so far and whether the source has ended. */
interface Prefix {
  bytes: Uint8Array;
  atEnd: boolean;
}

/** 1. The encoding, from the first sniffBytes (a little more is read when chunks do not fall on the boundary). */
async function sniffEncoding(source: ChunkSource, options: SniffOptions): Promise<{prefix: Prefix; encoding: EncodingDetection}> {
  const parts: Uint8Array[] = [];
  let size = 0;
  let atEnd = false;
  while (size < options.sniffBytes) {
    const chunk = await source.pull();
    if (chunk === null) {
      atEnd = true;
      break;
    }
    parts.push(chunk);
    size += chunk.length;
  }
  if (size === 0) throw readFatal(options.file, "file is empty", null, "empty-file");
  const bytes = concat(parts);
  parts.length = 0;
  // Judged on the first sniffBytes only, whatever the chunk size (a big first chunk must not
  // change the verdict: a later letter is caught by the whole-stream evidence instead).
  const sniffed = bytes.length > options.sniffBytes ? bytes.subarray(0, options.sniffBytes) : bytes;
  const verdict = detectEncoding(sniffed, atEnd && sniffed.length === bytes.length);
  if (!verdict.ok) throw readFatal(options.file, verdict.reason, null, "not-text");
  const encoding = verdict.detection.bom || options.encoding === undefined ? verdict.detection : options.encoding;
  return {prefix: {bytes, atEnd}, encoding};
}

/** 2. The delimiter, from the header line (the prefix is read further when the header is longer). */
async function sniffDelimiter(source: ChunkSource, options: SniffOptions, prefix: Prefix, encoding: EncodingDetection): Promise<DelimiterDetection> {
  const {file} = options;
  let scan = detectDelimiter(prefix.bytes, encoding.skip, prefix.atEnd);
  while (scan.kind === "need-more") {
    if (prefix.bytes.length > options.maxRecordBytes) throw readFatal(file, `no line break in the first ${prefix.bytes.length} bytes: the header is not a CSV header`);
    const chunk = await source.pull();
    if (chunk === null) prefix.atEnd = true;
    else prefix.bytes = concat([prefix.bytes, chunk]);
    scan = detectDelimiter(prefix.bytes, encoding.skip, prefix.atEnd);
  }
  if (scan.kind === "blank") {
    throw readFatal(file, prefix.bytes.length === encoding.skip ? "file is empty (only a UTF-8 byte-order mark)" : "file is empty (only blank lines)");
  }
  if (scan.kind === "unterminated-quote") throw readFatal(file, `the header has a quoted field opened on line ${scan.line} that is never closed`, scan.line);
  return scan.detection;
}

/** 3. The header's raw record, through the tokenizer that reads the records. */
async function headerRecord(source: ChunkSource, file: string, tokenizer: CsvTokenizer, prefix: Prefix): Promise<RawRecord> {
  let raw = tokenizer.next();
  while (raw === null) {
    const chunk = prefix.atEnd ? null : await source.pull();
    if (chunk === null) {
      prefix.atEnd = true;
      raw = tokenizer.finish();
      if (raw === null) throw readFatal(file, "file is empty (no header)");
    } else {
      tokenizer.push(chunk);
      raw = tokenizer.next();
    }
  }
  return raw;
}

/**
 * Reads the head of the file from `source`: encoding, delimiter and header. Throws an ExtractError
 * (or what the tokenizer throws) when the file is empty, not text, or has an unreadable header.
 */
export async function sniffHead(source: ChunkSource, options: SniffOptions): Promise<CsvHead> {
  const {file} = options;
  const {prefix, encoding} = await sniffEncoding(source, options);
  let decode: (bytes: Uint8Array) => string;
  if (encoding.encoding === "utf-8") {
    const utf8 = new TextDecoder("utf-8", {ignoreBOM: true});
    decode = (b) => utf8.decode(b);
  } else {
    decode = windows1252Decoder();
  }
  const delimiter = await sniffDelimiter(source, options, prefix, encoding);
  const tokenizer = new CsvTokenizer({
    delimiter: DELIMITER_BYTES[delimiter.delimiter],
    maxFieldBytes: options.maxFieldBytes,
    maxRecordBytes: options.maxRecordBytes,
    offset: encoding.skip,
    literalQuoteLines: options.literalQuoteLines
  });
  tokenizer.push(prefix.bytes.subarray(encoding.skip));
  const raw = await headerRecord(source, file, tokenizer, prefix);
  if (raw.unterminatedQuote) throw readFatal(file, `the header has a quoted field opened on line ${raw.quoteLine} that is never closed`, raw.line);
  if (encoding.encoding === "utf-8" && scanUtf8(raw.bytes).invalidAt >= 0) throw readFatal(file, "the header is not valid UTF-8", raw.line);
  return {encoding, delimiter, headerLine: raw.line, header: decode(raw.bytes).split("\0"), tokenizer, decode, atEnd: prefix.atEnd};
}
