import {describe, it, expect} from "vitest";
import {benjaminiHochberg} from "../../../src/lib/stats/index.js";
import {expectClose} from "./close.js";

/** Definition written out directly: q_i = min(1, min over j with p_j ≥ p_i of m·p_j / rank_j), rank = ascending position. */
function bruteForceBH(p: number[]): number[] {
  const m = p.length;
  const sorted = [...p].sort((a, b) => a - b);
  return p.map((pi) => {
    let best = Infinity;
    sorted.forEach((pj, j) => {
      if (pj >= pi) best = Math.min(best, (m * pj) / (j + 1));
    });
    return Math.min(1, best);
  });
}

describe("benjaminiHochberg(pValues)", () => {
  it("reproduces R's BH adjustment for statsmodels' pval0 (R multtest mt.rawp2adjp, column BH)", () => {
    // statsmodels statsmodels/stats/tests/test_multi.py: pval0 and res_multtest1 (sorted raw p, column 6 = BH), generated with R.
    const pval0 = [0.838541367553, 0.642193923795, 0.680845947633, 0.967833824309, 0.71626938238, 0.177096952723,
      5.23656777208e-5, 0.0202732688798, 0.00028140506198, 0.0149877310796];
    const sortedRaw = [5.23656777208e-5, 2.8140506198e-4, 1.49877310796e-2, 2.02732688798e-2, 1.77096952723e-1,
      6.42193923795e-1, 6.80845947633e-1, 7.1626938238e-1, 8.38541367553e-1, 9.67833824309e-1];
    const bh = [5.2365677720800005e-4, 1.4070253098999999e-3, 4.995910359866667e-2, 5.0683172199499998e-2,
      3.5419390544599999e-1, 8.9533672797500008e-1, 8.9533672797500008e-1, 8.9533672797500008e-1,
      9.3171263061444454e-1, 9.67833824309e-1];
    const q = benjaminiHochberg(pval0);
    pval0.forEach((p, i) => {
      const k = sortedRaw.indexOf(p);
      expectClose(q[i] as number, bh[k] as number, 1e-14);
    });
  });

  it("reproduces R's BH adjustment for statsmodels' res_multtest3 p-values", () => {
    // statsmodels test_multi.py res_multtest3: raw p (column 0) and BH (column 6) from R.
    const raw = [0.001, 0.002, 0.003, 0.004, 0.005, 0.05, 0.06, 0.07, 0.08, 0.09];
    const bh = [0.01, 0.01, 0.01, 0.01, 0.01, 0.08333333333333334, 0.0857142857142857, 0.0875, 0.0888888888888889, 0.09];
    benjaminiHochberg(raw).forEach((q, i) => expectClose(q, bh[i] as number, 1e-14));
  });

  it("agrees with the brute-force definition, including ties, and keeps the input order", () => {
    const p = [0.04, 0.01, 0.04, 0.2, 0.003, 0.5, 0.04, 1, 0, 0.011];
    const q = benjaminiHochberg(p);
    bruteForceBH(p).forEach((v, i) => expectClose(q[i] as number, v, 1e-15));
  });

  it("gives q ≥ p, q ≤ 1 and q monotone in p order (property over pseudo-random inputs)", () => {
    let seed = 12345;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let trial = 0; trial < 50; trial += 1) {
      const p = Array.from({length: 1 + (trial % 17)}, () => random() ** 3);
      const q = benjaminiHochberg(p);
      p.forEach((pi, i) => {
        expect(q[i]).toBeGreaterThanOrEqual(pi);
        expect(q[i]).toBeLessThanOrEqual(1);
        p.forEach((pj, j) => {
          if (pi < pj) expect(q[i]).toBeLessThanOrEqual(q[j] as number);
        });
      });
    }
  });

  it("returns [] for [] and p unchanged for a single p-value", () => {
    expect(benjaminiHochberg([])).toEqual([]);
    expect(benjaminiHochberg([0.03])).toEqual([0.03]);
  });

  it("passes NaN through and leaves it out of m (as p.adjust with NA)", () => {
    const q = benjaminiHochberg([0.01, Number.NaN, 0.04]);
    expect(Number.isNaN(q[1])).toBe(true);
    expectClose(q[0] as number, 0.02, 1e-15);
    expectClose(q[2] as number, 0.04, 1e-15);
  });

  it("throws RangeError for p-values outside [0, 1]", () => {
    expect(() => benjaminiHochberg([0.5, 1.2])).toThrow(RangeError);
    expect(() => benjaminiHochberg([-0.01])).toThrow(RangeError);
  });
});
