import {describe, expect, it} from "vitest";
import {bytesChunks} from "../../../../src/lib/extract/csv/chunks.js";
import {readCsv} from "../../../../src/lib/extract/csv/read-csv.js";
import {ExtractError} from "../../../../src/lib/extract/problem.js";
import {bytes, lines, readAll} from "./helpers.js";

/** The rejection of `promise`, asserted to be an ExtractError. */
async function extractError(promise: Promise<unknown>): Promise<ExtractError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(ExtractError);
    return e as ExtractError;
  }
  throw new Error("expected an ExtractError, nothing was thrown");
}

/** Reads everything and returns the ExtractError that stopped it. */
function readError(input: string | Uint8Array, chunkSize = 65536, options = {}): Promise<ExtractError> {
  return extractError(readAll(input, chunkSize, options));
}

describe("readCsv: encodings", () => {
  it("readCsv: a UTF-8 file with byte-order mark reads the header without the mark and decodes å, ä, ö", async () => {
    const {header, records, report} = await readAll(bytes([0xef, 0xbb, 0xbf], "id;ort\r\n1;Östersund\r\n"));
    expect(header).toEqual(["id", "ort"]);
    expect(lines(records)).toEqual([[2, ["1", "Östersund"]]]);
    expect(report.encoding).toMatchObject({encoding: "utf-8", bom: true, reason: "UTF-8 byte-order mark"});
    expect(report.bytes).toBe(3 + 8 + 14);
  });

  it("readCsv: a UTF-8 file without byte-order mark is read as UTF-8", async () => {
    const {records, report} = await readAll("id,ort\n1,Östersund\n2,Malmö €\n");
    expect(lines(records)).toEqual([
      [2, ["1", "Östersund"]],
      [3, ["2", "Malmö €"]]
    ]);
    expect(report.encoding).toMatchObject({encoding: "utf-8", bom: false, reason: "valid UTF-8"});
  });

  it("readCsv: a Windows-1252 file (Ö = 0xD6, ä = 0xE4, € = 0x80) is detected, decoded and the reason gives the offset", async () => {
    const {header, records, report} = await readAll(bytes("id;ort;", [0x80], "\n1;", [0xd6, 0x73, 0x74], ";", [0xe4], "\n"));
    expect(header).toEqual(["id", "ort", "€"]);
    expect(lines(records)).toEqual([[2, ["1", "Öst", "ä"]]]);
    expect(report.encoding.encoding).toBe("windows-1252");
    expect(report.encoding.reason).toBe("invalid UTF-8 at byte offset 7 (0x80); read as Windows-1252");
  });

  it("readCsv: invalid UTF-8 after the first 64 KiB of a UTF-8 file makes that row a problem and a warning, later rows read on", async () => {
    const filler = "1;Åre\n".repeat(12_000); // 84,000 bytes: beyond the 64 KiB prefix
    const input = bytes("id;ort\n", filler, "2;", [0xd6, 0x73, 0x74], "\n3;Öst\n");
    const {records, report} = await readAll(input, 4096);
    expect(records).toHaveLength(12_002);
    const bad = records[12_000]!;
    expect(bad).toMatchObject({ok: false, line: 12_002, fields: ["2", "\uFFFDst"]});
    if (!bad.ok) expect(bad.problem).toEqual({file: "test.csv", line: 12_002, column: null, value: "0xD6 0x73", reason: "invalid UTF-8", code: "invalid-utf8"});
    expect(records[12_001]).toEqual({ok: true, line: 12_003, fields: ["3", "Öst"]});
    expect(report.encoding.encoding).toBe("utf-8");
    expect(report).toMatchObject({records: 12_002, problemRecords: 1, invalidUtf8Records: 1});
    expect(report.warnings).toEqual([{line: 12_002, message: expect.stringMatching(/^invalid UTF-8 \(0xD6 0x73\) in field 2 \(ort\)/)}]);
  });

  it("readCsv: warnings are capped at maxWarnings and the rest counted", async () => {
    const input = bytes("id;ort\n", ...Array.from({length: 5}, () => bytes("1;", [0xff], "\n")));
    const {report} = await readAll(input, 8, {sniffBytes: 8});
    expect(report.encoding.encoding).toBe("utf-8");
    expect(report).toMatchObject({invalidUtf8Records: 5, warningsOmitted: 0});
    expect(report.warnings).toHaveLength(5);
    const capped = await readAll(input, 8, {sniffBytes: 8, maxWarnings: 3});
    expect(capped.report.warnings.map((w) => w.line)).toEqual([2, 3, 4]);
    expect(capped.report.warningsOmitted).toBe(2);
  });
});

