import {describe, expect, it} from "vitest";
import {detectDelimiter} from "../../../../src/lib/extract/csv/detect-delimiter.js";
import {bytes} from "./helpers.js";

function found(text: string) {
  const scan = detectDelimiter(bytes(text), 0, true);
  if (scan.kind !== "found") throw new Error(`expected a header, got ${scan.kind}`);
  return scan;
}

describe("detectDelimiter", () => {
  it("detectDelimiter: commas in the header give comma, with the counts as reason", () => {
    const {detection} = found("decision_id,case_id,date\n1;2;3;4;5\n");
    expect(detection).toEqual({delimiter: ",", name: "comma", ambiguous: false, reason: "header has 2 commas (and no semicolons and no tabs) outside quotes"});
  });

  it("detectDelimiter: semicolons give semicolon (Swedish Excel export)", () => {
    expect(found("beslut_id;ärende_id;datum\r\n").detection).toMatchObject({delimiter: ";", name: "semicolon"});
  });

  it("detectDelimiter: tabs give tab", () => {
    expect(found("a\tb\tc,d\n").detection).toMatchObject({delimiter: "\t", name: "tab"});
  });

  it("detectDelimiter: delimiters inside quotes do not count, doubled quotes included", () => {
    expect(found('"a,b,c";"d,""e"",f";g\n').detection.delimiter).toBe(";");
  });

  it("detectDelimiter: a quoted header field spanning lines is read to its end", () => {
    expect(found('"a\n,,,,";b;c\n1,2,3,4,5,6\n').detection.delimiter).toBe(";");
  });

  it("detectDelimiter: a header without any delimiter is one column, comma assumed", () => {
    expect(found("decision_id\n1\n").detection).toMatchObject({delimiter: ",", ambiguous: false, reason: expect.stringMatching(/single column/)});
  });

  it("detectDelimiter: equally many commas and semicolons is flagged ambiguous and comma is chosen", () => {
    expect(found("a,b;c\n").detection).toMatchObject({delimiter: ",", ambiguous: true, reason: expect.stringMatching(/ambiguous, chose comma/)});
  });

  it("detectDelimiter: blank lines before the header are skipped and give its line number", () => {
    expect(found("\r\n\n\ra;b\n").line).toBe(4);
  });

  it("detectDelimiter: asks for more bytes until the header line ends or the input does", () => {
    expect(detectDelimiter(bytes("a;b;c"), 0, false)).toEqual({kind: "need-more"});
    expect(detectDelimiter(bytes('"a;\n'), 0, false)).toEqual({kind: "need-more"});
    expect(detectDelimiter(bytes("a;b;c"), 0, true).kind).toBe("found");
  });

  it("detectDelimiter: only line breaks is blank; a quote never closed is reported with its line", () => {
    expect(detectDelimiter(bytes("\n\r\n"), 0, true)).toEqual({kind: "blank"});
    expect(detectDelimiter(bytes('\na,"b\nc'), 0, true)).toEqual({kind: "unterminated-quote", line: 2});
  });

  it("detectDelimiter: starts at the given offset (after a byte-order mark)", () => {
    expect(detectDelimiter(bytes([0xef, 0xbb, 0xbf], "a\tb\n"), 3, true)).toMatchObject({kind: "found", line: 1, detection: {name: "tab"}});
  });
});
