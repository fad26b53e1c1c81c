import Papa from "papaparse";
import {describe, expect, it} from "vitest";
import {createRandom} from "../../../loaders/sample/random.js";
import {csvLines, toCsv} from "../../../src/lib/format/csv.js";
import {csvCells, liveFormulaCells} from "../../helpers/csv-cells.js";

// OWASP, "CSV Injection" (owasp.org/www-community/attacks/CSV_Injection): the example payloads and the
// characters a cell must not start with (=, +, -, @, tab, carriage return).
const PAYLOADS = [
  "=1+1",
  "+1+1",
  "-1+1",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '=HYPERLINK("http://x","y")',
  "\t=1+1",
  "\r=1+1",
  '=HYPERLINK("http://x","y"),\nsecond line',
  '=1+1;"a, b"\r\nc',
  "-3"
];

describe("csvLines(rows) with OWASP's payloads", () => {
  it.each(PAYLOADS.map((p) => [JSON.stringify(p), p] as const))("writes %s as text: a leading ' and quoted", (_name, payload) => {
    const text = csvLines([["before", payload, "after"]]);
    expect(text).toBe(`before,"'${payload.replace(/"/g, '""')}",after\n`);
    expect(csvCells(text)).toEqual([["before", `'${payload}`, "after"]]);
    expect(liveFormulaCells(text)).toEqual([]);
  });

  it("neutralises a multi-line formula, which papaparse's own escapeFormulae: true leaves live (papaparse 5.7.1)", () => {
    const payload = "=1+1\nx";
    expect(csvCells(Papa.unparse([[payload]], {escapeFormulae: true}))).toEqual([[payload]]);
    expect(csvCells(csvLines([[payload]]))).toEqual([[`'${payload}`]]);
  });

  it("leaves a full-width look-alike (＝, U+FF1D), which no spreadsheet runs as a formula, as it is", () => {
    expect(csvLines([["＝1+1", "＠SUM(1)"]])).toBe("＝1+1,＠SUM(1)\n");
  });

  it("writes a value that starts with a quote (\"=1+1\") quoted and unprefixed: a spreadsheet reads it as text starting with \"", () => {
    const text = csvLines([['"=1+1"']]);
    expect(text).toBe('"""=1+1"""\n');
    expect(csvCells(text)).toEqual([['"=1+1"']]);
  });

  it("leaves a formula character inside a value alone", () => {
    expect(csvLines([["a=1+1", "x-1", "2023-01-02"]])).toBe("a=1+1,x-1,2023-01-02\n");
  });
});

describe("csvLines(rows): numbers lika writes as numbers", () => {
  it("writes negative and positive numbers as they are: -3 stays -3, only the string '-3' is neutralised", () => {
    expect(csvLines([[-3, 0, 12.5, -0.25, "-3"]])).toBe("-3,0,12.5,-0.25,\"'-3\"\n");
  });

  it("writes booleans as true/false and null or undefined as an empty cell", () => {
    expect(csvLines([[true, false, null, undefined, "x"]])).toBe("true,false,,,x\n");
  });
});

describe("csvLines(rows, {delimiter})", () => {
  it("quotes a delimiter, a quote, a line break and whitespace at either edge, and nothing else", () => {
    expect(csvLines([["a,b", 'say "hi"', "two\nlines", " lead", "trail\u00a0", "plain text", "å ä ö"]])).toBe('"a,b","say ""hi""","two\nlines"," lead","trail\u00a0",plain text,å ä ö\n');
    expect(csvLines([["a;b", "a,b"]], {delimiter: ";"})).toBe('"a;b";a,b\n');
  });

  it("is empty for no rows, so batches can be joined", () => {
    expect(csvLines([])).toBe("");
    expect(csvLines([["a"]]) + csvLines([]) + csvLines([["b"]])).toBe("a\nb\n");
  });
});

describe("toCsv(header, rows, {delimiter, bom})", () => {
  it("writes a header, the rows and a final line break; Swedish Excel's form with ';' and a BOM", () => {
    expect(toCsv(["Område", "Beslut"], [["Nord", 3], ["Syd", -1]], {delimiter: ";", bom: true})).toBe("\uFEFFOmråde;Beslut\nNord;3\nSyd;-1\n");
  });

  it("neutralises formulas in the header as in the rows", () => {
    const text = toCsv(["=cmd", "n"], [["@SUM(1)", 1]], {delimiter: ";"});
    expect(text).toBe("\"'=cmd\";n\n\"'@SUM(1)\";1\n");
    expect(liveFormulaCells(text, ";")).toEqual([]);
  });
});

describe("csvLines(rows, {delimiter}) against papaparse's unparse", () => {
  // The writer hands papaparse only the cells it would change; this holds it to papaparse 5.7.1 itself with
  // OWASP's formula characters and quotes at whitespace edges, on seeded random cells made of the tricky characters.
  const ALPHABET = ["a", "å", "1", "-", "=", "+", "@", "'", '"', ",", ";", "\t", "\r", "\n", " ", "\u00a0", "\uFEFF", "＝", "|"];
  const random = createRandom(20261208);
  const cell = (): string | number | boolean | null => {
    const kind = random.int(0, 9);
    if (kind === 0) return random.int(-1000, 1000) / 4;
    if (kind === 1) return null;
    if (kind === 2) return random.chance(0.5);
    return Array.from({length: random.int(0, 6)}, () => ALPHABET[random.int(0, ALPHABET.length - 1)]).join("");
  };
  const rows = Array.from({length: 2000}, () => Array.from({length: random.int(1, 5)}, cell));

  it.each([",", ";", "\t"] as const)("writes what papaparse writes with delimiter %j", (delimiter) => {
    const quotes = (value: unknown) => typeof value === "string" && (/^\s/.test(value) || /\s$/.test(value));
    const expected = rows.map((row) => Papa.unparse([row], {delimiter, newline: "\n", escapeFormulae: /^[=+\-@\t\r]/, quotes}) + "\n").join("");
    expect(csvLines(rows, {delimiter})).toBe(expected);
  });
});
