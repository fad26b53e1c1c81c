import {describe, expect, it} from "vitest";
import {formatCount, formatCountOrDash, formatNumber, formatPercent, formatStatistic} from "../../../src/lib/format/number.js";

// Reference strings: Intl.NumberFormat("sv-SE") of Node 20.20.2 (ICU 78.2, CLDR 48.0, locale sv): the group separator is a
// no-break space U+00A0, the minus sign U+2212, the decimal separator a comma, and a no-break space precedes "%".
const NBSP = "\u00a0";
const MINUS = "\u2212";

describe("formatCount(n)", () => {
  it("groups thousands with a no-break space: 1154 → '1 154'", () => {
    expect(formatCount(1154)).toBe(`1${NBSP}154`);
    expect(formatCount(1234567)).toBe(`1${NBSP}234${NBSP}567`);
    expect(formatCount(999)).toBe("999");
  });

  it("writes zero and negatives with the Unicode minus (−0 stays signed, as Intl gives it)", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(-1154)).toBe(`${MINUS}1${NBSP}154`);
    expect(formatCount(-0)).toBe(`${MINUS}0`);
  });

  it("rounds a fraction half away from zero", () => {
    expect([formatCount(0.5), formatCount(1.5), formatCount(2.5), formatCount(-0.5), formatCount(2.49)]).toEqual(["1", "2", "3", `${MINUS}1`, "2"]);
  });

  it("writes NaN as 'NaN' and infinity as '∞' (no dash: callers check first)", () => {
    expect([formatCount(NaN), formatCount(Infinity)]).toEqual(["NaN", "∞"]);
  });
});

describe("formatCountOrDash(n)", () => {
  it("is a dash for zero and the count otherwise", () => {
    expect(formatCountOrDash(0)).toBe("–");
    expect(formatCountOrDash(1154)).toBe(`1${NBSP}154`);
  });
});

describe("formatNumber(x, style)", () => {
  it("drops trailing zeros up to `digits` decimals, and pads to exactly `digits` when fixed", () => {
    expect(formatNumber(2.5, {digits: 2})).toBe("2,5");
    expect(formatNumber(2.5, {digits: 2, fixed: true})).toBe("2,50");
    expect(formatNumber(3, {digits: 1})).toBe("3");
    expect(formatNumber(3, {digits: 1, fixed: true})).toBe("3,0");
    expect(formatNumber(2.456)).toBe("2");
  });

  it("rounds the decimal written, not the binary double: 1.005 → '1,01'", () => {
    expect(formatNumber(1.005, {digits: 2})).toBe("1,01");
    expect(formatNumber(1234.56, {digits: 1, fixed: true})).toBe(`1${NBSP}234,6`);
  });

  it("leaves out the grouping when asked (spreadsheet cells)", () => {
    expect(formatNumber(1234.56, {digits: 1, fixed: true, grouping: false})).toBe("1234,6");
    expect(formatNumber(12345.6, {significant: 3, grouping: false})).toBe("12300");
  });

  it("rounds to significant digits instead of decimals", () => {
    expect(formatNumber(0.000214, {significant: 2})).toBe("0,00021");
    expect(formatNumber(12345, {significant: 2})).toBe(`12${NBSP}000`);
  });

  it("signs positive and negative values but not zero, nor a value that rounds to zero", () => {
    expect(formatNumber(1.23, {digits: 1, fixed: true, signed: true})).toBe("+1,2");
    expect(formatNumber(-1.23, {digits: 1, fixed: true, signed: true})).toBe(`${MINUS}1,2`);
    expect(formatNumber(0, {digits: 1, fixed: true, signed: true})).toBe("0,0");
    expect(formatNumber(-0.04, {digits: 1, fixed: true, signed: true})).toBe("0,0");
    expect(formatNumber(-2, {signed: true})).toBe(`${MINUS}2`);
  });

  it("gives the same text on repeated calls with equal styles (one cached format per style)", () => {
    expect(formatNumber(0.05, {digits: 1, fixed: true, signed: true})).toBe("+0,1");
    expect(formatNumber(0.05, {signed: true, fixed: true, digits: 1})).toBe("+0,1");
  });
});

describe("formatPercent(share, digits)", () => {
  it("writes a share as a whole percentage with a no-break space before %: 0.27 → '27 %'", () => {
    expect(formatPercent(0.27)).toBe(`27${NBSP}%`);
    expect(formatPercent(1)).toBe(`100${NBSP}%`);
    expect(formatPercent(0)).toBe(`0${NBSP}%`);
  });

  it("always writes `digits` decimals and rounds half away from zero", () => {
    expect(formatPercent(0.4532, 1)).toBe(`45,3${NBSP}%`);
    expect(formatPercent(0.5, 1)).toBe(`50,0${NBSP}%`);
    expect(formatPercent(0.0045, 1)).toBe(`0,5${NBSP}%`);
    expect(formatPercent(0.005)).toBe(`1${NBSP}%`);
    expect(formatPercent(0.995)).toBe(`100${NBSP}%`);
  });

  it("writes a negative share with the Unicode minus and NaN as 'NaN %'", () => {
    expect(formatPercent(-0.012, 1)).toBe(`${MINUS}1,2${NBSP}%`);
    expect(formatPercent(NaN)).toBe(`NaN${NBSP}%`);
  });
});

describe("formatStatistic(x)", () => {
  it("writes two significant digits", () => {
    expect([formatStatistic(1.2649), formatStatistic(0.000214), formatStatistic(0), formatStatistic(-3.14159)]).toEqual(["1,3", "0,00021", "0", `${MINUS}3,1`]);
  });

  it("is a dash for NaN and ±Infinity", () => {
    expect([formatStatistic(NaN), formatStatistic(Infinity), formatStatistic(-Infinity)]).toEqual(["–", "–", "–"]);
  });
});
