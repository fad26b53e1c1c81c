import {describe, it, expect} from "vitest";
import {quantileType7} from "../../../src/lib/stats/index.js";
import {expectClose} from "./close.js";

describe("quantileType7(values, p)", () => {
  it("gives 1.9 and 9.1 for 1:10 at p = 0.1 and 0.9 (R quantile(1:10, c(.1, .9)))", () => {
    // Hand-derived from Hyndman & Fan (1996) type 7, R's default: index 1 + 9p, so 1.9 and 9.1.
    expectClose(quantileType7([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.1), 1.9, 1e-15);
    expectClose(quantileType7([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.9), 9.1, 1e-15);
  });

  it("returns the minimum, median and maximum at p = 0, 0.5 and 1", () => {
    const v = [3, -1, 7, 2];
    expect(quantileType7(v, 0)).toBe(-1);
    expectClose(quantileType7(v, 0.5), 2.5, 1e-15);
    expect(quantileType7(v, 1)).toBe(7);
  });

  it("returns an infinite value rather than NaN when both neighbours are the same infinity (as R)", () => {
    expect(quantileType7([-Infinity, -Infinity, 1, 2], 0.1)).toBe(-Infinity);
  });

  it("is non-decreasing in p (property)", () => {
    const v = [0.3, -2.1, 5.5, 1.1, 1.1, 0, 8, -0.4];
    let previous = -Infinity;
    for (let p = 0; p <= 1; p += 0.05) {
      const q = quantileType7(v, Math.min(1, p));
      expect(q).toBeGreaterThanOrEqual(previous);
      previous = q;
    }
  });

  it("throws RangeError for an empty array, NaN values and p outside [0, 1]", () => {
    expect(() => quantileType7([], 0.5)).toThrow(RangeError);
    expect(() => quantileType7([1, Number.NaN], 0.5)).toThrow(RangeError);
    expect(() => quantileType7([1, 2], 1.5)).toThrow(RangeError);
  });
});
