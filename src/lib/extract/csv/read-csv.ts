/**
 * Streaming CSV reader for the extracts, isomorphic (Node loaders and the browser).
 *
 *     const csv = await readCsv(fileChunks(path), {file: "decisions.csv"}); // ExtractError if not readable
 *     const match = matchHeader(DECISIONS_SCHEMA, csv.header);
 *     for await (const record of csv.records) {
 *       if (!record.ok) problems.push(record.problem);               // invalid UTF-8, unterminated quote
 *       else validateDecision(record.fields, indexOf, csv.file, record.line);
 *     }
 *     const report = await csv.report;                                 // counts and warnings
 *
 * - `readCsv` reads the start of the input (64 KiB by default), detects the encoding and the
 *   delimiter and reads the header; it rejects with an `ExtractError` when the file is empty, not
 *   text, or has an unreadable header. A file with a header and no records is not an error.
 * - `records` yields the data records in order, each with the 1-based physical line where it starts
 *   (the header is normally line 1; blank lines are skipped but counted). It can be iterated once.
 *   Iteration throws an `ExtractError` on a fatal condition later in the file (a field longer than
 *   `maxFieldBytes`, a read error); it never throws anything else for bad input. A damaged record
 *   (a NUL byte, invalid UTF-8, an unterminated quote) is yielded with `ok: false` and its problem.
 * - Encoding: decided on the first bytes; `report.utf8` carries what the whole stream showed, so a
 *   caller can read the file once more with `encoding` forced (see `lateEncoding`).
 * - `report` settles when the iteration ends: resolves with `complete: true` after the last record,
 *   with `complete: false` if the consumer stopped early (or called `close()`), and rejects with the
 *   same `ExtractError` that ended the iteration. It never causes an unhandled rejection by itself.
 *
 * - Fatal conditions carry a `Problem` (`error.problem`); whole-file ones (empty, not text) are put
 *   on line 1 and their message names only the file ("decisions.csv: file is empty").
 *
 * Chunks: any `AsyncIterable<Uint8Array>` (Node: loaders/extract/read-file.ts `fileChunks`; browser:
 * `streamChunks(file.stream())`; in memory: `bytesChunks`). The source must not reuse a chunk's
 * memory after yielding it (file and web streams never do).
 *
 * Memory does not grow with the file: one chunk plus one record (and at most `maxWarnings`
 * warnings) are held at a time. Tokenizing: see tokenizer.ts for why this is not papaparse.
 */
import {echo} from "../../privacy/echo.js";
import {ExtractError, formatProblem, type Problem} from "../problem.js";
import {detectDelimiter, type DelimiterDetection} from "./detect-delimiter.js";
import {detectEncoding, hexBytes, isWindows1252, scanUtf8, type EncodingDetection, type Utf8Evidence} from "./detect-encoding.js";
import {CsvTokenizer, NUL, TokenizerError, type LineEndingCounts, type RawRecord} from "./tokenizer.js";

export type {RawRecord} from "./tokenizer.js";
import {windows1252Decoder} from "./windows-1252.js";

export type {CsvDelimiter, DelimiterDetection} from "./detect-delimiter.js";
export type {CsvEncoding, EncodingDetection, Utf8Evidence} from "./detect-encoding.js";
export type {LineEndingCounts} from "./tokenizer.js";

export interface ReadCsvOptions {
  /** File name for messages and problems (no directory). */
  readonly file: string;
  /** Bytes read before deciding the encoding; default 64 KiB (at least 4). */
  readonly sniffBytes?: number;
  /** Longest field in bytes; longer is fatal (a quote never closed swallows the file). Default 10 MiB. */
  readonly maxFieldBytes?: number;
  /** Longest record in bytes; longer is fatal. Default 64 MiB. */
  readonly maxRecordBytes?: number;
  /** Warnings kept in the report; more are only counted. Default 100. */
  readonly maxWarnings?: number;
  /**
   * The encoding to read with instead of the one detected on the first bytes (a second reading after
   * `lateEncoding` said so). A byte-order mark and a file that is not text still win.
   */
  readonly encoding?: EncodingDetection;
  /** Lines whose opening quotes are kept as text (quotes an earlier reading found never closed). */
  readonly literalQuoteLines?: readonly number[];
}

