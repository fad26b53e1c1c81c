import {describe, expect, it} from "vitest";
import {countInWords, listInWords} from "../../../src/lib/format/words.js";

describe("listInWords(items)", () => {
  it("joins names with commas and a final och, and is empty for none", () => {
    expect(listInWords([])).toBe("");
    expect(listInWords(["Nord"])).toBe("Nord");
    expect(listInWords(["Nord", "Öst"])).toBe("Nord och Öst");
    expect(listInWords(["Nord", "Mitt", "Öst"])).toBe("Nord, Mitt och Öst");
  });
});

describe("countInWords(n, neuter, {zero, upTo})", () => {
  it("writes whole counts up to twelve in words, ett for a neuter noun, larger ones in figures", () => {
    expect(countInWords(0)).toBe("noll");
    expect(countInWords(1)).toBe("en");
    expect(countInWords(1, true)).toBe("ett");
    expect(countInWords(12)).toBe("tolv");
    expect(countInWords(13)).toBe("13");
    expect(countInWords(1154).replace(/\u00a0/g, " ")).toBe("1 154");
  });

  it("says ingen for zero and stops at upTo when a sentence asks", () => {
    expect(countInWords(0, false, {zero: "ingen"})).toBe("ingen");
    expect(countInWords(10, false, {upTo: 10})).toBe("tio");
    expect(countInWords(11, false, {upTo: 10})).toBe("11");
  });
});
