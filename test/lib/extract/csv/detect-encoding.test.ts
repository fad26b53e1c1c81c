import {describe, expect, it} from "vitest";
import {detectEncoding, isWindows1252, lateEncoding, scanUtf8, wholeFileUtf8Reason} from "../../../../src/lib/extract/csv/detect-encoding.js";
import {bytes} from "./helpers.js";

function detected(input: Uint8Array, atEnd = true) {
  const verdict = detectEncoding(input, atEnd);
  if (!verdict.ok) throw new Error(`expected a text verdict, got: ${verdict.reason}`);
  return verdict.detection;
}

describe("detectEncoding", () => {
  it("detectEncoding: a UTF-8 byte-order mark gives UTF-8 with 3 bytes to skip", () => {
    const d = detected(bytes([0xef, 0xbb, 0xbf], "id;ort\n1;Öst\n"));
    expect(d).toMatchObject({encoding: "utf-8", bom: true, skip: 3, reason: "UTF-8 byte-order mark", warning: null});
  });

  it("detectEncoding: valid UTF-8 without a mark is UTF-8 and says so", () => {
    const d = detected(bytes("id;ort\n1;Öst\n"));
    expect(d).toMatchObject({encoding: "utf-8", bom: false, skip: 0, reason: "valid UTF-8", warning: null});
  });

  it("detectEncoding: pure ASCII is UTF-8, with the reason noting ASCII only and the range checked", () => {
    expect(detected(bytes("a,b\n1,2\n")).reason).toBe("valid UTF-8 (ASCII only)");
    expect(detected(bytes("a,b\n1,2\n"), false).reason).toBe("valid UTF-8 in the first 8 bytes (ASCII only)");
  });

  it("detectEncoding: Windows-1252 bytes ('Öst' = D6 73 74) are invalid UTF-8 and read as Windows-1252, naming the offset", () => {
    const d = detected(bytes("id;ort\n1;", [0xd6, 0x73, 0x74], "\n"));
    expect(d.encoding).toBe("windows-1252");
    expect(d.reason).toBe("invalid UTF-8 at byte offset 9 (0xD6 0x73); read as Windows-1252");
    expect(d.warning).toBeNull();
    expect(new TextDecoder(d.encoding).decode(bytes([0xd6, 0x73, 0x74]))).toBe("Öst");
  });

  it("detectEncoding: as many valid UTF-8 letters as invalid bytes is UTF-8 with a mixed-encoding warning (the damaged rows are set aside)", () => {
    const d = detected(bytes("Öst,", [0xe4], "\n"));
    expect(d.encoding).toBe("utf-8");
    expect(d.reason).toBe("UTF-8: 1 valid multi-byte character(s) against 1 invalid sequence(s), the first at byte offset 5 (0xE4 0x0A)");
    expect(d.warning).toMatch(/mixes encodings/);
  });

  it("detectEncoding: more invalid bytes than valid UTF-8 letters is Windows-1252 with a mixed-encoding warning", () => {
    const d = detected(bytes("Öst,", [0xe4], ",", [0xf6], "\n"));
    expect(d.encoding).toBe("windows-1252");
    expect(d.warning).toMatch(/1 valid UTF-8 multi-byte sequence.*mix encodings/);
  });

  it("detectEncoding: a multi-byte character cut off at the end of the prefix is valid unless the prefix is the whole file", () => {
    const cut = bytes("a,b\n1,", [0xc3]);
    expect(detected(cut, false).encoding).toBe("utf-8");
    expect(detected(cut, true).encoding).toBe("windows-1252");
  });

  it("detectEncoding: one NUL byte is damage in a row (the file is text); many mean UTF-16 without a mark or a binary file", () => {
    expect(detectEncoding(bytes("a,b\n1,", [0], "x\n2,y\n3,z\n4,w\n5,v\n6,u\n7,t\n8,s\n"), true).ok).toBe(true);
    const utf16 = Uint8Array.from(Buffer.from("a,b\n1,2\n", "utf16le"));
    const v = detectEncoding(utf16, true);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.reason).toMatch(/^not a text file: 8 NUL bytes in the first 16 bytes \(first at byte offset 1\): UTF-16 without a byte-order mark/);
  });

  it("lateEncoding(evidence): Windows-1252 when invalid UTF-8 came late, no record held a UTF-8 letter and the bytes are Windows-1252; else null", () => {
    const late = {multibyteRecords: 0, invalidRecords: 2, firstInvalid: {line: 2001, offset: 70_000}, invalidAreWindows1252: true};
    expect(lateEncoding(late)).toMatchObject({encoding: "windows-1252", bom: false, skip: 0, reason: expect.stringContaining("line 2001 (byte offset 70000)")});
    expect(lateEncoding({...late, multibyteRecords: 1})).toBeNull();
    expect(lateEncoding({...late, invalidAreWindows1252: false})).toBeNull();
    expect(lateEncoding({...late, invalidRecords: 0, firstInvalid: null})).toBeNull();
  });

  it("isWindows1252(bytes): false only for the five bytes Windows-1252 leaves undefined", () => {
    const undefinedBytes = [...Array(256).keys()].filter((b) => !isWindows1252(Uint8Array.of(b)));
    expect(undefinedBytes).toEqual([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
  });

  it("detectEncoding: UTF-16 with a byte-order mark is refused with advice", () => {
    const v = detectEncoding(bytes([0xff, 0xfe, 0x61, 0x00]), true);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.reason).toMatch(/not a text file: it is UTF-16 text.*save it as UTF-8/);
  });

  it("detectEncoding: an Excel workbook (ZIP signature) is refused and named", () => {
    const v = detectEncoding(bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), true);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.reason).toMatch(/not a text file: .*Excel workbook \(\.xlsx\)/);
  });

  it("detectEncoding: binary noise without NUL bytes (many control characters) is not a text file", () => {
    const noise = Uint8Array.from({length: 400}, (_, i) => [0x01, 0x41, 0x9f, 0x07, 0xff, 0x1b, 0x42][i % 7]!);
    const v = detectEncoding(noise, true);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.reason).toMatch(/^not a text file: \d+ control characters/);
  });

  it("detectEncoding: a single stray control character in text is tolerated", () => {
    expect(detected(bytes("a,b\n1,x\x07y\n" + "2,zzzzzzzzzzzz\n".repeat(20))).encoding).toBe("utf-8");
  });
});

