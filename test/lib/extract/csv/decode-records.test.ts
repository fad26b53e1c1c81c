import {describe, expect, it} from "vitest";
import {ChunkSource} from "../../../../src/lib/extract/csv/chunk-source.js";
import {bytesChunks} from "../../../../src/lib/extract/csv/chunks.js";
import {RecordDecoder} from "../../../../src/lib/extract/csv/decode-records.js";
import {sniffHead} from "../../../../src/lib/extract/csv/sniff-head.js";
import type {RawRecord} from "../../../../src/lib/extract/csv/tokenizer.js";
import {bytes} from "./helpers.js";

/** The head of `input` read whole, a decoder after it and the raw records the tokenizer holds. */
async function decoderOf(input: Uint8Array, maxWarnings = 100, sniffBytes = 64 * 1024): Promise<{decoder: RecordDecoder; raws: RawRecord[]}> {
  const head = await sniffHead(new ChunkSource(bytesChunks(input), "test.csv"), {file: "test.csv", sniffBytes, maxFieldBytes: 1024, maxRecordBytes: 4096});
  const raws: RawRecord[] = [];
  // Each raw record's bytes are copied: the tokenizer may reuse its buffer.
  for (let raw = head.tokenizer.next(); raw !== null; raw = head.tokenizer.next()) raws.push({...raw, bytes: raw.bytes.slice()});
  const last = head.tokenizer.finish();
  if (last !== null) raws.push(last);
  return {decoder: new RecordDecoder("test.csv", head, maxWarnings), raws};
}

describe("RecordDecoder.decode(raw)", () => {
  it("decodes a clean record into its fields and counts a record whose field count differs from the header's", async () => {
    const {decoder, raws} = await decoderOf(bytes("id,ort\n1,Östersund\n2\n"));
    expect(raws.map((r) => decoder.decode(r))).toEqual([
      {ok: true, line: 2, fields: ["1", "Östersund"]},
      {ok: true, line: 3, fields: ["2"]}
    ]);
    expect([decoder.records, decoder.problemRecords, decoder.fieldCountMismatches, decoder.fieldCountMismatchLines]).toEqual([2, 0, 1, [3]]);
    expect(decoder.utf8Evidence()).toEqual({multibyteRecords: 1, invalidRecords: 0, firstInvalid: null, invalidAreWindows1252: true});
  });

  it("gives a record with invalid UTF-8 its problem, naming the field and bytes in a warning, and notes the evidence", async () => {
    // Judged UTF-8 on its first 4 (ASCII) bytes.
    const {decoder, raws} = await decoderOf(bytes("id,ort\n1,", [0xd6], "rebro\n"), 100, 4);
    const record = decoder.decode(raws[0]!);
    expect(record).toMatchObject({ok: false, line: 2, problem: {line: 2, reason: "invalid UTF-8", code: "invalid-utf8", value: "0xD6 0x72"}});
    expect(record.fields).toEqual(["1", "\ufffdrebro"]);
    expect(decoder.warnings[0]!.message).toMatch(/^invalid UTF-8 \(0xD6 0x72\) in field 2 \(ort\) of the record at byte offset 7/);
    expect(decoder.utf8Evidence()).toEqual({multibyteRecords: 0, invalidRecords: 1, firstInvalid: {line: 2, offset: 7}, invalidAreWindows1252: true});
  });

  it("gives a NUL byte and a quote that never closes their problems, and remembers the quote's line", async () => {
    const nul = await decoderOf(bytes("id,x\n1,a", [0], "b\n"));
    expect(nul.decoder.decode(nul.raws[0]!)).toMatchObject({ok: false, problem: {code: "nul-byte", reason: "a NUL byte (0x00) in the row, at byte offset 8"}}); // offset in the file: 5 header bytes, then "1,a"
    const open = await decoderOf(bytes('id,x\n1,"never\n2,b\n'));
    expect(open.raws.map((r) => open.decoder.decode(r))).toEqual([expect.objectContaining({ok: false, line: 2, problem: expect.objectContaining({code: "unterminated-quote"})})]);
    expect(open.decoder.unterminatedQuoteLine).toBe(2);
    expect(open.decoder.warnings.map((w) => w.message)).toEqual([expect.stringContaining("the rest of the file (up to line")]);
  });

  it("keeps a stray quote as it is, with a warning", async () => {
    const {decoder, raws} = await decoderOf(bytes('id,x\n1,a"b\n'));
    expect(decoder.decode(raws[0]!)).toEqual({ok: true, line: 2, fields: ["1", 'a"b']});
    expect([decoder.strayQuoteRecords, decoder.warnings.length]).toEqual([1, 1]);
  });

  it("keeps at most maxWarnings warnings and counts the others", async () => {
    const {decoder, raws} = await decoderOf(bytes('id,x\n1,a"b\n2,c"d\n3,e"f\n'), 2);
    for (const r of raws) decoder.decode(r);
    expect([decoder.warnings.length, decoder.warningsOmitted]).toEqual([2, 1]);
  });
});

describe("RecordDecoder.tookFast(raw, fast)", () => {
  it("offers only clean records, and counts those taken as decode would", async () => {
    const {decoder, raws} = await decoderOf(bytes('id,x\n1,a\n2\n3,"b\n'));
    const offered: number[] = [];
    const fast = (raw: RawRecord) => {
      offered.push(raw.line);
      return raw.line !== 3;
    };
    expect(raws.map((r) => decoder.tookFast(r, fast))).toEqual([true, false, false]);
    expect(offered).toEqual([2, 3]);
    expect([decoder.records, decoder.fieldCountMismatches]).toEqual([1, 0]);
  });

  it("counts a taken record with the wrong number of fields", async () => {
    const {decoder, raws} = await decoderOf(bytes("id,x\n1,a,b\n"));
    expect(decoder.tookFast(raws[0]!, () => true)).toBe(true);
    expect([decoder.records, decoder.fieldCountMismatches, decoder.fieldCountMismatchLines]).toEqual([1, 1, [2]]);
  });
});
