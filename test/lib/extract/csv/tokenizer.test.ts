import {describe, expect, it} from "vitest";
import {CsvTokenizer, type RawRecord} from "../../../../src/lib/extract/csv/tokenizer.js";
import {bytes} from "./helpers.js";

const options = {delimiter: 0x2c, maxFieldBytes: 1000, maxRecordBytes: 4000};

function fields(r: RawRecord | null): [number, string[]] | null {
  return r === null ? null : [r.line, new TextDecoder().decode(r.bytes).split("\0")];
}

describe("CsvTokenizer", () => {
  it("CsvTokenizer.next: returns one record at a time and null when the chunk is consumed", () => {
    const t = new CsvTokenizer(options);
    t.push(bytes("a,b\n1,2\n3"));
    expect(fields(t.next())).toEqual([1, ["a", "b"]]);
    expect(fields(t.next())).toEqual([2, ["1", "2"]]);
    expect(t.next()).toBeNull();
    expect(t.needsInput).toBe(true);
    t.push(bytes(",4"));
    expect(t.next()).toBeNull();
    expect(fields(t.finish())).toEqual([3, ["3", "4"]]);
    expect(t.finish()).toBeNull();
  });

  it("CsvTokenizer: a CRLF split between two chunks is one line break and no blank line", () => {
    const t = new CsvTokenizer(options);
    t.push(bytes("a\r"));
    expect(fields(t.next())).toEqual([1, ["a"]]);
    expect(t.next()).toBeNull();
    t.push(bytes("\nb\r\n"));
    expect(fields(t.next())).toEqual([2, ["b"]]);
    expect(t.next()).toBeNull();
    expect(t.emptyLines).toBe(0);
    expect(t.lineEndings).toEqual({crlf: 2, lf: 0, cr: 0});
  });

  it("CsvTokenizer.push: refuses a chunk while the previous one is not consumed", () => {
    const t = new CsvTokenizer(options);
    t.push(bytes("a\nb\n"));
    t.next();
    expect(() => t.push(bytes("c\n"))).toThrow(/not consumed/);
  });

  it("CsvTokenizer: a NUL byte is dropped from its field and marks only its own record (offset counted from the given start offset)", () => {
    const t = new CsvTokenizer({...options, offset: 3});
    t.push(bytes("a\n\"b\n", [0], "c\",d\ne,f\n"));
    expect(fields(t.next())).toEqual([1, ["a"]]);
    const damaged = t.next();
    expect(fields(damaged)).toEqual([2, ["b\nc", "d"]]);
    expect(damaged?.nulOffset).toBe(8);
    const next = t.next();
    expect([fields(next), next?.nulOffset]).toEqual([[4, ["e", "f"]], -1]);
  });

  it("CsvTokenizer: a NUL byte at the start of a field, in an unquoted field and after a closing quote are each marked", () => {
    for (const [input, expected] of [[bytes([0], "x,y\n"), ["x", "y"]], [bytes("x", [0], "1,y\n"), ["x1", "y"]], [bytes('"x"', [0], ",y\n"), ["x", "y"]]] as const) {
      const t = new CsvTokenizer(options);
      t.push(input);
      const r = t.next();
      expect([fields(r), r?.nulOffset !== -1]).toEqual([[1, expected], true]);
    }
  });

  it("CsvTokenizer: a quote at the start of a field on a line in literalQuoteLines is kept as text and marks its record (brokenQuoteLine)", () => {
    const t = new CsvTokenizer({...options, literalQuoteLines: [2]});
    t.push(bytes('a,b\n1,"x\n2,"y"\n'));
    expect(fields(t.next())).toEqual([1, ["a", "b"]]);
    const broken = t.next();
    expect([fields(broken), broken?.brokenQuoteLine]).toEqual([[2, ["1", '"x']], 2]);
    const after = t.next();
    expect([fields(after), after?.brokenQuoteLine]).toEqual([[3, ["2", "y"]], 0]);
  });
});
