import {describe, expect, it} from "vitest";
import {readError, readFatal} from "../../../../src/lib/extract/csv/read-errors.js";
import {TokenizerError} from "../../../../src/lib/extract/csv/tokenizer.js";
import {ExtractError} from "../../../../src/lib/extract/problem.js";

const LIMITS = {maxFieldBytes: 10 * 1024 * 1024, maxRecordBytes: 1000};

describe("readFatal(file, reason, line, code)", () => {
  it("names only the file for a whole-file condition, putting its problem on line 1", () => {
    const e = readFatal("a.csv", "file is empty", null, "empty-file");
    expect(e.message).toBe("a.csv: file is empty");
    expect(e.problem).toEqual({file: "a.csv", line: 1, column: null, value: null, reason: "file is empty", code: "empty-file"});
  });

  it("names file and line otherwise, with the code 'unreadable' unless told", () => {
    const e = readFatal("a.csv", "the header is not valid UTF-8", 3);
    expect(e.message).toBe("a.csv:3: the header is not valid UTF-8");
    expect(e.problem?.code).toBe("unreadable");
  });
});

describe("readError(file, e, limits)", () => {
  it("passes an ExtractError on as it is", () => {
    const e = new ExtractError("x");
    expect(readError("a.csv", e, LIMITS)).toBe(e);
  });

  it("says a field grew too long (in MiB), hints at the quote that never closed and keeps its line", () => {
    const e = readError("a.csv", new TokenizerError("field-too-long", 7, 100, 5, "too long"), LIMITS);
    expect(e.message).toBe("a.csv:7: a field is longer than 10 MiB; probably the quote opened on line 5 is never closed");
    expect(e.quoteLine).toBe(5);
    const plain = readError("a.csv", new TokenizerError("field-too-long", 7, 100, 0, "too long"), LIMITS);
    expect([plain.message, plain.quoteLine]).toEqual(["a.csv:7: a field is longer than 10 MiB", undefined]);
  });

  it("says a record grew too long (in bytes when not whole MiB), and wraps anything else as unreadable", () => {
    expect(readError("a.csv", new TokenizerError("record-too-long", 2, 0, 0, "x"), LIMITS).message).toBe("a.csv:2: the record is longer than 1000 bytes");
    expect(readError("a.csv", new Error("EIO"), LIMITS).message).toBe("a.csv: could not read the file: EIO");
    expect(readError("a.csv", "boom", LIMITS).message).toBe("a.csv: could not read the file: boom");
  });
});
