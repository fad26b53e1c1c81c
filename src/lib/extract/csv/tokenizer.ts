/**
 * Incremental RFC 4180 tokenizer working on bytes, one record at a time.
 *
 * Why not papaparse: its streaming parser works on decoded strings, guesses one line-ending style
 * from the first chunk (a file mixing CRLF and bare LF or CR miscounts), and reports a character
 * cursor rather than physical line numbers, so the line where each record starts would have to be
 * recomputed across chunk boundaries anyway; it has no guard on field size either. Tokenizing bytes
 * instead of text has two further advantages: a multi-byte UTF-8 character split across chunks
 * needs no care (delimiters, quotes and line breaks are ASCII and never occur inside a multi-byte
 * sequence, in UTF-8 or in Windows-1252), and each record is decoded on its own, so an invalid
 * UTF-8 sequence is attributed to the exact row it is in.
 *
 * Memory: the tokenizer holds one input chunk (a reference, not a copy) and the bytes of the current
 * record. Fields of a record are stored one after another separated by a 0x00 byte (a NUL byte in
 * the input is dropped and the record marked with `nulOffset`, so the separator is unambiguous) so a record is decoded with one `TextDecoder` call and
 * split on "\0".
 *
 * Rules: CRLF, LF and CR all end a line (CRLF counts once, also when split between chunks); a field
 * starting with `"` is quoted and may contain delimiters, line breaks and doubled quotes; a quote
 * elsewhere, or text after a closing quote, is kept literally and flagged (`strayQuote`); a line
 * with no bytes at all is skipped (counted in `emptyLines`), a line with only delimiters is not.
 */

export const NUL = 0x00;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** A quote seen inside a quoted field: either the first of a doubled quote or the closing one. */
const QUOTED_QUOTE = 3;

export interface RawRecord {
  /** 1-based physical line on which the record starts. */
  readonly line: number;
  /** Byte offset in the input (as counted from `offset` given to the constructor) where the record starts. */
  readonly offset: number;
  /** The fields' bytes joined by 0x00. A view into the tokenizer's buffer: valid until the next call. */
  readonly bytes: Uint8Array;
  /** The same bytes without making a view: `buffer[0..length)` (what a fast path reads). */
  readonly buffer: Uint8Array;
  readonly length: number;
  readonly fieldCount: number;
  /** The input ended inside a quoted field (opened on `quoteLine`). */
  readonly unterminatedQuote: boolean;
  /** Line on which the last quoted field of the record was opened (0 when none). */
  readonly quoteLine: number;
  /** A quote inside an unquoted field, or text after a closing quote, was kept literally. */
  readonly strayQuote: boolean;
  /** Byte offset of the first NUL byte in the record (dropped from its fields), -1 when none. */
  readonly nulOffset: number;
  /** Line of a quote kept as text because it never closes (`literalQuoteLines`), 0 when none. */
  readonly brokenQuoteLine: number;
}

export type TokenizerErrorKind = "field-too-long" | "record-too-long";

/** A condition that stops tokenizing; the reader turns it into an `ExtractError` naming the file. */
export class TokenizerError extends Error {
  constructor(
    readonly kind: TokenizerErrorKind,
    /** Line where the record in progress started. */
    readonly line: number,
    /** Byte offset of the offending byte. */
    readonly offset: number,
    /** Line where the quoted field in progress was opened, 0 when not in a quoted field. */
    readonly quoteLine: number,
    message: string
  ) {
    super(message);
    this.name = "TokenizerError";
  }
}

export interface TokenizerOptions {
  /** Delimiter byte: 0x2C comma, 0x3B semicolon, 0x09 tab. */
  readonly delimiter: number;
  /** Longest field in bytes (guards against a quote that is never closed). */
  readonly maxFieldBytes: number;
  /** Longest record in bytes. */
  readonly maxRecordBytes: number;
  /** Byte offset of the first byte that will be pushed (e.g. 3 after a byte-order mark). */
  readonly offset?: number;
  /**
   * Lines whose quotes at the start of a field are kept as text: quotes an earlier reading found
   * never closed, so that one damaged row does not swallow the rest of the file.
   */
  readonly literalQuoteLines?: readonly number[];
}