/** A data record. `ok: false` when it could not be read faithfully: hand `problem` on, do not validate. */
export type CsvRecord =
  | {readonly ok: true; readonly line: number; readonly fields: string[]}
  | {
      readonly ok: false;
      readonly line: number;
      /** What could be read (invalid bytes as U+FFFD), for display only. */
      readonly fields: string[];
      readonly problem: Problem;
    };

export interface CsvWarning {
  /** Line the warning is about, null for the whole file. */
  readonly line: number | null;
  readonly message: string;
}

export interface CsvReport {
  readonly file: string;
  readonly encoding: EncodingDetection;
  readonly delimiter: DelimiterDetection;
  /** Physical line of the header (1 unless the file starts with blank lines). */
  readonly headerLine: number;
  readonly header: readonly string[];
  /** Data records yielded, including those with `ok: false`. */
  readonly records: number;
  /** Records yielded with `ok: false` (invalid UTF-8, unterminated quote). */
  readonly problemRecords: number;
  readonly invalidUtf8Records: number;
  /** For a file read as UTF-8 without a byte-order mark: what the whole stream showed; else null. */
  readonly utf8: Utf8Evidence | null;
  /**
   * Line of a quote that was still open at the end of the file (the rest of the file became one
   * record), 0 when none: read again with it in `literalQuoteLines` to recover the rows after it.
   */
  readonly unterminatedQuoteLine: number;
  /** Records (with `ok: true`) whose number of fields differs from the header's. */
  readonly fieldCountMismatches: number;
  /** The first (up to 20) lines of such records. */
  readonly fieldCountMismatchLines: readonly number[];
  /** Records with a quote inside an unquoted field or text after a closing quote (kept literally). */
  readonly strayQuoteRecords: number;
  /** Blank lines skipped (no bytes at all between two line breaks). */
  readonly emptyLines: number;
  /** Physical lines read (a final line without a line break counts). */
  readonly lines: number;
  readonly lineEndings: LineEndingCounts;
  readonly trailingNewline: boolean;
  /** Bytes read, byte-order mark included. */
  readonly bytes: number;
  readonly warnings: readonly CsvWarning[];
  /** Warnings not kept because there were more than `maxWarnings`. */
  readonly warningsOmitted: number;
  /** False when the consumer stopped before the end of the file. */
  readonly complete: boolean;
}

export interface CsvReader {
  readonly file: string;
  readonly encoding: EncodingDetection;
  readonly delimiter: DelimiterDetection;
  readonly headerLine: number;
  readonly header: readonly string[];
  readonly records: AsyncIterable<CsvRecord>;
  /**
   * The same records in batches (every record the input read so far completes): one await per chunk instead of
   * one per record, which is what a million-row ingest needs. Use either `records` or `batches`, once.
   */
  readonly batches: AsyncIterable<readonly CsvRecord[]>;
  /**
   * The fastest way through a big file: every record in order, without waiting per batch. A clean
   * record (no stray or unclosed quote and no NUL byte; well-formed quoted fields are fine, their
   * bytes are the fields' text) is first offered as raw bytes (fields joined by 0x00) to
   * `fast`, which returns true when it has dealt with it; `fast` must return false for a record with
   * any byte ≥ 0x80 (it is then decoded and checked like every other). Every record `fast` did not
   * take goes, as text, to `visit`. Settles when the file is read (rejects like `records`). Use one of
   * `records`, `batches` or `forEach`, once.
   */
  forEach(fast: (raw: RawRecord) => boolean, visit: (record: CsvRecord) => void): Promise<void>;
  readonly report: Promise<CsvReport>;
  /** Stops reading and releases the source (only needed when `records` is not iterated to the end or broken out of). */
  close(): Promise<void>;
}

