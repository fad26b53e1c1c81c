/** Turns the tokenizer's raw records into records of text (a damaged one with its problem), counting and warning as it goes for the report. */
import {echo} from "../../privacy/echo.js";
import {hexBytes, isWindows1252, scanUtf8, type EncodingDetection, type Utf8Evidence} from "./detect-encoding.js";
import type {CsvRecord, CsvWarning} from "./read-csv-types.js";
import type {CsvHead} from "./sniff-head.js";
import {NUL, type CsvTokenizer, type RawRecord} from "./tokenizer.js";

const MAX_MISMATCH_LINES = 20;

/**
 * The decoder of one file's records, after its head. One instance per reading: its counts are the
 * report's. `decode` turns every record into a CsvRecord; `tookFast` offers a clean one to a fast
 * path as raw bytes instead, counting it the same way.
 */
export class RecordDecoder {
  records = 0;
  problemRecords = 0;
  invalidUtf8Records = 0;
  fieldCountMismatches = 0;
  readonly fieldCountMismatchLines: number[] = [];
  strayQuoteRecords = 0;
  /** Line of a quote still open at the end of the file, 0 when none. */
  unterminatedQuoteLine = 0;
  readonly warnings: CsvWarning[] = [];
  warningsOmitted = 0;
  /** True for a file read as UTF-8 without a byte-order mark: the whole stream is then evidence of its encoding. */
  readonly tracksUtf8: boolean;
  private multibyteRecords = 0;
  private firstInvalid: {line: number; offset: number} | null = null;
  private invalidAreWindows1252 = true;
  private readonly encoding: EncodingDetection;
  private readonly header: readonly string[];
  private readonly tokenizer: CsvTokenizer;
  private readonly lenient: (bytes: Uint8Array) => string;
  /** Throws on invalid UTF-8 (null for Windows-1252, where every byte decodes). */
  private readonly fatalDecoder: TextDecoder | null;

  constructor(
    private readonly file: string,
    head: CsvHead,
    private readonly maxWarnings: number
  ) {
    this.encoding = head.encoding;
    this.header = head.header;
    this.tokenizer = head.tokenizer;
    this.lenient = head.decode;
    this.fatalDecoder = head.encoding.encoding === "utf-8" ? new TextDecoder("utf-8", {fatal: true, ignoreBOM: true}) : null;
    this.tracksUtf8 = this.fatalDecoder !== null && !head.encoding.bom;
    if (head.encoding.warning !== null) this.warn(null, head.encoding.warning);
    if (head.delimiter.ambiguous) this.warn(head.headerLine, head.delimiter.reason);
  }

  /** Keeps a warning, or only counts it once `maxWarnings` are kept. */
  warn(line: number | null, message: string): void {
    if (this.warnings.length < this.maxWarnings) this.warnings.push({line, message});
    else this.warningsOmitted++;
  }

  /** What the whole stream showed about UTF-8 (see `tracksUtf8`), else null. */
  utf8Evidence(): Utf8Evidence | null {
    if (!this.tracksUtf8) return null;
    return {multibyteRecords: this.multibyteRecords, invalidRecords: this.invalidUtf8Records, firstInvalid: this.firstInvalid, invalidAreWindows1252: this.invalidAreWindows1252};
  }

  private fieldName(index: number): string {
    const name = this.header[index];
    return name === undefined || name.trim() === "" ? `field ${index + 1}` : `field ${index + 1} (${echo(name.trim(), 60)})`;
  }

  private countFields(count: number, line: number): void {
    if (count !== this.header.length) {
      this.fieldCountMismatches++;
      if (this.fieldCountMismatchLines.length < MAX_MISMATCH_LINES) this.fieldCountMismatchLines.push(line);
    }
  }