export interface LineEndingCounts {
  crlf: number;
  lf: number;
  cr: number;
}

const INITIAL_CAPACITY = 4096;
/** Above this capacity the record buffer is dropped after use, so one huge record does not pin memory. */
const KEEP_CAPACITY = 1 << 20;

export class CsvTokenizer {
  private readonly delimiter: number;
  private readonly maxFieldBytes: number;
  private readonly maxRecordBytes: number;

  private chunk: Uint8Array = new Uint8Array(0);
  private pos = 0;
  /** Offset of `chunk[0]` in the input. */
  private chunkOffset: number;
  /** Last byte of the previous chunk (for a CRLF split between chunks), -1 when none. */
  private previousChunkLastByte = -1;

  private state = FIELD_START;
  private recordStarted = false;
  private recordLine = 0;
  private recordOffset = 0;
  private quoteLine = 0;
  private strayQuote = false;
  private nulOffset = -1;
  private brokenQuoteLine = 0;
  private readonly literalQuoteLines: ReadonlySet<number>;
  private buffer = new Uint8Array(INITIAL_CAPACITY);
  private length = 0;
  private fieldStart = 0;
  private fieldCount = 0;

  /** Current physical line (1-based) at the read position. */
  line = 1;
  /** Lines that held no bytes at all (skipped). */
  emptyLines = 0;
  /** Line breaks seen, by kind (inside quoted fields too). */
  readonly lineEndings: LineEndingCounts = {crlf: 0, lf: 0, cr: 0};
  /** The last byte consumed, -1 before any. */
  lastByte = -1;

  constructor(options: TokenizerOptions) {
    this.delimiter = options.delimiter;
    this.maxFieldBytes = options.maxFieldBytes;
    this.maxRecordBytes = options.maxRecordBytes;
    this.chunkOffset = options.offset ?? 0;
    this.literalQuoteLines = new Set(options.literalQuoteLines ?? []);
  }

  /** Whether the current chunk has been consumed (then `push` the next one). */
  get needsInput(): boolean {
    return this.pos >= this.chunk.length;
  }

  /** Gives the next chunk; only once the previous one is consumed (`next()` returned null). */
  push(chunk: Uint8Array): void {
    if (!this.needsInput) throw new Error("CsvTokenizer.push: the previous chunk is not consumed yet");
    if (chunk.length === 0) return;
    this.chunkOffset += this.chunk.length;
    if (this.chunk.length > 0) this.previousChunkLastByte = this.chunk[this.chunk.length - 1]!;
    this.chunk = chunk;
    this.pos = 0;
  }

