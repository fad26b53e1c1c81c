import {bytesChunks} from "../../../../src/lib/extract/csv/chunks.js";
import {readCsv, type CsvRecord, type CsvReport, type ReadCsvOptions} from "../../../../src/lib/extract/csv/read-csv.js";

export const encoder = new TextEncoder();

export function bytes(...parts: (string | number[] | Uint8Array)[]): Uint8Array {
  const arrays = parts.map((p) => (typeof p === "string" ? encoder.encode(p) : p instanceof Uint8Array ? p : Uint8Array.from(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

export interface ReadAll {
  header: readonly string[];
  headerLine: number;
  records: CsvRecord[];
  report: CsvReport;
}

/** Reads `input` whole through readCsv, in chunks of `chunkSize` bytes. */
export async function readAll(input: string | Uint8Array, chunkSize = 65536, options: Partial<ReadCsvOptions> = {}): Promise<ReadAll> {
  const data = typeof input === "string" ? encoder.encode(input) : input;
  const csv = await readCsv(bytesChunks(data, chunkSize), {file: "test.csv", ...options});
  const records: CsvRecord[] = [];
  for await (const r of csv.records) records.push(r);
  return {header: csv.header, headerLine: csv.headerLine, records, report: await csv.report};
}

/** [line, fields] of each record, for compact assertions. */
export function lines(records: readonly CsvRecord[]): [number, string[]][] {
  return records.map((r) => [r.line, r.fields]);
}