  /** A record as text: `ok: false` with its problem when it holds a broken or unclosed quote, a NUL byte or invalid UTF-8. */
  decode(raw: RawRecord): CsvRecord {
    this.records++;
    const file = this.file;
    let text: string | null = null;
    if (this.fatalDecoder !== null) {
      try {
        text = this.fatalDecoder.decode(raw.bytes);
      } catch {
        text = null;
      }
    } else {
      text = this.lenient(raw.bytes);
    }
    if (raw.brokenQuoteLine > 0) {
      this.problemRecords++;
      const fields = (text ?? this.lenient(raw.bytes)).split("\0");
      const reason = `unterminated quoted field: the quote opened on line ${raw.brokenQuoteLine} is never closed`;
      return {ok: false, line: raw.line, fields, problem: {file, line: raw.line, column: null, value: null, reason, code: "unterminated-quote"}};
    }
    if (raw.unterminatedQuote) {
      this.problemRecords++;
      this.unterminatedQuoteLine = raw.quoteLine;
      const fields = (text ?? this.lenient(raw.bytes)).split("\0");
      const reason = `unterminated quoted field: the quote opened on line ${raw.quoteLine} is never closed`;
      this.warn(raw.line, `${reason}; the rest of the file (up to line ${this.tokenizer.line}) was read as one field`);
      return {ok: false, line: raw.line, fields, problem: {file, line: raw.line, column: null, value: null, reason, code: "unterminated-quote"}};
    }
    if (raw.nulOffset >= 0) {
      this.problemRecords++;
      const fields = (text ?? this.lenient(raw.bytes)).split("\0");
      return {
        ok: false,
        line: raw.line,
        fields,
        problem: {file, line: raw.line, column: null, value: null, reason: `a NUL byte (0x00) in the row, at byte offset ${raw.nulOffset}`, code: "nul-byte"}
      };
    }
    if (text === null) return this.invalidUtf8(raw);
    // Fewer UTF-16 code units than bytes: the record holds a multi-byte UTF-8 character.
    if (this.tracksUtf8 && text.length < raw.bytes.length) this.multibyteRecords++;
    if (raw.strayQuote) {
      this.strayQuoteRecords++;
      this.warn(raw.line, "a quote inside an unquoted field, or text after a closing quote: kept as it is");
    }
    const fields = text.split("\0");
    this.countFields(fields.length, raw.line);
    return {ok: true, line: raw.line, fields};
  }

  /** A record that is not valid UTF-8 in a file read as UTF-8: the evidence noted, a warning naming the field and bytes. */
  private invalidUtf8(raw: RawRecord): CsvRecord {
    this.problemRecords++;
    this.invalidUtf8Records++;
    if (this.tracksUtf8) {
      this.firstInvalid ??= {line: raw.line, offset: raw.offset};
      if (this.invalidAreWindows1252 && !isWindows1252(raw.bytes)) this.invalidAreWindows1252 = false;
    }
    const scan = scanUtf8(raw.bytes);
    const at = Math.max(scan.invalidAt, 0);
    const bad = hexBytes(raw.bytes, at, Math.max(scan.invalidLength, 1));
    let field = 0;
    for (let k = 0; k < at; k++) if (raw.bytes[k] === NUL) field++;
    this.warn(raw.line, `invalid UTF-8 (${bad}) in ${this.fieldName(field)} of the record at byte offset ${raw.offset}, although the file was read as UTF-8 (${this.encoding.reason}); the row is reported as a problem`);
    return {
      ok: false,
      line: raw.line,
      fields: this.lenient(raw.bytes).split("\0"),
      problem: {file: this.file, line: raw.line, column: null, value: bad, reason: "invalid UTF-8", code: "invalid-utf8"}
    };
  }

  /**
   * Offers a record the tokenizer found nothing wrong with (no stray or unclosed quote, no NUL byte)
   * to `fast`; when taken, counts it as `decode` would have. False: decode it instead.
   */
  tookFast(raw: RawRecord, fast: (raw: RawRecord) => boolean): boolean {
    if (raw.brokenQuoteLine !== 0 || raw.unterminatedQuote || raw.nulOffset >= 0 || raw.strayQuote || !fast(raw)) return false;
    this.records++;
    this.countFields(raw.fieldCount, raw.line);
    return true;
  }
}