  /** The next complete record in the input pushed so far, or null when more input is needed. */
  next(): RawRecord | null {
    const c = this.chunk;
    const n = c.length;
    const delimiter = this.delimiter;
    let i = this.pos;
    while (i < n) {
      const b = c[i]!;
      // Fast path: a whole record on one line of this chunk, without quotes or NUL bytes (most
      // records), copied in one loop with each delimiter turned into the 0x00 separator.
      if (this.state === FIELD_START && !this.recordStarted && b !== CR && b !== LF && b !== QUOTE) {
        const record = this.plainRecord(c, i);
        if (record !== null) return record;
      }
      switch (this.state) {
        case FIELD_START: {
          if (b === QUOTE && this.literalQuoteLines.has(this.line)) {
            // A quote known never to close (an earlier reading ran to the end inside it): kept as text.
            this.startRecord(i);
            this.brokenQuoteLine = this.line;
            this.strayQuote = true;
            this.state = UNQUOTED;
            this.append(c, i, i + 1);
            i++;
          } else if (b === QUOTE) {
            this.startRecord(i);
            this.state = QUOTED;
            this.quoteLine = this.line;
            i++;
          } else if (b === delimiter) {
            this.startRecord(i);
            this.endField();
            i++;
          } else if (b === CR || b === LF) {
            const crlfTail = this.lineBreak(c, i, b);
            i++;
            if (this.recordStarted) {
              this.endField();
              this.pos = i;
              return this.emit(false);
            }
            if (!crlfTail) this.emptyLines++;
          } else if (b === NUL) {
            this.startRecord(i);
            this.nul(i);
            this.state = UNQUOTED;
            i++;
          } else {
            this.startRecord(i);
            this.state = UNQUOTED;
          }
          break;
        }
        case UNQUOTED: {
          let j = i;
          while (j < n) {
            const d = c[j]!;
            if (d === delimiter || d === CR || d === LF || d === QUOTE || d === NUL) break;
            j++;
          }
          if (j > i) this.append(c, i, j);
          i = j;
          if (i >= n) break;
          const d = c[i]!;
          if (d === delimiter) {
            this.endField();
            this.state = FIELD_START;
            i++;
          } else if (d === QUOTE) {
            this.strayQuote = true;
            this.append(c, i, i + 1);
            i++;
          } else if (d === NUL) {
            this.nul(i);
            i++;
          } else {
            this.lineBreak(c, i, d);
            i++;
            this.endField();
            this.state = FIELD_START;
            this.pos = i;
            return this.emit(false);
          }
          break;
        }
        case QUOTED: {
          let j = i;
          while (j < n) {
            const d = c[j]!;
            if (d === QUOTE || d === CR || d === LF || d === NUL) break;
            j++;
          }
          if (j > i) this.append(c, i, j);
          i = j;
          if (i >= n) break;
          const d = c[i]!;
          if (d === QUOTE) {
            this.state = QUOTED_QUOTE;
          } else if (d === NUL) {
            this.nul(i);
          } else {
            this.lineBreak(c, i, d);
            this.append(c, i, i + 1);
          }
          i++;
          break;
        }
        case QUOTED_QUOTE: {
          if (b === QUOTE) {
            this.append(c, i, i + 1);
            this.state = QUOTED;
            i++;
          } else if (b === delimiter) {
            this.endField();
            this.state = FIELD_START;
            i++;
          } else if (b === CR || b === LF) {
            this.lineBreak(c, i, b);
            i++;
            this.endField();
            this.state = FIELD_START;
            this.pos = i;
            return this.emit(false);
          } else if (b === NUL) {
            this.nul(i);
            this.strayQuote = true;
            this.state = UNQUOTED;
            i++;
          } else {
            // Text after the closing quote: kept, like spreadsheet programs do ("ab"c → abc).
            this.strayQuote = true;
            this.state = UNQUOTED;
          }
          break;
        }
      }
    }
    this.pos = i;
    if (n > 0) this.lastByte = c[n - 1]!;
    return null;
  }

  /**
   * The record starting at c[i] when it ends with a line break inside this chunk and holds no quote or
   * NUL byte and no field or record over the limits (else null: the state machine reads it). Same
   * result, line and counts as the state machine would give.
   */
  private plainRecord(c: Uint8Array, i: number): RawRecord | null {
    const n = c.length;
    const delimiter = this.delimiter;
    // Copied while scanned (one pass); a quote or NUL byte abandons the copy (nothing is emitted).
    let buffer = this.buffer;
    let k = 0;
    let fieldStart = 0;
    let longest = 0;
    let fields = 1;
    let j = i;
    for (; j < n; j++) {
      const d = c[j]!;
      if (k === buffer.length) {
        this.length = k;
        this.grow(k + 1);
        buffer = this.buffer;
      }
      if (d === delimiter) {
        if (k - fieldStart > longest) longest = k - fieldStart;
        buffer[k++] = NUL;
        fieldStart = k;
        fields++;
      } else if (d === LF || d === CR) break;
      else if (d === QUOTE || d === NUL) return null;
      else buffer[k++] = d;
    }
    if (j >= n) return null;
    if (k - fieldStart > longest) longest = k - fieldStart;
    if (longest > this.maxFieldBytes || k + 1 > this.maxRecordBytes) return null;
    this.startRecord(i);
    if (k + 1 > buffer.length) {
      this.length = k;
      this.grow(k + 1);
      buffer = this.buffer;
    }
    buffer[k] = NUL;
    this.length = k + 1;
    this.fieldStart = this.length;
    this.fieldCount = fields;
    this.lineBreak(c, j, c[j]!);
    this.pos = j + 1;
    return this.emit(false);
  }

