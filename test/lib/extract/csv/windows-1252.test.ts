import {describe, expect, it} from "vitest";
import {windows1252Decoder} from "../../../../src/lib/extract/csv/windows-1252.js";

describe("windows1252Decoder", () => {
  const decode = windows1252Decoder();

  it("windows1252Decoder: bytes 0x80–0x9F decode per the WHATWG table (€, ‚, ’, “, ”, –, —, Š, Ÿ), also on Node versions that treat it as Latin-1", () => {
    expect(decode(Uint8Array.from([0x80, 0x82, 0x92, 0x93, 0x94, 0x96, 0x97, 0x8a, 0x9f]))).toBe("€‚’“”–—ŠŸ");
  });

  it("windows1252Decoder: the five unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 code points of the same value", () => {
    expect(decode(Uint8Array.from([0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toBe("\u0081\u008d\u008f\u0090\u009d");
  });

  it("windows1252Decoder: ASCII and 0xA0–0xFF are the code points of the same value (Ö = 0xD6, å = 0xE5)", () => {
    const all = Uint8Array.from({length: 256}, (_, i) => i);
    const text = decode(all);
    expect(text).toHaveLength(256);
    for (let i = 0; i < 256; i++) if (i < 0x80 || i >= 0xa0) expect(text.charCodeAt(i)).toBe(i);
    expect(decode(Uint8Array.from([0xd6, 0x73, 0x74, 0x20, 0xe5]))).toBe("Öst å");
  });
});
