import {randomLcg} from "d3";
import {describe, expect, it} from "vitest";
import {bytes, lines, readAll, type ReadAll} from "./helpers.js";

/** What must not depend on how the input is cut into chunks. */
function summary(result: ReadAll) {
  const {report} = result;
  return {
    header: result.header,
    headerLine: result.headerLine,
    records: result.records,
    encoding: report.encoding.encoding,
    delimiter: report.delimiter.delimiter,
    counts: [report.records, report.problemRecords, report.invalidUtf8Records, report.fieldCountMismatches, report.strayQuoteRecords, report.emptyLines, report.lines, report.bytes],
    lineEndings: report.lineEndings,
    trailingNewline: report.trailingNewline
  };
}

/** Reads `input` in chunks of every size from 1 byte to the whole file and expects the same result each time. */
async function expectSameForEveryChunkSize(input: Uint8Array, sniffBytes: number): Promise<ReadAll> {
  const whole = await readAll(input, input.length, {sniffBytes});
  const expected = summary(whole);
  for (let size = 1; size <= input.length; size++) {
    const result = summary(await readAll(input, size, {sniffBytes}));
    expect({size, ...result}).toEqual({size, ...expected});
  }
  return whole;
}

// Every hard case in one small UTF-8 file: byte-order mark, 2-, 3- and 4-byte characters, quoted
// delimiters, doubled quotes, CRLF, LF and CR (also inside quotes), blank lines, an invalid byte, no final line break.
const UTF8_FILE = bytes(
  [0xef, 0xbb, 0xbf],
  '"id";"ort, län";anm\r\n',
  '1;Östersund;"säger ""hej""; €"\r\n',
  "\r\n",
  '2;"Malmö\r\nC";𝄞\n',
  '3;"a\rb";"x\n\ny"\r',
  "\n\n",
  "4;bad ",
  [0xc3, 0x28],
  ";z\r\n",
  "5;Åre;"
);

describe("readCsv: chunk boundaries", () => {
  it("readCsv: a UTF-8 file cut into chunks of every size from 1 byte up gives identical records, lines and report", async () => {
    for (const sniffBytes of [4, 65536]) {
      const {header, records, report} = await expectSameForEveryChunkSize(UTF8_FILE, sniffBytes);
      expect(header).toEqual(["id", "ort, län", "anm"]);
      expect(lines(records)).toEqual([
        [2, ["1", "Östersund", 'säger "hej"; €']],
        [4, ["2", "Malmö\r\nC", "𝄞"]],
        [6, ["3", "a\rb", "x\n\ny"]],
        [11, ["4", "bad \uFFFD(", "z"]],
        [12, ["5", "Åre", ""]]
      ]);
      expect(records.map((r) => r.ok)).toEqual([true, true, true, false, true]);
      expect(report).toMatchObject({emptyLines: 2, lines: 12, trailingNewline: false, lineEndings: {crlf: 6, lf: 4, cr: 1}});
    }
  });

  it("readCsv: a Windows-1252 file cut into chunks of every size gives identical records", async () => {
    const file = bytes([0xd6], "rt\tn\r\n", [0xc5], "re\t1\r\n", '"', [0xe4], 'r\t\r\nx"\t2\r\n', "Kiruna\t", [0x80], "\r\n");
    const {header, records, report} = await expectSameForEveryChunkSize(file, 4);
    expect(report.encoding.encoding).toBe("windows-1252");
    expect(header).toEqual(["Ört", "n"]);
    expect(lines(records)).toEqual([
      [2, ["Åre", "1"]],
      [3, ["är\t\r\nx", "2"]],
      [5, ["Kiruna", "€"]]
    ]);
  });

  it("readCsv: a UTF-8 file without mark whose multi-byte characters straddle the 4-byte sniff prefix stays UTF-8 for every chunk size", async () => {
    const file = bytes("ab,Ö€\n1,ÅÄÖ\n2,𝄞𝄞\n");
    const {header, records, report} = await expectSameForEveryChunkSize(file, 4);
    expect(report.encoding.encoding).toBe("utf-8");
    expect(header).toEqual(["ab", "Ö€"]);
    expect(lines(records)).toEqual([
      [2, ["1", "ÅÄÖ"]],
      [3, ["2", "𝄞𝄞"]]
    ]);
  });
});

describe("readCsv: random files", () => {
  it("readCsv: 300 random files (random quoting, delimiters, line endings, blank lines, multi-byte text) read back exactly, in random chunk sizes", async () => {
    const random = randomLcg(0.20240601); // seeded: the same files every run
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const pieces = ["a", "b", "Ö", "€", "𝄞", ",", ";", "\t", '"', "\r", "\n", "\r\n", " ", "x"];
    for (let round = 0; round < 300; round++) {
      const delimiter = pick([",", ";", "\t"]);
      const columns = 2 + Math.floor(random() * 4);
      const header = Array.from({length: columns}, (_, i) => `c${i}`);
      const rows = Array.from({length: Math.floor(random() * 8)}, () =>
        Array.from({length: columns}, () => Array.from({length: Math.floor(random() * 5)}, () => pick(pieces)).join(""))
      );
      const eols = ["\n", "\r\n", "\r"];
      let text = header.join(delimiter);
      const starts: number[] = [];
      for (const row of rows) {
        text += pick(eols);
        while (random() < 0.2) text += pick(eols); // blank lines
        starts.push(text.length);
        text += row
          .map((field) => {
            const needsQuotes = field.includes(delimiter) || /["\r\n]/.test(field);
            return needsQuotes || random() < 0.2 ? `"${field.replaceAll('"', '""')}"` : field;
          })
          .join(delimiter);
      }
      if (random() < 0.5) text += pick(eols);
      const expected = rows.map((fields, k): [number, string[]] => {
        const before = text.slice(0, starts[k]);
        return [1 + (before.match(/\r\n|\r|\n/g)?.length ?? 0), fields];
      });
      const chunkSize = 1 + Math.floor(random() * 24);
      const result = await readAll(text, chunkSize, {sniffBytes: 4});
      expect({round, text, header: result.header, records: lines(result.records)}).toEqual({round, text, header, records: expected});
      expect(result.records.every((r) => r.ok)).toBe(true);
      expect(result.report.delimiter.delimiter).toBe(delimiter);
    }
  });
});