  /** At the end of input: the last record (no final line break, or an unterminated quote), or null. */
  finish(): RawRecord | null {
    if (!this.needsInput) throw new Error("CsvTokenizer.finish: input not consumed; call next() until it returns null");
    if (!this.recordStarted) return null;
    const unterminated = this.state === QUOTED;
    this.endField();
    this.state = FIELD_START;
    return this.emit(unterminated);
  }

  /** Counts a line break at c[i]; returns whether it was the LF of a CRLF (no new line). */
  private lineBreak(c: Uint8Array, i: number, b: number): boolean {
    if (b === LF) {
      const previous = i > 0 ? c[i - 1] : this.previousChunkLastByte;
      if (previous === CR) {
        this.lineEndings.cr--;
        this.lineEndings.crlf++;
        return true;
      }
      this.lineEndings.lf++;
    } else {
      this.lineEndings.cr++;
    }
    this.line++;
    return false;
  }

  private startRecord(i: number): void {
    if (this.recordStarted) return;
    this.recordStarted = true;
    this.recordLine = this.line;
    this.recordOffset = this.chunkOffset + i;
    this.quoteLine = 0;
    this.strayQuote = false;
    this.nulOffset = -1;
    this.brokenQuoteLine = 0;
    this.length = 0;
    this.fieldStart = 0;
    this.fieldCount = 0;
  }

  /** A NUL byte inside a record: dropped (it would split the field), and the record is marked. */
  private nul(i: number): void {
    if (this.nulOffset < 0) this.nulOffset = this.chunkOffset + i;
  }

  private append(c: Uint8Array, from: number, to: number): void {
    const count = to - from;
    const end = this.length + count;
    if (end - this.fieldStart > this.maxFieldBytes) {
      const quoteLine = this.state === QUOTED || this.state === QUOTED_QUOTE ? this.quoteLine : 0;
      throw new TokenizerError("field-too-long", this.recordLine, this.chunkOffset + from, quoteLine, `field longer than ${this.maxFieldBytes} bytes`);
    }
    if (end + 1 > this.maxRecordBytes) {
      throw new TokenizerError("record-too-long", this.recordLine, this.chunkOffset + from, 0, `record longer than ${this.maxRecordBytes} bytes`);
    }
    if (end + 1 > this.buffer.length) this.grow(end + 1);
    const buffer = this.buffer;
    if (count < 32) {
      let k = this.length;
      for (let j = from; j < to; j++) buffer[k++] = c[j]!;
    } else {
      buffer.set(c.subarray(from, to), this.length);
    }
    this.length = end;
  }

  private grow(minimum: number): void {
    let capacity = this.buffer.length * 2;
    while (capacity < minimum) capacity *= 2;
    const bigger = new Uint8Array(capacity);
    bigger.set(this.buffer.subarray(0, this.length));
    this.buffer = bigger;
  }

  /** Ends the current field: a 0x00 separator follows every field (the last one is cut off on emit). */
  private endField(): void {
    if (this.length + 1 > this.buffer.length) this.grow(this.length + 1);
    this.buffer[this.length++] = NUL;
    this.fieldStart = this.length;
    this.fieldCount++;
  }

  private emit(unterminatedQuote: boolean): RawRecord {
    const record = new EmittedRecord(
      this.recordLine,
      this.recordOffset,
      this.buffer,
      this.length - 1,
      this.fieldCount,
      unterminatedQuote,
      this.quoteLine,
      this.strayQuote,
      this.nulOffset,
      this.brokenQuoteLine
    );
    this.recordStarted = false;
    if (this.buffer.length > KEEP_CAPACITY) this.buffer = new Uint8Array(INITIAL_CAPACITY);
    return record;
  }
}

/** A record as emitted: `bytes` is made only when asked for (most records are read through `buffer`). */
class EmittedRecord implements RawRecord {
  constructor(
    readonly line: number,
    readonly offset: number,
    readonly buffer: Uint8Array,
    readonly length: number,
    readonly fieldCount: number,
    readonly unterminatedQuote: boolean,
    readonly quoteLine: number,
    readonly strayQuote: boolean,
    readonly nulOffset: number,
    readonly brokenQuoteLine: number
  ) {}

  get bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
