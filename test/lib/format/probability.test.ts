import {describe, expect, it} from "vitest";
import {formatProbability, probabilityEquation} from "../../../src/lib/format/probability.js";

// Reference strings: Intl.NumberFormat("sv-SE", {maximumFractionDigits: 3}) of Node 20.20.2 (ICU 78.2, CLDR 48.0).
const NBSP = "\u00a0";

describe("formatProbability(x)", () => {
  it("writes at most three decimals with a decimal comma", () => {
    expect([formatProbability(0.0123), formatProbability(0.5), formatProbability(1), formatProbability(0)]).toEqual(["0,012", "0,5", "1", `<${NBSP}0,001`]);
  });

  it("writes '< 0,001' with a no-break space below 0.001, and the value itself from 0.001", () => {
    expect(formatProbability(0.00099)).toBe(`<${NBSP}0,001`);
    expect(formatProbability(0.001)).toBe("0,001");
    expect(formatProbability(0.0014)).toBe("0,001");
    expect(formatProbability(0.9996)).toBe("1");
  });

  it("is a dash for NaN and infinity (a unit not assessed)", () => {
    expect([formatProbability(NaN), formatProbability(Infinity)]).toEqual(["–", "–"]);
  });
});

describe("probabilityEquation(name, x)", () => {
  it("writes 'q = 0,012', and 'q < 0,001' with no-break spaces so it does not wrap", () => {
    expect(probabilityEquation("q", 0.0123)).toBe("q = 0,012");
    expect(probabilityEquation("q", 0.0001)).toBe(`q${NBSP}<${NBSP}0,001`);
    expect(probabilityEquation("p", NaN)).toBe("p = –");
  });
});
