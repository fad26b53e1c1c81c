/** The report of one CSV reading: what the head, the decoder and the tokenizer counted, settled once when the records end (or fail). */
import type {ExtractError} from "../problem.js";
import type {ChunkSource} from "./chunk-source.js";
import type {RecordDecoder} from "./decode-records.js";
import type {CsvReport} from "./read-csv-types.js";
import type {CsvHead} from "./sniff-head.js";

/** The report as it stands: `complete` when the last record was read (else the consumer stopped early). */
export function csvReport(file: string, head: CsvHead, decoder: RecordDecoder, source: ChunkSource, complete: boolean): CsvReport {
  const {tokenizer} = head;
  const trailingNewline = tokenizer.lastByte === 0x0a || tokenizer.lastByte === 0x0d;
  return {
    file,
    encoding: head.encoding,
    delimiter: head.delimiter,
    headerLine: head.headerLine,
    header: head.header,
    records: decoder.records,
    problemRecords: decoder.problemRecords,
    invalidUtf8Records: decoder.invalidUtf8Records,
    unterminatedQuoteLine: decoder.unterminatedQuoteLine,
    utf8: decoder.utf8Evidence(),
    fieldCountMismatches: decoder.fieldCountMismatches,
    fieldCountMismatchLines: decoder.fieldCountMismatchLines,
    strayQuoteRecords: decoder.strayQuoteRecords,
    emptyLines: tokenizer.emptyLines,
    lines: complete && trailingNewline ? tokenizer.line - 1 : tokenizer.line,
    lineEndings: {...tokenizer.lineEndings},
    trailingNewline: complete && trailingNewline,
    bytes: source.bytesRead,
    warnings: decoder.warnings,
    warningsOmitted: decoder.warningsOmitted,
    complete
  };
}

/**
 * The reader's `report` promise: settled by the first `settle` (later calls do nothing), with the
 * report built then, or rejected with the error that ended the reading. Its rejection is also thrown
 * by the iteration, so it never becomes an unhandled rejection by itself.
 */
export class PendingReport {
  readonly promise: Promise<CsvReport>;
  private settled = false;
  private resolve!: (report: CsvReport) => void;
  private reject!: (error: ExtractError) => void;

  constructor(private readonly build: (complete: boolean) => CsvReport) {
    this.promise = new Promise<CsvReport>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    this.promise.catch(() => undefined);
  }

  settle(complete: boolean, error?: ExtractError): void {
    if (this.settled) return;
    this.settled = true;
    if (error !== undefined) this.reject(error);
    else this.resolve(this.build(complete));
  }
}
