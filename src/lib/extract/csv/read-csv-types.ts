/** The CSV reader's contract as types: its options, the records it yields, its report and the reader itself (see read-csv.ts). */
import type {Problem} from "../problem.js";
import type {DelimiterDetection} from "./detect-delimiter.js";
import type {EncodingDetection, Utf8Evidence} from "./detect-encoding.js";
import type {LineEndingCounts, RawRecord} from "./tokenizer.js";

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