describe("scanUtf8", () => {
  it("scanUtf8: agrees with TextDecoder's fatal mode on every 1- to 3-byte sequence starting with a lead byte", () => {
    const fatal = new TextDecoder("utf-8", {fatal: true});
    const valid = (a: Uint8Array): boolean => {
      try {
        fatal.decode(a);
        return true;
      } catch {
        return false;
      }
    };
    const seconds = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff];
    for (let lead = 0x80; lead <= 0xff; lead++) {
      for (const second of seconds) {
        for (const third of [0x80, 0xbf, 0x41]) {
          for (const fourth of [0x80, 0x41]) {
            const a = Uint8Array.from([lead, second, third, fourth]);
            expect([lead, second, third, fourth, scanUtf8(a).invalidAt < 0]).toEqual([lead, second, third, fourth, valid(a)]);
          }
        }
      }
    }
  });

  it("scanUtf8: reports the offset of the first invalid sequence and counts multi-byte sequences before it", () => {
    expect(scanUtf8(bytes("ÖÄ", [0xed, 0xa0, 0x80]))).toEqual({invalidAt: 4, invalidLength: 2, multibyte: 2});
    expect(scanUtf8(bytes("€ok"))).toEqual({invalidAt: -1, invalidLength: 0, multibyte: 1});
  });

  it("wholeFileUtf8Reason(evidence): says the whole file was checked, or how many rows were set aside for invalid UTF-8", () => {
    const none = {multibyteRecords: 0, invalidRecords: 0, firstInvalid: null, invalidAreWindows1252: true};
    expect(wholeFileUtf8Reason(none)).toBe("valid UTF-8, whole file checked (ASCII only)");
    expect(wholeFileUtf8Reason({...none, multibyteRecords: 3})).toBe("valid UTF-8, whole file checked");
    expect(wholeFileUtf8Reason({...none, multibyteRecords: 3, invalidRecords: 1, firstInvalid: {line: 9, offset: 700}})).toBe("UTF-8: 3 row(s) hold UTF-8 letters; 1 row(s) with invalid UTF-8 (first on line 9) are set aside");
  });
});
