/** The ExtractErrors the CSV reader rejects with: one sentence naming the file, and the line where there is one. */
import {ExtractError, formatProblem, type Problem} from "../problem.js";
import {TokenizerError} from "./tokenizer.js";

/** The size limits of a record, as the reader was given them (for the messages). */
export interface RecordLimits {
  readonly maxFieldBytes: number;
  readonly maxRecordBytes: number;
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function mebibytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

/**
 * A fatal condition of `file` as an ExtractError carrying its problem: on `line`, or (null) for the
 * whole file, then put on line 1 and the message names only the file ("decisions.csv: file is empty").
 */
export function readFatal(file: string, reason: string, line: number | null = null, code = "unreadable"): ExtractError {
  const problem: Problem = {file, line: line ?? 1, column: null, value: null, reason, code};
  return new ExtractError(line === null ? `${file}: ${reason}` : formatProblem(problem), problem);
}

/** Anything thrown while reading `file` as the ExtractError the reader rejects with (an ExtractError as it is). */
export function readError(file: string, e: unknown, limits: RecordLimits): ExtractError {
  if (e instanceof ExtractError) return e;
  if (e instanceof TokenizerError) {
    if (e.kind === "field-too-long") {
      const hint = e.quoteLine > 0 ? `; probably the quote opened on line ${e.quoteLine} is never closed` : "";
      const error = readFatal(file, `a field is longer than ${mebibytes(limits.maxFieldBytes)}${hint}`, e.line);
      if (e.quoteLine > 0) error.quoteLine = e.quoteLine;
      return error;
    }
    return readFatal(file, `the record is longer than ${mebibytes(limits.maxRecordBytes)}`, e.line);
  }
  return readFatal(file, `could not read the file: ${errorMessage(e)}`);
}
