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
 *
 * The parts: sniff-head.ts (encoding, delimiter, header), decode-records.ts (records as text and their
 * counts), csv-report.ts (the report), chunk-source.ts and read-errors.ts; the types in read-csv-types.ts.
 */
import type {ExtractError} from "../problem.js";
import {ChunkSource} from "./chunk-source.js";
import {csvReport, PendingReport} from "./csv-report.js";
import {RecordDecoder} from "./decode-records.js";
import type {CsvReader, CsvRecord, ReadCsvOptions} from "./read-csv-types.js";
import {readError, type RecordLimits} from "./read-errors.js";
import {sniffHead, type CsvHead} from "./sniff-head.js";
import type {RawRecord} from "./tokenizer.js";

export type {CsvReader, CsvRecord, CsvReport, CsvWarning, ReadCsvOptions} from "./read-csv-types.js";
export type {RawRecord} from "./tokenizer.js";
export type {CsvDelimiter, DelimiterDetection} from "./detect-delimiter.js";
export type {CsvEncoding, EncodingDetection, Utf8Evidence} from "./detect-encoding.js";
export type {LineEndingCounts} from "./tokenizer.js";

const DEFAULTS = {sniffBytes: 64 * 1024, maxFieldBytes: 10 * 1024 * 1024, maxRecordBytes: 64 * 1024 * 1024, maxWarnings: 100};

/** Where `forEach` sends the records: clean ones to `fast` first, the rest as text to `visit`. */
interface Sink {
  readonly fast: (raw: RawRecord) => boolean;
  readonly visit: (record: CsvRecord) => void;
}

/** Reads a CSV extract from byte chunks: see the module comment for the contract. */
export async function readCsv(chunks: AsyncIterable<Uint8Array>, options: ReadCsvOptions): Promise<CsvReader> {
  const file = options.file;
  const limits: RecordLimits = {maxFieldBytes: options.maxFieldBytes ?? DEFAULTS.maxFieldBytes, maxRecordBytes: options.maxRecordBytes ?? DEFAULTS.maxRecordBytes};
  const wrap = (e: unknown): ExtractError => readError(file, e, limits);

  let source: ChunkSource;
  try {
    source = new ChunkSource(chunks, file);
  } catch (e) {
    throw wrap(e);
  }
  let head: CsvHead;
  try {
    // At least 4 bytes, so that a byte-order mark is always seen whole.
    const sniffBytes = Math.max(4, options.sniffBytes ?? DEFAULTS.sniffBytes);
    head = await sniffHead(source, {file, sniffBytes, ...limits, encoding: options.encoding, literalQuoteLines: options.literalQuoteLines});
  } catch (e) {
    await source.close();
    throw wrap(e);
  }

  // 4. Records.
  const {tokenizer} = head;
  const decoder = new RecordDecoder(file, head, options.maxWarnings ?? DEFAULTS.maxWarnings);
  const report = new PendingReport((complete) => csvReport(file, head, decoder, source, complete));
  let atEnd = head.atEnd;

  /**
   * Reads the records: in batches (yielded), or, given `sink`, record by record into it (then
   * nothing is yielded; `fast` sees clean records first, see `forEach`).
   */
  async function* generate(sink?: Sink): AsyncGenerator<CsvRecord[], void, undefined> {
    try {
      for (;;) {
        if (sink !== undefined) {
          const {fast, visit} = sink;
          for (let raw = tokenizer.next(); raw !== null; raw = tokenizer.next()) if (!decoder.tookFast(raw, fast)) visit(decoder.decode(raw));
        } else {
          const batch: CsvRecord[] = [];
          for (let raw = tokenizer.next(); raw !== null; raw = tokenizer.next()) batch.push(decoder.decode(raw));
          if (batch.length > 0) yield batch;
        }
        const chunk = atEnd ? null : await source.pull();
        if (chunk !== null) {
          tokenizer.push(chunk);
          continue;
        }
        atEnd = true;
        const last = tokenizer.finish();
        if (last !== null) {
          if (sink === undefined) yield [decoder.decode(last)];
          else if (!decoder.tookFast(last, sink.fast)) sink.visit(decoder.decode(last));
        }
        report.settle(true);
        return;
      }
    } catch (e) {
      const error = wrap(e);
      report.settle(false, error);
      throw error;
    } finally {
      report.settle(false); // no-op unless the consumer stopped early
      await source.close();
    }
  }

  let iterator: AsyncGenerator<CsvRecord[], void, undefined> | null = null;
  const batches = (sink?: Sink): AsyncGenerator<CsvRecord[], void, undefined> => {
    if (iterator !== null) throw new Error(`readCsv(${file}): records can be iterated only once`);
    iterator = generate(sink);
    return iterator;
  };
  return {
    file,
    encoding: head.encoding,
    delimiter: head.delimiter,
    headerLine: head.headerLine,
    header: head.header,
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
    report: report.promise,
    async close() {
      if (iterator !== null) await iterator.return();
      report.settle(false);
      await source.close();
    }
  };
}