describe("readCsv: delimiters", () => {
  it.each([
    [",", "comma"],
    [";", "semicolon"],
    ["\t", "tab"]
  ])("readCsv: %j as delimiter is detected from the header and splits the records", async (d, name) => {
    const {header, records, report} = await readAll(`id${d}date${d}type\n1${d}2023-01-02${d}a\n2${d}${d}\n`);
    expect(report.delimiter.name).toBe(name);
    expect(header).toEqual(["id", "date", "type"]);
    expect(lines(records)).toEqual([
      [2, ["1", "2023-01-02", "a"]],
      [3, ["2", "", ""]]
    ]);
  });

  it("readCsv: other delimiters are ordinary characters in a semicolon file", async () => {
    const {records} = await readAll("a;b\n1,5;x\ty\n");
    expect(records[0]?.fields).toEqual(["1,5", "x\ty"]);
  });
});

describe("readCsv: line endings and line numbers", () => {
  it.each([
    ["CRLF", "\r\n"],
    ["LF", "\n"],
    ["CR", "\r"]
  ])("readCsv: %s line endings give the same records and physical line numbers", async (_, eol) => {
    const {records, report} = await readAll(["a,b", "1,2", "3,4", "5,6"].join(eol) + eol);
    expect(lines(records)).toEqual([
      [2, ["1", "2"]],
      [3, ["3", "4"]],
      [4, ["5", "6"]]
    ]);
    expect(report.lines).toBe(4);
  });

  it("readCsv: mixed line endings are each counted once and reported", async () => {
    const {records, report} = await readAll("a,b\r\n1,2\n3,4\r5,6\r\n");
    expect(records.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(report.lineEndings).toEqual({crlf: 2, lf: 1, cr: 1});
  });

  it("readCsv: a quoted field with embedded line breaks keeps them and the next records get their physical lines", async () => {
    const input = 'id,text,n\r\n1,"two\r\nlines",x\r\n2,"three\nlines\rhere",y\r\n3,plain,z\r\n';
    const {records} = await readAll(input);
    expect(lines(records)).toEqual([
      [2, ["1", "two\r\nlines", "x"]],
      [4, ["2", "three\nlines\rhere", "y"]],
      [7, ["3", "plain", "z"]]
    ]);
  });

  it("readCsv: quoted fields keep delimiters and doubled quotes become one quote", async () => {
    const {records} = await readAll('a,b,c\n"x,y","say ""hi""",""\n"""",",",z\n');
    expect(lines(records)).toEqual([
      [2, ["x,y", 'say "hi"', ""]],
      [3, ['"', ",", "z"]]
    ]);
  });

  it("readCsv: blank lines are skipped but counted, a line of delimiters is a record", async () => {
    const {records, report} = await readAll("a,b\n\n1,2\r\n\r\n\r\n,\n\n");
    expect(lines(records)).toEqual([
      [3, ["1", "2"]],
      [6, ["", ""]]
    ]);
    expect(report.emptyLines).toBe(4);
  });

  it("readCsv: blank lines before the header move the header's line", async () => {
    const {headerLine, records} = await readAll("\n\na,b\n1,2\n");
    expect(headerLine).toBe(3);
    expect(records[0]?.line).toBe(4);
  });

  it("readCsv: a trailing line break or none gives the same records; the report tells which", async () => {
    const withBreak = await readAll("a,b\n1,2\n3,4\n");
    const without = await readAll("a,b\n1,2\n3,4");
    expect(lines(without.records)).toEqual(lines(withBreak.records));
    expect(withBreak.report).toMatchObject({trailingNewline: true, lines: 3});
    expect(without.report).toMatchObject({trailingNewline: false, lines: 3});
  });

  it("readCsv: a last record ending in an empty field without a line break keeps that field", async () => {
    const {records} = await readAll("a,b\n1,");
    expect(lines(records)).toEqual([[2, ["1", ""]]]);
  });
});

describe("readCsv: malformed records", () => {
  it("readCsv: a record with the wrong number of fields is passed on and counted", async () => {
    const {records, report} = await readAll("a,b,c\n1,2,3\n1,2\n1,2,3,4\n");
    expect(records.map((r) => r.fields.length)).toEqual([3, 2, 4]);
    expect(records.every((r) => r.ok)).toBe(true);
    expect(report).toMatchObject({fieldCountMismatches: 2, fieldCountMismatchLines: [3, 4]});
  });

  it("readCsv: an unterminated quote at the end of the file is a problem on the line where the record started", async () => {
    const {records, report} = await readAll('a,b\n1,2\n3,"open\n4,5\n6,7\n');
    expect(records.slice(0, 1)).toEqual([{ok: true, line: 2, fields: ["1", "2"]}]);
    const last = records[1]!;
    expect(records).toHaveLength(2);
    expect(last).toMatchObject({ok: false, line: 3, fields: ["3", "open\n4,5\n6,7\n"]});
    if (!last.ok) {
      expect(last.problem).toMatchObject({file: "test.csv", line: 3, column: null, reason: "unterminated quoted field: the quote opened on line 3 is never closed"});
    }
    expect(report).toMatchObject({records: 2, problemRecords: 1, complete: true});
    expect(report.warnings[0]?.message).toMatch(/rest of the file \(up to line 6\)/);
  });

  it("readCsv: a quote opened on a later line of a multi-line record is named in the problem", async () => {
    const {records} = await readAll('a,b,c\n"x\ny","z\n');
    const r = records[0]!;
    expect(r.line).toBe(2);
    if (!r.ok) expect(r.problem.reason).toBe("unterminated quoted field: the quote opened on line 3 is never closed");
    else throw new Error("expected a problem record");
  });

  it("readCsv: stray quotes are kept literally and counted as a warning", async () => {
    const {records, report} = await readAll('a,b\n12" screen,"ab"c\n');
    expect(lines(records)).toEqual([[2, ['12" screen', "abc"]]]);
    expect(report.strayQuoteRecords).toBe(1);
    expect(report.warnings).toEqual([{line: 2, message: expect.stringMatching(/quote/)}]);
  });

  it("readCsv: a field of 1 MB is read whole, quoted or not", async () => {
    const big = "x".repeat(1024 * 1024);
    const quoted = "y,\n".repeat(350_000);
    const {records} = await readAll(`a,b\n1,${big}\n2,"${quoted}"\n3,z\n`, 65536);
    expect(records.map((r) => [r.line, r.fields[1]!.length])).toEqual([
      [2, big.length],
      [3, quoted.length],
      [350_004, 1]
    ]);
    expect(records[0]?.fields[1]).toBe(big);
    expect(records[1]?.fields[1]).toBe(quoted);
  });

  it("readCsv: a field longer than maxFieldBytes (a runaway quote) is fatal, naming the line and the quote", async () => {
    const input = 'a,b\n1,2\n3,"never closed\n' + "4,5\n".repeat(100);
    const error = await readError(input, 16, {maxFieldBytes: 100});
    expect(error.message).toBe("test.csv:3: a field is longer than 100 bytes; probably the quote opened on line 3 is never closed");
    expect(error.problem).toMatchObject({file: "test.csv", line: 3, column: null});
  });

  it("readCsv: a record longer than maxRecordBytes is fatal", async () => {
    const error = await readError("a,b\n" + "1,".repeat(100) + "\n", 16, {maxRecordBytes: 50});
    expect(error.message).toBe("test.csv:2: the record is longer than 50 bytes");
  });
});

describe("readCsv: empty, header only, not text", () => {
  it("readCsv: an empty file is fatal: 'file is empty'", async () => {
    const error = await readError(new Uint8Array(0));
    expect(error.message).toBe("test.csv: file is empty");
  });

  it("readCsv: a file of only a byte-order mark or only blank lines is empty too", async () => {
    expect((await readError(bytes([0xef, 0xbb, 0xbf]))).message).toBe("test.csv: file is empty (only a UTF-8 byte-order mark)");
    expect((await readError("\r\n\n\n")).message).toBe("test.csv: file is empty (only blank lines)");
  });

  it("readCsv: a header only, with or without line break, gives zero records and is not fatal", async () => {
    for (const input of ["a,b,c\n", "a,b,c", "a,b,c\r\n\r\n"]) {
      const {header, records, report} = await readAll(input);
      expect(header).toEqual(["a", "b", "c"]);
      expect(records).toEqual([]);
      expect(report).toMatchObject({records: 0, complete: true});
    }
  });

  it("readCsv: a header with a quote that is never closed is fatal, naming the line", async () => {
    const error = await readError('\nid,"name\n1,2\n');
    expect(error.message).toBe("test.csv:2: the header has a quoted field opened on line 2 that is never closed");
  });

  it("readCsv: a NUL byte in a row, early or after the first 64 KiB, sets only that row aside (ok: false, code nul-byte); later rows are read", async () => {
    for (const before of [1, 20_000]) {
      const input = bytes("a,b\n", "1,2\n".repeat(before), "3,", [0], "x\n4,5\n");
      const csv = await readCsv(bytesChunks(input, 1000), {file: "test.csv"});
      const records = [];
      for await (const r of csv.records) records.push(r);
      expect(records).toHaveLength(before + 2);
      const bad = records[before]!;
      expect(bad).toMatchObject({ok: false, line: before + 2, fields: ["3", "x"], problem: {file: "test.csv", line: before + 2, code: "nul-byte"}});
      expect(records[before + 1]).toEqual({ok: true, line: before + 3, fields: ["4", "5"]});
      expect(await csv.report).toMatchObject({records: before + 2, problemRecords: 1, complete: true});
    }
  });

  it("readCsv: binary files (PNG, xlsx, UTF-16, random bytes) are fatal ExtractErrors, never raw exceptions", async () => {
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const xlsx = bytes([0x50, 0x4b, 0x03, 0x04], "[Content_Types].xml");
    const utf16 = bytes([0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00, 0x62, 0x00]);
    for (const input of [png, xlsx, utf16]) {
      expect((await readError(input)).message).toMatch(/^test\.csv: not a text file: /);
    }
    let seed = 12345;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff;
    for (let n = 0; n < 50; n++) {
      const garbage = Uint8Array.from({length: 1 + (random() * 7)}, random);
      try {
        await readAll(garbage, 1 + (n % 5), {sniffBytes: 4});
      } catch (e) {
        expect(e).toBeInstanceOf(ExtractError);
      }
    }
  });
});

describe("readCsv: the source and the iteration", () => {
  it("readCsv: an error thrown by the chunk source becomes an ExtractError naming the file", async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield bytes("a,b\n1,2\n");
      throw new Error("EIO: i/o error, read");
    }
    const csv = await readCsv(failing(), {file: "decisions.csv", sniffBytes: 4});
    const error = await extractError(
      (async () => {
        for await (const _ of csv.records);
      })()
    );
    expect(error.message).toBe("decisions.csv: could not read the file: EIO: i/o error, read");
  });

  it("readCsv: a source failing before the first byte rejects readCsv itself", async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      throw new Error("ENOENT: no such file or directory");
    }
    const error = await extractError(readCsv(failing(), {file: "decisions.csv"}));
    expect(error.message).toBe("decisions.csv: could not read the file: ENOENT: no such file or directory");
  });

  it("readCsv: breaking out of records closes the source and resolves the report as incomplete", async () => {
    let closed = false;
    async function* source(): AsyncGenerator<Uint8Array> {
      try {
        yield bytes("a,b\n");
        for (let i = 0; i < 1000; i++) yield bytes(`${i},x\n`);
      } finally {
        closed = true;
      }
    }
    const csv = await readCsv(source(), {file: "test.csv", sniffBytes: 4});
    for await (const r of csv.records) if (r.line === 10) break;
    expect(closed).toBe(true);
    expect(await csv.report).toMatchObject({records: 9, complete: false});
  });

  it("readCsv: close() without iterating releases the source and settles the report", async () => {
    let closed = false;
    async function* source(): AsyncGenerator<Uint8Array> {
      try {
        yield bytes("a,b\n1,2\n");
        yield bytes("3,4\n");
      } finally {
        closed = true;
      }
    }
    const csv = await readCsv(source(), {file: "test.csv", sniffBytes: 4});
    await csv.close();
    expect(closed).toBe(true);
    expect(await csv.report).toMatchObject({records: 0, complete: false});
  });

  it("readCsv: a fatal condition at the start closes the source", async () => {
    let closed = false;
    async function* source(): AsyncGenerator<Uint8Array> {
      try {
        yield bytes([0x00, 0x01]);
        yield bytes("more");
      } finally {
        closed = true;
      }
    }
    await extractError(readCsv(source(), {file: "test.csv", sniffBytes: 4}));
    expect(closed).toBe(true);
  });

  it("readCsv: records can be iterated only once", async () => {
    const csv = await readCsv(bytesChunks(bytes("a\n1\n")), {file: "test.csv"});
    for await (const _ of csv.records);
    expect(() => csv.records[Symbol.asyncIterator]()).toThrow(/only once/);
  });

  it("readCsv: a header longer than the 64 KiB prefix is read on until its line break", async () => {
    const names = Array.from({length: 10_000}, (_, i) => `column_${i}`);
    const {header, records} = await readAll(names.join(";") + "\n" + "1;".repeat(9_999) + "1\n", 1000);
    expect(header).toEqual(names);
    expect(records[0]?.fields).toHaveLength(10_000);
  });
});
