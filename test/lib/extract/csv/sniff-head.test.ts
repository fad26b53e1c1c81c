import {describe, expect, it} from "vitest";
import {ChunkSource} from "../../../../src/lib/extract/csv/chunk-source.js";
import {bytesChunks} from "../../../../src/lib/extract/csv/chunks.js";
import {sniffHead, type SniffOptions} from "../../../../src/lib/extract/csv/sniff-head.js";
import {ExtractError} from "../../../../src/lib/extract/problem.js";
import {bytes} from "./helpers.js";

const OPTIONS: SniffOptions = {file: "test.csv", sniffBytes: 64 * 1024, maxFieldBytes: 1024, maxRecordBytes: 4096};

function head(input: Uint8Array, chunkSize = 65536, options: Partial<SniffOptions> = {}) {
  return sniffHead(new ChunkSource(bytesChunks(input, chunkSize), "test.csv"), {...OPTIONS, ...options});
}

async function refusal(input: Uint8Array, options: Partial<SniffOptions> = {}): Promise<ExtractError> {
  const error = await head(input, 65536, options).then(
    () => null,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(ExtractError);
  return error as ExtractError;
}

describe("sniffHead(source, options)", () => {
  it("reads encoding, delimiter and header, leaving the records in the tokenizer", async () => {
    const h = await head(bytes([0xef, 0xbb, 0xbf], "id;ort\r\n1;Östersund\r\n"));
    expect(h.encoding).toMatchObject({encoding: "utf-8", bom: true});
    expect(h.delimiter.delimiter).toBe(";");
    expect([h.headerLine, h.header]).toEqual([1, ["id", "ort"]]);
    expect(h.atEnd).toBe(true);
    const raw = h.tokenizer.next();
    expect(raw?.line).toBe(2);
    expect(h.decode(raw!.bytes).split("\0")).toEqual(["1", "Östersund"]);
  });

  it("reads past the first sniffBytes when the header is longer, whatever the chunk size", async () => {
    const long = "a".repeat(300);
    for (const size of [1, 7, 1000]) {
      const h = await head(bytes(`${long},b\n1,2\n`), size, {sniffBytes: 16});
      expect(h.header).toEqual([long, "b"]);
      expect(h.delimiter.delimiter).toBe(",");
    }
  });

  it("finds the header after blank lines, on its own physical line", async () => {
    const h = await head(bytes("\n\nid,x\n1,2\n"));
    expect([h.headerLine, h.header]).toEqual([3, ["id", "x"]]);
  });

  it("reads with a forced encoding unless a byte-order mark says otherwise", async () => {
    const forced = {encoding: "windows-1252", bom: false, skip: 0, reason: "forced", warning: null} as const;
    const h = await head(bytes("id,ort\n1,", [0xd6], "rebro\n"), 65536, {encoding: forced});
    expect(h.encoding).toBe(forced);
    expect(h.decode(h.tokenizer.next()!.bytes)).toBe("1\0Örebro");
    expect((await head(bytes([0xef, 0xbb, 0xbf], "id\n1\n"), 65536, {encoding: forced})).encoding.encoding).toBe("utf-8");
  });

  it("refuses an empty file, a file of blank lines, a header quote that never closes and a header that is not UTF-8", async () => {
    expect((await refusal(bytes(""))).message).toBe("test.csv: file is empty");
    expect((await refusal(bytes("\n\n\n"))).message).toBe("test.csv: file is empty (only blank lines)");
    expect((await refusal(bytes([0xef, 0xbb, 0xbf])))).toMatchObject({message: "test.csv: file is empty (only a UTF-8 byte-order mark)"});
    expect((await refusal(bytes('id,"x\n1,2\n'))).problem).toMatchObject({line: 1, reason: "the header has a quoted field opened on line 1 that is never closed"});
    // Judged UTF-8 on its first 4 (ASCII) bytes, the header then holds a byte that is not UTF-8.
    expect((await refusal(bytes("identity,", [0xe9], "\n1,2\n"), {sniffBytes: 4})).message).toBe("test.csv:1: the header is not valid UTF-8");
  });

  it("refuses a first line longer than a record may be", async () => {
    expect((await refusal(bytes("x".repeat(5000)), {sniffBytes: 4, maxRecordBytes: 100})).message).toMatch(/^test\.csv: no line break in the first \d+ bytes: the header is not a CSV header$/);
  });
});