const DEFAULTS = {sniffBytes: 64 * 1024, maxFieldBytes: 10 * 1024 * 1024, maxRecordBytes: 64 * 1024 * 1024, maxWarnings: 100};
const MAX_MISMATCH_LINES = 20;
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

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function mebibytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

/** Reads a CSV extract from byte chunks: see the module comment for the contract. */
export async function readCsv(chunks: AsyncIterable<Uint8Array>, options: ReadCsvOptions): Promise<CsvReader> {
  const file = options.file;
  // At least 4 bytes, so that a byte-order mark is always seen whole.
  const sniffBytes = Math.max(4, options.sniffBytes ?? DEFAULTS.sniffBytes);
  const maxFieldBytes = options.maxFieldBytes ?? DEFAULTS.maxFieldBytes;
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULTS.maxRecordBytes;
  const maxWarnings = options.maxWarnings ?? DEFAULTS.maxWarnings;

  const fatal = (reason: string, line: number | null = null, code = "unreadable"): ExtractError => {
    const problem: Problem = {file, line: line ?? 1, column: null, value: null, reason, code};
    return new ExtractError(line === null ? `${file}: ${reason}` : formatProblem(problem), problem);
  };
  const wrap = (e: unknown): ExtractError => {
    if (e instanceof ExtractError) return e;
    if (e instanceof TokenizerError) {
      if (e.kind === "field-too-long") {
        const hint = e.quoteLine > 0 ? `; probably the quote opened on line ${e.quoteLine} is never closed` : "";
        const error = fatal(`a field is longer than ${mebibytes(maxFieldBytes)}${hint}`, e.line);
        if (e.quoteLine > 0) error.quoteLine = e.quoteLine;
        return error;
      }
      return fatal(`the record is longer than ${mebibytes(maxRecordBytes)}`, e.line);
    }
    return fatal(`could not read the file: ${errorMessage(e)}`);
  };

  let source: AsyncIterator<Uint8Array>;
  try {
    source = chunks[Symbol.asyncIterator]();
  } catch (e) {
    throw wrap(e);
  }
  let bytesRead = 0;
  let sourceDone = false;
  /** The next non-empty chunk, or null at the end of input. */
  const pull = async (): Promise<Uint8Array | null> => {
    for (;;) {
      let result: IteratorResult<Uint8Array>;
      try {
        result = await source.next();
      } catch (e) {
        throw fatal(`could not read the file: ${errorMessage(e)}`);
      }
      if (result.done) {
        sourceDone = true;
        return null;
      }
      const value: unknown = result.value;
      if (!(value instanceof Uint8Array)) throw fatal(`could not read the file: the source gave ${typeof value} instead of bytes`);
      bytesRead += value.length;
      if (value.length > 0) return value;
    }
  };
  const closeSource = async (): Promise<void> => {
    if (sourceDone) return;
    sourceDone = true;
    try {
      await source.return?.();
    } catch {
      // Closing is best effort: the reading itself already succeeded or failed with its own message.
    }
  };

  let encoding: EncodingDetection;
  let delimiter: DelimiterDetection;
  let headerLine: number;
  let header: string[];
  let tokenizer: CsvTokenizer;
  /** Decodes a record's bytes; for UTF-8 invalid sequences become U+FFFD (checked separately). */
  let decode: (bytes: Uint8Array) => string;
  let atEnd = false;
  try {
    // 1. Encoding, from the first sniffBytes (a little more when chunks do not fall on the boundary).
    const parts: Uint8Array[] = [];
    let size = 0;
    while (size < sniffBytes) {
      const chunk = await pull();
      if (chunk === null) {
        atEnd = true;
        break;
      }
      parts.push(chunk);
      size += chunk.length;
    }
    if (size === 0) throw fatal("file is empty", null, "empty-file");
    let prefix = concat(parts);
    parts.length = 0;
    // Judged on the first sniffBytes only, whatever the chunk size (a big first chunk must not
    // change the verdict: a later letter is caught by the whole-stream evidence instead).
    const sniffed = prefix.length > sniffBytes ? prefix.subarray(0, sniffBytes) : prefix;
    const verdict = detectEncoding(sniffed, atEnd && sniffed.length === prefix.length);
    if (!verdict.ok) throw fatal(verdict.reason, null, "not-text");
    encoding = verdict.detection.bom || options.encoding === undefined ? verdict.detection : options.encoding;
    if (encoding.encoding === "utf-8") {
      const utf8 = new TextDecoder("utf-8", {ignoreBOM: true});
      decode = (b) => utf8.decode(b);
    } else {
      decode = windows1252Decoder();
    }

    // 2. Delimiter, from the header line (read further if the header is longer than the prefix).
    let scan = detectDelimiter(prefix, encoding.skip, atEnd);
    while (scan.kind === "need-more") {
      if (prefix.length > maxRecordBytes) throw fatal(`no line break in the first ${prefix.length} bytes: the header is not a CSV header`);
      const chunk = await pull();
      if (chunk === null) atEnd = true;
      else prefix = concat([prefix, chunk]);
      scan = detectDelimiter(prefix, encoding.skip, atEnd);
    }
    if (scan.kind === "blank") {
      throw fatal(prefix.length === encoding.skip ? "file is empty (only a UTF-8 byte-order mark)" : "file is empty (only blank lines)");
    }
    if (scan.kind === "unterminated-quote") throw fatal(`the header has a quoted field opened on line ${scan.line} that is never closed`, scan.line);
    delimiter = scan.detection;

    // 3. Header, through the same tokenizer that reads the records.
    tokenizer = new CsvTokenizer({delimiter: DELIMITER_BYTES[delimiter.delimiter], maxFieldBytes, maxRecordBytes, offset: encoding.skip, literalQuoteLines: options.literalQuoteLines});
    tokenizer.push(prefix.subarray(encoding.skip));
    let raw = tokenizer.next();
    while (raw === null) {
      const chunk = atEnd ? null : await pull();
      if (chunk === null) {
        atEnd = true;
        raw = tokenizer.finish();
        if (raw === null) throw fatal("file is empty (no header)");
      } else {
        tokenizer.push(chunk);
        raw = tokenizer.next();
      }
    }
    headerLine = raw.line;
    if (raw.unterminatedQuote) throw fatal(`the header has a quoted field opened on line ${raw.quoteLine} that is never closed`, raw.line);
    if (encoding.encoding === "utf-8" && scanUtf8(raw.bytes).invalidAt >= 0) throw fatal("the header is not valid UTF-8", raw.line);
    header = decode(raw.bytes).split("\0");
  } catch (e) {
    await closeSource();
    throw wrap(e);
  }

  // 4. Records.
  const fatalDecoder = encoding.encoding === "utf-8" ? new TextDecoder("utf-8", {fatal: true, ignoreBOM: true}) : null;
  const warnings: CsvWarning[] = [];
  let warningsOmitted = 0;
  const warn = (line: number | null, message: string): void => {
    if (warnings.length < maxWarnings) warnings.push({line, message});
    else warningsOmitted++;
  };
  if (encoding.warning !== null) warn(null, encoding.warning);
  if (delimiter.ambiguous) warn(headerLine, delimiter.reason);

  let records = 0;
  let problemRecords = 0;
  let invalidUtf8Records = 0;
  let fieldCountMismatches = 0;
  const fieldCountMismatchLines: number[] = [];
  let strayQuoteRecords = 0;
  let unterminatedQuoteLine = 0;
  const tracksUtf8 = fatalDecoder !== null && !encoding.bom;
  let multibyteRecords = 0;
  let firstInvalid: {line: number; offset: number} | null = null;
  let invalidAreWindows1252 = true;

  const fieldName = (index: number): string => {
    const name = header[index];
    return name === undefined || name.trim() === "" ? `field ${index + 1}` : `field ${index + 1} (${echo(name.trim(), 60)})`;
  };

  const toRecord = (raw: RawRecord): CsvRecord => {
    records++;
    let text: string | null = null;
    if (fatalDecoder !== null) {
      try {
        text = fatalDecoder.decode(raw.bytes);
      } catch {
        text = null;
      }
    } else {
      text = decode(raw.bytes);
    }
    if (raw.brokenQuoteLine > 0) {
      problemRecords++;
      const fields = (text ?? decode(raw.bytes)).split("\0");
      const reason = `unterminated quoted field: the quote opened on line ${raw.brokenQuoteLine} is never closed`;
      return {ok: false, line: raw.line, fields, problem: {file, line: raw.line, column: null, value: null, reason, code: "unterminated-quote"}};
    }
    if (raw.unterminatedQuote) {
      problemRecords++;
      unterminatedQuoteLine = raw.quoteLine;
      const fields = (text ?? decode(raw.bytes)).split("\0");
      const reason = `unterminated quoted field: the quote opened on line ${raw.quoteLine} is never closed`;
      warn(raw.line, `${reason}; the rest of the file (up to line ${tokenizer.line}) was read as one field`);
      return {ok: false, line: raw.line, fields, problem: {file, line: raw.line, column: null, value: null, reason, code: "unterminated-quote"}};
    }
    if (raw.nulOffset >= 0) {
      problemRecords++;
      const fields = (text ?? decode(raw.bytes)).split("\0");
      return {
        ok: false,
        line: raw.line,
        fields,
        problem: {file, line: raw.line, column: null, value: null, reason: `a NUL byte (0x00) in the row, at byte offset ${raw.nulOffset}`, code: "nul-byte"}
      };
    }
    if (text === null) {
      problemRecords++;
      invalidUtf8Records++;
      if (tracksUtf8) {
        firstInvalid ??= {line: raw.line, offset: raw.offset};
        if (invalidAreWindows1252 && !isWindows1252(raw.bytes)) invalidAreWindows1252 = false;
      }
      const scan = scanUtf8(raw.bytes);
      const at = Math.max(scan.invalidAt, 0);
      const bad = hexBytes(raw.bytes, at, Math.max(scan.invalidLength, 1));
      let field = 0;
      for (let k = 0; k < at; k++) if (raw.bytes[k] === NUL) field++;
      warn(raw.line, `invalid UTF-8 (${bad}) in ${fieldName(field)} of the record at byte offset ${raw.offset}, although the file was read as UTF-8 (${encoding.reason}); the row is reported as a problem`);
      return {
        ok: false,
        line: raw.line,
        fields: decode(raw.bytes).split("\0"),
        problem: {file, line: raw.line, column: null, value: bad, reason: "invalid UTF-8", code: "invalid-utf8"}
      };
    }
    // Fewer UTF-16 code units than bytes: the record holds a multi-byte UTF-8 character.
    if (tracksUtf8 && text.length < raw.bytes.length) multibyteRecords++;
    if (raw.strayQuote) {
      strayQuoteRecords++;
      warn(raw.line, "a quote inside an unquoted field, or text after a closing quote: kept as it is");
    }
    const fields = text.split("\0");
    if (fields.length !== header.length) {
      fieldCountMismatches++;
      if (fieldCountMismatchLines.length < MAX_MISMATCH_LINES) fieldCountMismatchLines.push(raw.line);
    }
    return {ok: true, line: raw.line, fields};
  };

  let settled = false;
  let resolveReport!: (report: CsvReport) => void;
  let rejectReport!: (error: ExtractError) => void;
  const report = new Promise<CsvReport>((resolve, reject) => {
    resolveReport = resolve;
    rejectReport = reject;
  });
  report.catch(() => undefined); // the rejection is also thrown by the iteration: never unhandled
  const settle = (complete: boolean, error?: ExtractError): void => {
    if (settled) return;
    settled = true;
    if (error !== undefined) {
      rejectReport(error);
      return;
    }
    const trailingNewline = tokenizer.lastByte === 0x0a || tokenizer.lastByte === 0x0d;
    resolveReport({
      file,
      encoding,
      delimiter,
      headerLine,
      header,
      records,
      problemRecords,
      invalidUtf8Records,
      unterminatedQuoteLine,
      utf8: tracksUtf8 ? {multibyteRecords, invalidRecords: invalidUtf8Records, firstInvalid, invalidAreWindows1252} : null,
      fieldCountMismatches,
      fieldCountMismatchLines,
      strayQuoteRecords,
      emptyLines: tokenizer.emptyLines,
      lines: complete && trailingNewline ? tokenizer.line - 1 : tokenizer.line,
      lineEndings: {...tokenizer.lineEndings},
      trailingNewline: complete && trailingNewline,
      bytes: bytesRead,
      warnings,
      warningsOmitted,
      complete
    });
  };

  /** A record the tokenizer found nothing wrong with (what `forEach` offers to its fast path). */
  const clean = (raw: RawRecord): boolean => raw.brokenQuoteLine === 0 && !raw.unterminatedQuote && raw.nulOffset < 0 && !raw.strayQuote;

  /** Offers a clean record to `fast`; when taken, counts it as `toRecord` would have. */
  const tookFast = (raw: RawRecord, fast: (raw: RawRecord) => boolean): boolean => {
    if (!clean(raw) || !fast(raw)) return false;
    records++;
    if (raw.fieldCount !== header.length) {
      fieldCountMismatches++;
      if (fieldCountMismatchLines.length < MAX_MISMATCH_LINES) fieldCountMismatchLines.push(raw.line);
    }
    return true;
  };

  /**
   * Reads the records: in batches (yielded), or, given `sink`, record by record into it (then
   * nothing is yielded; `fast` sees clean records first, see `forEach`).
   */
  async function* generate(sink?: {fast: (raw: RawRecord) => boolean; visit: (record: CsvRecord) => void}): AsyncGenerator<CsvRecord[], void, undefined> {
    try {
      for (;;) {
        if (sink !== undefined) {
          const {fast, visit} = sink;
          for (let raw = tokenizer.next(); raw !== null; raw = tokenizer.next()) if (!tookFast(raw, fast)) visit(toRecord(raw));
        } else {
          const batch: CsvRecord[] = [];
          for (let raw = tokenizer.next(); raw !== null; raw = tokenizer.next()) batch.push(toRecord(raw));
          if (batch.length > 0) yield batch;
        }
        const chunk = atEnd ? null : await pull();
        if (chunk !== null) {
          tokenizer.push(chunk);
          continue;
        }
        atEnd = true;
        const last = tokenizer.finish();
        if (last !== null) {
          if (sink === undefined) yield [toRecord(last)];
          else if (!tookFast(last, sink.fast)) sink.visit(toRecord(last));
        }
        settle(true);
        return;
      }
    } catch (e) {
      const error = wrap(e);
      settle(false, error);
      throw error;
    } finally {
      settle(false); // no-op unless the consumer stopped early
      await closeSource();
    }
  }

  let iterator: AsyncGenerator<CsvRecord[], void, undefined> | null = null;
  const batches = (sink?: Parameters<typeof generate>[0]): AsyncGenerator<CsvRecord[], void, undefined> => {
    if (iterator !== null) throw new Error(`readCsv(${file}): records can be iterated only once`);
    iterator = generate(sink);
    return iterator;
  };
  return {
    file,
    encoding,
    delimiter,
    headerLine,
    header,
    records: {
      [Symbol.asyncIterator]() {
        const source = batches();
        return (async function* () {
          for await (const batch of source) yield* batch;
        })();
      }
    },
    batches: {[Symbol.asyncIterator]: () => batches()},
    async forEach(fast, visit) {
      for await (const batch of batches({fast, visit})) void batch;
    },
    report,
    async close() {
      if (iterator !== null) await iterator.return();
      settle(false);
      await closeSource();
    }
  };
}
