import {describe, expect, it} from "vitest";
import {ChunkSource} from "../../../../src/lib/extract/csv/chunk-source.js";
import {bytesChunks} from "../../../../src/lib/extract/csv/chunks.js";
import {csvReport, PendingReport} from "../../../../src/lib/extract/csv/csv-report.js";
import {RecordDecoder} from "../../../../src/lib/extract/csv/decode-records.js";
import type {CsvReport} from "../../../../src/lib/extract/csv/read-csv.js";
import {sniffHead} from "../../../../src/lib/extract/csv/sniff-head.js";
import {ExtractError} from "../../../../src/lib/extract/problem.js";
import {bytes} from "./helpers.js";

describe("csvReport(file, head, decoder, source, complete)", () => {
  it("reports the head, the decoder's counts and the tokenizer's lines; a final line break counts only when complete", async () => {
    const input = bytes("id,x\r\n1,a\r\n\r\n2,b\r\n");
    const source = new ChunkSource(bytesChunks(input), "t.csv");
    const head = await sniffHead(source, {file: "t.csv", sniffBytes: 64 * 1024, maxFieldBytes: 1024, maxRecordBytes: 4096});
    const decoder = new RecordDecoder("t.csv", head, 100);
    for (let raw = head.tokenizer.next(); raw !== null; raw = head.tokenizer.next()) decoder.decode(raw);
    head.tokenizer.finish();
    const report = csvReport("t.csv", head, decoder, source, true);
    expect(report).toMatchObject({file: "t.csv", headerLine: 1, header: ["id", "x"], records: 2, problemRecords: 0, emptyLines: 1, lines: 4, trailingNewline: true, bytes: input.length, complete: true});
    expect(report.lineEndings).toEqual({crlf: 4, lf: 0, cr: 0});
    expect(csvReport("t.csv", head, decoder, source, false)).toMatchObject({lines: 5, trailingNewline: false, complete: false});
  });
});

describe("PendingReport", () => {
  it("settles once, building the report then", async () => {
    const built: boolean[] = [];
    const pending = new PendingReport((complete) => {
      built.push(complete);
      return {complete} as CsvReport;
    });
    pending.settle(true);
    pending.settle(false);
    expect((await pending.promise).complete).toBe(true);
    expect(built).toEqual([true]);
  });

  it("rejects with the error that ended the reading, never unhandled", async () => {
    const pending = new PendingReport(() => ({}) as CsvReport);
    const error = new ExtractError("t.csv: could not read the file: EIO");
    pending.settle(false, error);
    pending.settle(true);
    await expect(pending.promise).rejects.toBe(error);
  });
});
