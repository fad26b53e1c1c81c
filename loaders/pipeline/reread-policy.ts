/** When one extract file must be read again (a second encoding, a quote that never closes), and what the report says about it. */
import {lateEncoding} from "../../src/lib/extract/csv/detect-encoding.js";
import type {CsvReport, EncodingDetection} from "../../src/lib/extract/csv/read-csv.js";

/** How often one file may be read (a second encoding, quotes that never close). */
export const MAX_READINGS = 12;

/** Why a reading asks to be read again: a forced encoding, or a line whose opening quote is kept as text. */
export interface RereadRequest {
  /** Set when the whole stream showed the file must be read again with this encoding. */
  restart: EncodingDetection | null;
  /** Set when a quote opened on this line never closed: read again with it kept as text. */
  quoteRestart?: number;
}

/** How the next reading reads the file. */
export interface ReadingSettings {
  encoding: EncodingDetection | undefined;
  literalQuoteLines: readonly number[];
}

/**
 * What a completed reading asks for, or null when its rows stand: read again as Windows-1252 when the
 * file was read as detected (no encoding forced) and the whole stream showed it is not UTF-8 (see
 * `lateEncoding`); else read again with a quote kept as text when one opened and never closed (the
 * rest of the file became one record) and it is not already kept as text.
 */
export function rereadRequest(csvReport: Pick<CsvReport, "utf8" | "unterminatedQuoteLine">, settings: ReadingSettings): RereadRequest | null {
  if (settings.encoding === undefined && csvReport.utf8 !== null) {
    const restart = lateEncoding(csvReport.utf8);
    if (restart !== null) return {restart};
  }
  if (csvReport.unterminatedQuoteLine > 0 && !settings.literalQuoteLines.includes(csvReport.unterminatedQuoteLine)) {
    return {restart: null, quoteRestart: csvReport.unterminatedQuoteLine};
  }
  return null;
}

/**
 * The settings of the next reading after reading number `reading` asked for `request`, or null when
 * the last result stands: after MAX_READINGS readings, when nothing is asked, or when the same thing
 * is asked again (the encoding is forced once; a quote line is kept as text once). Never changes `settings`.
 */
export function nextReading(reading: number, settings: ReadingSettings, request: RereadRequest): ReadingSettings | null {
  if (reading >= MAX_READINGS) return null;
  if (request.restart !== null && settings.encoding === undefined) return {encoding: request.restart, literalQuoteLines: settings.literalQuoteLines};
  if (request.quoteRestart !== undefined && !settings.literalQuoteLines.includes(request.quoteRestart)) {
    return {encoding: settings.encoding, literalQuoteLines: [...settings.literalQuoteLines, request.quoteRestart]};
  }
  return null;
}

/** The warnings a reading made under `settings` adds to its report, in order: the second encoding, then each quote kept as text. */
export function rereadWarnings(settings: ReadingSettings, invalidUtf8Records: number): string[] {
  const warnings: string[] = [];
  if (settings.encoding !== undefined && invalidUtf8Records === 0) {
    warnings.push(`read twice: first as UTF-8, then as Windows-1252 (${settings.encoding.reason})`);
  }
  for (const line of settings.literalQuoteLines) {
    warnings.push(`line ${line}: a quote opened there never closes; it was read as text, that row set aside and the rows after it read`);
  }
  return warnings;
}
