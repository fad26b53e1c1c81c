import {describe, expect, it} from "vitest";
import {MONTH_NAMES_SV, monthLabel, monthName} from "../../../src/lib/format/month.js";

describe("monthName(month, short)", () => {
  it("names the twelve months in Swedish, lower case", () => {
    expect(MONTH_NAMES_SV).toHaveLength(12);
    expect([monthName(1), monthName(3), monthName(5), monthName(12)]).toEqual(["januari", "mars", "maj", "december"]);
  });

  it("shortens to the first three letters ('mar', 'maj', 'jun', 'okt')", () => {
    expect(MONTH_NAMES_SV.map((_, i) => monthName(i + 1, true))).toEqual(["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]);
  });

  it("is undefined outside 1–12 and for a fraction", () => {
    expect([monthName(0), monthName(13), monthName(1.5), monthName(NaN)]).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe("monthLabel(month)", () => {
  it("writes 'feb 2023' for '2023-02'", () => {
    expect([monthLabel("2023-02"), monthLabel("2024-12"), monthLabel("2022-05")]).toEqual(["feb 2023", "dec 2024", "maj 2022"]);
  });

  it("returns the text itself when it is not a month", () => {
    expect([monthLabel("2023-13"), monthLabel("2023-00"), monthLabel("2023T2"), monthLabel("")]).toEqual(["2023-13", "2023-00", "2023T2", ""]);
  });
});
