import {describe, expect, it} from "vitest";
import {formatLevel, formatPercentCell, formatPercentagePoints, formatSentenceShare, formatShare, formatShareRange} from "../../../src/lib/format/share.js";

// Reference strings: Intl.NumberFormat("sv-SE") of Node 20.20.2 (ICU 78.2, CLDR 48.0): no-break space U+00A0 before "%"
// and between thousands, minus sign U+2212, decimal comma.
const NBSP = "\u00a0";
const MINUS = "\u2212";

describe("formatShare(share)", () => {
  it("writes one decimal: 0.4532 → '45,3 %', 1 → '100,0 %', 0 → '0,0 %'", () => {
    expect([formatShare(0.4532), formatShare(1), formatShare(0)]).toEqual([`45,3${NBSP}%`, `100,0${NBSP}%`, `0,0${NBSP}%`]);
  });

  it("rounds at the second decimal of the percentage, half away from zero", () => {
    expect([formatShare(0.12345), formatShare(0.12355), formatShare(-0.0005)]).toEqual([`12,3${NBSP}%`, `12,4${NBSP}%`, `${MINUS}0,1${NBSP}%`]);
  });

  it("is a dash when not finite", () => {
    expect([formatShare(NaN), formatShare(Infinity)]).toEqual(["–", "–"]);
  });
});

describe("formatSentenceShare(share)", () => {
  it("writes whole percent from 10 % up and at 0, one decimal strictly between 0 and 10 %", () => {
    expect(formatSentenceShare(0.27)).toBe(`27${NBSP}%`);
    expect(formatSentenceShare(0.1)).toBe(`10${NBSP}%`);
    expect(formatSentenceShare(0.0999)).toBe(`10,0${NBSP}%`);
    expect(formatSentenceShare(0.046)).toBe(`4,6${NBSP}%`);
    expect(formatSentenceShare(0)).toBe(`0${NBSP}%`);
    expect(formatSentenceShare(1)).toBe(`100${NBSP}%`);
  });

  it("writes a negative share in whole percent, and a dash when not finite", () => {
    expect(formatSentenceShare(-0.05)).toBe(`${MINUS}5${NBSP}%`);
    expect(formatSentenceShare(NaN)).toBe("–");
  });
});

describe("formatLevel(level)", () => {
  it("names 95 % whole and 99,8 % with one decimal", () => {
    expect([formatLevel(0.95), formatLevel(0.998), formatLevel(0.9), formatLevel(0.999)]).toEqual([`95${NBSP}%`, `99,8${NBSP}%`, `90${NBSP}%`, `99,9${NBSP}%`]);
  });
});

describe("formatPercentCell(share)", () => {
  it("writes the percentage with one decimal, a decimal comma and no grouping or % sign", () => {
    expect([formatPercentCell(0.4532), formatPercentCell(12.345), formatPercentCell(0), formatPercentCell(-0.01)]).toEqual(["45,3", "1234,5", "0,0", `${MINUS}1,0`]);
  });

  it("is null (an empty cell) when not finite", () => {
    expect([formatPercentCell(NaN), formatPercentCell(-Infinity)]).toEqual([null, null]);
  });
});

describe("formatPercentagePoints(x, style)", () => {
  it("writes one decimal and the unit word by default: 6.25 → '6,3 procentenheter'", () => {
    expect(formatPercentagePoints(6.25)).toBe("6,3 procentenheter");
    expect(formatPercentagePoints(3)).toBe("3,0 procentenheter");
    expect(formatPercentagePoints(1234.5)).toBe(`1${NBSP}234,5 procentenheter`);
  });

  it("drops a trailing zero when not fixed", () => {
    expect(formatPercentagePoints(3, {fixed: false})).toBe("3 procentenheter");
    expect(formatPercentagePoints(3.04, {fixed: false})).toBe("3 procentenheter");
    expect(formatPercentagePoints(3.06, {fixed: false})).toBe("3,1 procentenheter");
  });

  it("signs a difference but not zero, and abbreviates the unit to p.e. when asked", () => {
    expect(formatPercentagePoints(12.34, {signed: true})).toBe("+12,3 procentenheter");
    expect(formatPercentagePoints(-4, {signed: true})).toBe(`${MINUS}4,0 procentenheter`);
    expect(formatPercentagePoints(0, {signed: true, unit: "p.e."})).toBe("0,0 p.e.");
    expect(formatPercentagePoints(18.5, {unit: "p.e."})).toBe("18,5 p.e.");
  });

  it("is a dash when not finite", () => {
    expect([formatPercentagePoints(NaN), formatPercentagePoints(Infinity, {signed: true})]).toEqual(["–", "–"]);
  });
});

describe("formatShareRange(lower, upper, format)", () => {
  it("shows limits beyond 0–100 % at 0 % and 100 %, with one decimal or the page's own format", () => {
    expect(formatShareRange(0.7, 1.011).replace(/\u00a0/g, " ")).toBe("70,0 %–100,0 %");
    expect(formatShareRange(-0.02, 0.5, (x) => `${Math.round(x * 100)}`)).toBe("0–50");
  });
});
