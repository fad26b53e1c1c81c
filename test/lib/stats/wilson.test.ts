import {describe, it, expect} from "vitest";
import {wilsonInterval} from "../../../src/lib/stats/index.js";
import {expectClose, Z95, Z998} from "./close.js";

// PHEindicatormethods 2.1.0, tests/testthat/testdata_Byars_Wilson.xlsx, sheet testdata_B_W, rows method = "Wilson"
// (x, n, level, lowercl, uppercl); values are the full-precision Excel results the package's testWilson.R compares to.
const pheWilson: [number, number, number, number, number][] = [
  [65, 100, 0.95, 0.55254443296887967, 0.73635751756902468],
  [1045, 5000, 0.95, 0.19795549880013297, 0.22049130373189027],
  [0.445, 1, 0.95, 4.3817447720588223e-2, 0.93346212769791559],
  [65, 100, 0.998, 0.49549465740704313, 0.77835406140896968],
  [1045, 5000, 0.998, 0.19179381799015244, 0.22731562902525818],
  [0.445, 1, 0.998, 1.9347006132900975e-2, 0.97022599470195414]
];

// PHEindicatormethods 2.1.0, tests/testthat/testdata_Proportion.xlsx, sheet testdata_Prop (multiplier 1):
// Numerator, Denominator, lower95_0cl, upper95_0cl, lower99_8cl, upper99_8cl (the phe_proportion fixture).
const pheProportion: [number, number, number, number, number, number][] = [
  [1, 100, 1.7674320641406511e-3, 5.4486196178705294e-2, 8.73065697299977e-4, 0.10455445283705821],
  [5, 100, 2.154367915436798e-2, 0.11175046923191911, 1.3865320725997183e-2, 0.16458852282596442],
  [20, 100, 0.1333669333310325, 0.28882916559315885, 0.10519162066711432, 0.3471109417008601],
  [9856, 12345, 0.79121017529090687, 0.80536400736149094, 0.7869924108419063, 0.80930614125896261],
  [7776456, 7564336677, 1.0273201001641094e-3, 1.0287644578977231e-3, 1.0269040118442213e-3, 1.0291812992698397e-3],
  [222, 3215, 6.0791690363636595e-2, 7.8339566813836331e-2, 5.647101964624248e-2, 8.4184141852701344e-2],
  [999, 3456, 0.27418951080009873, 0.30440389662818057, 0.26583995768074953, 0.31344754492799848]
];

describe("wilsonInterval(x, n, level)", () => {
  it.each(pheWilson)("reproduces PHEindicatormethods wilson_lower/upper for x = %d, n = %d, level = %d", (x, n, level, lo, up) => {
    const ci = wilsonInterval(x, n, level);
    expectClose(ci.lower, lo, 1e-9);
    expectClose(ci.upper, up, 1e-9);
  });

  it.each(pheProportion)("reproduces the phe_proportion 95%% and 99.8%% limits for %d / %d", (x, n, lo95, up95, lo998, up998) => {
    const a = wilsonInterval(x, n, 0.95);
    const b = wilsonInterval(x, n, 0.998);
    expectClose(a.lower, lo95, 1e-9);
    expectClose(a.upper, up95, 1e-9);
    expectClose(b.lower, lo998, 1e-9);
    expectClose(b.upper, up998, 1e-9);
  });

  it("is [0, z²/(n+z²)] when x = 0", () => {
    // Closed form of the Wilson limits at x = 0 (derived by hand from the score-interval formula), z = R's qnorm(0.975).
    for (const n of [1, 7, 100, 12345]) {
      const ci = wilsonInterval(0, n, 0.95);
      expect(ci.lower).toBe(0);
      expectClose(ci.upper, (Z95 * Z95) / (n + Z95 * Z95), 1e-12);
    }
  });

  it("is [n/(n+z²), 1] when x = n", () => {
    for (const n of [1, 7, 100]) {
      const ci = wilsonInterval(n, n, 0.998);
      expect(ci.upper).toBe(1);
      expectClose(ci.lower, n / (n + Z998 * Z998), 1e-12);
    }
  });

  it("is [0, 1] when n = 0", () => {
    expect(wilsonInterval(0, 0, 0.95)).toEqual({lower: 0, upper: 1});
  });

  it("contains x/n and stays inside [0, 1] (property over a grid)", () => {
    for (const n of [1, 2, 5, 13, 50, 400]) {
      for (let x = 0; x <= n; x += Math.max(1, Math.floor(n / 9))) {
        for (const level of [0.5, 0.8, 0.95, 0.998]) {
          const ci = wilsonInterval(x, n, level);
          expect(ci.lower).toBeGreaterThanOrEqual(0);
          expect(ci.upper).toBeLessThanOrEqual(1);
          expect(ci.lower).toBeLessThanOrEqual(x / n);
          expect(ci.upper).toBeGreaterThanOrEqual(x / n);
        }
      }
    }
  });

  it("widens as the level grows and narrows as n grows at a fixed proportion", () => {
    const levels = [0.5, 0.8, 0.9, 0.95, 0.99, 0.998];
    const widths = levels.map((level) => {
      const ci = wilsonInterval(30, 100, level);
      return ci.upper - ci.lower;
    });
    for (let i = 1; i < widths.length; i += 1) expect(widths[i]).toBeGreaterThan(widths[i - 1] as number);
    const w = [10, 100, 1000].map((n) => {
      const ci = wilsonInterval(0.3 * n, n, 0.95);
      return ci.upper - ci.lower;
    });
    expect(w[1]).toBeLessThan(w[0] as number);
    expect(w[2]).toBeLessThan(w[1] as number);
  });

  it("throws RangeError for negative n, x > n, negative x and level outside (0, 1)", () => {
    expect(() => wilsonInterval(1, -1, 0.95)).toThrow(RangeError);
    expect(() => wilsonInterval(5, 4, 0.95)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 4, 0.95)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 4, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 4, 1)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 4, 95)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 4, Number.NaN)).toThrow(RangeError);
  });
});
