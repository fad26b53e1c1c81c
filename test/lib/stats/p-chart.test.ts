import {describe, it, expect} from "vitest";
import {randomBinomial, randomLcg} from "d3";
import {pChart} from "../../../src/lib/stats/index.js";
import type {PChartResult, ProportionCount} from "../../../src/lib/stats/index.js";
import {expectClose, expectRounded} from "./close.js";

const N = 1000;
/** Alternating 490 and 510 of 1000: p 0.49 / 0.51 around a centre near 0.5, σ ≈ 0.0158; no rule fires on its own. */
const alternating = (k: number): number[] => Array.from({length: k}, (_, i) => (i % 2 === 0 ? 490 : 510));
const ofThousand = (events: number[]): ProportionCount[] => events.map((e) => ({events: e, n: N}));
const flagged = (r: PChartResult): number[] => r.points.flatMap((p, i) => (p.rule ? [i] : []));

describe("pChart(counts, options) limits", () => {
  it("has centre Σx/Σn and per-point limits p̄ ± 3·√(p̄(1 − p̄)/nᵢ), 2σ lines p̄ ± 2·√(…), clipped to [0, 1]", () => {
    const counts = [
      {events: 3, n: 10},
      {events: 40, n: 100},
      {events: 7, n: 25},
      {events: 300, n: 1000},
      {events: 0, n: 4}
    ];
    const r = pChart(counts);
    const pBar = (3 + 40 + 7 + 300 + 0) / (10 + 100 + 25 + 1000 + 4); // written out: Σ events / Σ n
    expectClose(r.centre, pBar, 1e-15);
    counts.forEach(({events, n}, i) => {
      const sd = Math.sqrt((pBar * (1 - pBar)) / n);
      const point = r.points[i]!;
      expectClose(point.proportion, events / n, 1e-15);
      expectClose(point.sigma, sd, 1e-14);
      expectClose(point.upper, Math.min(1, pBar + 3 * sd), 1e-14);
      expectClose(point.lower, Math.max(0, pBar - 3 * sd), 1e-14);
      expectClose(point.nearUpper, Math.min(1, pBar + 2 * sd), 1e-14);
      expectClose(point.nearLower, Math.max(0, pBar - 2 * sd), 1e-14);
      expectClose(point.z!, (events / n - pBar) / sd, 1e-12);
    });
    expect(r.points[4]!.lower).toBe(0); // n = 4: p̄ − 3σ < 0 is clipped
    expect(r.chart).toBe("p");
    expect(r.sigmaZ).toBe(1);
  });

  it("reproduces a published p-chart: p̄ 0.16, UCL 0.2378, LCL 0.0822, all ten samples in control", () => {
    // "An Introduction to Business Statistics", Example 16.6 (p. 489; fliphtml5.com/eraqv/ufcc/): defectives in 10
    // samples of 200 items: 40, 44, 22, 34, 24, 32, 28, 32, 34, 30 → p̄ = 320/2000 = 0.16, UCL = 0.2378, LCL = 0.0822,
    // "all the units fall within the upper and lower control limits".
    const r = pChart([40, 44, 22, 34, 24, 32, 28, 32, 34, 30].map((events) => ({events, n: 200})));
    expectClose(r.centre, 0.16, 1e-15);
    expectRounded(r.points[0]!.upper, 0.2378, 4);
    expectRounded(r.points[0]!.lower, 0.0822, 4);
    expect(r.points.some((p) => p.rule === "limit")).toBe(false);
  });

  it("gives each point its own limits when subgroup sizes vary (Pyzdek's bruised peaches: crates of 250, some shipments 500)", () => {
    // Pyzdek & Keller, The Handbook for Quality Management, 2nd ed., Table 9.6 "Raw Data for p Chart" (p. 178): 25
    // shipments, TOTALS 8000 peaches, 1544 bruised → p̄ = 0.193; every p in the table lies inside its own limits.
    const table: [number, number][] = [
      [47, 250], [42, 250], [55, 250], [51, 250], [46, 250], [61, 250], [39, 250], [44, 250], [41, 250], [51, 250],
      [88, 500], [101, 500], [101, 500], [40, 250], [48, 250], [47, 250], [50, 250], [48, 250], [57, 250], [45, 250],
      [43, 250], [105, 500], [98, 500], [100, 500], [96, 500]
    ];
    const r = pChart(table.map(([events, n]) => ({events, n})));
    expectClose(r.centre, 0.193, 1e-15);
    const sd250 = Math.sqrt((0.193 * 0.807) / 250);
    const sd500 = Math.sqrt((0.193 * 0.807) / 500);
    expectClose(r.points[0]!.upper, 0.193 + 3 * sd250, 1e-12); // 0.2679
    expectClose(r.points[10]!.upper, 0.193 + 3 * sd500, 1e-12); // 0.2459
    expectClose(r.points[10]!.lower, 0.193 - 3 * sd500, 1e-12); // 0.1401
    expect(r.points.some((p) => p.rule === "limit")).toBe(false);
  });

  it("flags the same share beyond the limits with a large denominator but not a small one", () => {
    const counts = [...ofThousand(alternating(12)), {events: 28, n: 50}, {events: 560, n: N}];
    const r = pChart(counts);
    expect(r.points[12]!.proportion).toBe(r.points[13]!.proportion);
    expect(r.points[12]!.rule).toBeNull();
    expect(r.points[13]).toMatchObject({rule: "limit", side: "high"});
  });
});

describe("pChart(counts, options) Making Data Count rules, one at a time (n = 1000 per point)", () => {
  it("flags nothing in an alternating series", () => {
    expect(flagged(pChart(ofThousand(alternating(20))))).toEqual([]);
  });

  it("flags only a point beyond 3σ (rule 1)", () => {
    const r = pChart(ofThousand([...alternating(10), 560, ...alternating(9)]));
    expect(r.points[10]!.proportion).toBeGreaterThan(r.points[10]!.upper);
    expect(flagged(r)).toEqual([10]);
    expect(r.points[10]).toMatchObject({rule: "limit", side: "high", variation: "special_cause_improvement"});
  });

  it("flags only the 7 points of a strictly increasing run (rule 2)", () => {
    const r = pChart(ofThousand([...alternating(8), 470, 480, 490, 500, 510, 520, 530, ...alternating(6)]));
    expect(flagged(r)).toEqual([8, 9, 10, 11, 12, 13, 14]);
    expect(r.points.slice(8, 15).every((p) => p.rule === "trend" && p.side === "high")).toBe(true);
  });

  it("flags only 2 of 3 points beyond 2σ on one side (rule 3)", () => {
    const r = pChart(ofThousand([...alternating(8), 505, 540, 545, 505, ...alternating(8)]));
    for (const i of [9, 10]) {
      expect(r.points[i]!.proportion).toBeGreaterThan(r.points[i]!.nearUpper);
      expect(r.points[i]!.proportion).toBeLessThan(r.points[i]!.upper);
    }
    expect(r.points[8]!.proportion).toBeGreaterThan(r.centre); // the third point of the window is on the same side
    expect(flagged(r)).toEqual([9, 10]);
    expect(r.points[9]!.rule).toBe("twoOfThree");
  });

  it("flags only 7 points in a row above the centre (rule 4), and orients it as concern when lower is better", () => {
    const events = [...alternating(9), 510, 505, 510, 505, 510, 505, 510, ...alternating(6)];
    const r = pChart(ofThousand(events));
    expect(flagged(r)).toEqual([9, 10, 11, 12, 13, 14, 15]);
    expect(r.points[9]).toMatchObject({rule: "shift", side: "high", variation: "special_cause_improvement"});
    expect(pChart(ofThousand(events), {improvement: "decrease"}).points[9]!.variation).toBe("special_cause_concern");
    expect(pChart(ofThousand(events), {improvement: "neutral"}).points[9]!.variation).toBe("special_cause_neither");
  });
});

describe("pChart(counts, options) trial limits, baseline and assurance", () => {
  it("marks limits from fewer than 12 points as trial limits, and not from 12", () => {
    const eleven = pChart(ofThousand(alternating(11)));
    expect(eleven.shortBaseline).toBe(true);
    expect(eleven.warnings[0]).toMatch(/trial limits/);
    const twelve = pChart(ofThousand(alternating(12)));
    expect(twelve.shortBaseline).toBe(false);
    expect(twelve.warnings).toEqual([]);
    // Fixing the limits on the first 6 of 20 points makes them trial limits again.
    expect(pChart(ofThousand(alternating(20)), {baselineLength: 6}).shortBaseline).toBe(true);
  });

  it("takes the centre from the baseline points only", () => {
    const r = pChart(ofThousand([...alternating(12), 600, 600]), {baselineLength: 12});
    expectClose(r.centre, 0.5, 1e-15);
    expect(r.baselineLength).toBe(12);
    expect(r.points[12]!.rule).toBe("limit");
  });

  it("gives assurance against the last point's limits: pass/fail consistently beyond them, hit and miss within", () => {
    // NHSRplotthedots R/ptd_calculate_assurance_type.R: the last row's upl/lpl; target > upl → increase: consistent_fail.
    const counts = [...ofThousand(alternating(12)), {events: 50, n: 100}];
    const last = pChart(counts).points[12]!; // n = 100: limits 0.5 ± 0.15
    expect(pChart(counts, {target: last.upper + 0.01}).assurance).toBe("fail_consistently");
    expect(pChart(counts, {target: last.lower - 0.01}).assurance).toBe("pass_consistently");
    expect(pChart(counts, {target: 0.6}).assurance).toBe("hit_and_miss"); // beyond the n = 1000 limits but inside the last
    expect(pChart(counts, {target: last.upper + 0.01, improvement: "decrease"}).assurance).toBe("pass_consistently");
    expect(pChart(counts, {target: 0.9, improvement: "neutral"}).assurance).toBeNull();
    expect(pChart(counts).assurance).toBeNull();
  });
});

describe("pChart(counts, {overdispersion: \"laney\"}) — Laney's p′ chart", () => {
  it("computes zᵢ, σz = mean |Δz| / 1.128 and limits p̄ ± 3·σz·√(p̄(1 − p̄)/nᵢ) (Laney 2002; qicharts2 R/qic.charts.R qic.pprime)", () => {
    const counts = [
      {events: 520, n: 1000},
      {events: 930, n: 2000},
      {events: 1620, n: 3000},
      {events: 480, n: 1000},
      {events: 1000, n: 2000}
    ];
    const r = pChart(counts, {overdispersion: "laney"});
    const pBar = (520 + 930 + 1620 + 480 + 1000) / (1000 + 2000 + 3000 + 1000 + 2000);
    const sd = counts.map(({n}) => Math.sqrt((pBar * (1 - pBar)) / n));
    const z = counts.map(({events, n}, i) => (events / n - pBar) / sd[i]!);
    let sumRanges = 0;
    for (let i = 1; i < z.length; i += 1) sumRanges += Math.abs(z[i]! - z[i - 1]!);
    const sigmaZ = sumRanges / (z.length - 1) / 1.128;
    expect(r.chart).toBe("p-prime");
    expectClose(r.sigmaZ, sigmaZ, 1e-12);
    expect(sigmaZ).toBeGreaterThan(1); // these shares vary more than binomial chance
    r.points.forEach((p, i) => {
      expectClose(p.upper, Math.min(1, pBar + 3 * sigmaZ * sd[i]!), 1e-12);
      expectClose(p.lower, Math.max(0, pBar - 3 * sigmaZ * sd[i]!), 1e-12);
    });
  });

  it("falls back to the p-chart with a warning when p̄ is 0, and needs at least 2 points", () => {
    const r = pChart([{events: 0, n: 10}, {events: 0, n: 20}], {overdispersion: "laney"});
    expect(r.sigmaZ).toBe(1);
    expect(r.points[0]!.z).toBeNull();
    expect(r.warnings.some((w) => w.includes("σz"))).toBe(true);
    expect(() => pChart([{events: 1, n: 10}], {overdispersion: "laney"})).toThrow(RangeError);
  });
});

describe("pChart(counts) simulation over seeded series with a known truth", () => {
  /** Binomial counts with per-point true shares `p(i)` and sizes `n(i)`, seeded. */
  function simulate(seed: number, length: number, n: (i: number) => number, p: (i: number, r: () => number) => number): ProportionCount[] {
    const source = randomLcg(seed);
    return Array.from({length}, (_, i) => {
      const size = n(i);
      return {events: randomBinomial.source(source)(size, p(i, source))(), n: size};
    });
  }
  const seeds = Array.from({length: 300}, (_, k) => (k + 0.5) / 300);

  it("rarely puts an in-control binomial point beyond its limits (≤ 1 % of 7 200 points; nominal 0.27 %)", () => {
    let beyond = 0;
    let total = 0;
    for (const seed of seeds) {
      const r = pChart(simulate(seed, 24, (i) => 200 + 37 * (i % 7), () => 0.3));
      beyond += r.points.filter((p) => p.rule === "limit").length;
      total += r.points.length;
    }
    expect(beyond / total).toBeLessThan(0.01);
  });

  it("finds a planted rise from 30 % to 36 % (2.6σ at n = 400) in the last 8 of 24 tertials in ≥ 90 % of series, and ≤ 5 % without it", () => {
    const highInLastEight = (rise: number): number => {
      let found = 0;
      for (const seed of seeds) {
        const r = pChart(simulate(seed, 24, () => 400, (i) => (i >= 16 ? rise : 0.3)));
        if (r.points.slice(16).some((p) => p.rule !== null && p.side === "high")) found += 1;
      }
      return found / seeds.length;
    };
    expect(highInLastEight(0.36)).toBeGreaterThanOrEqual(0.9); // measured: 291 of 300
    expect(highInLastEight(0.3)).toBeLessThanOrEqual(0.05); // measured: 2 of 300
  });

  it("with large denominators and overdispersion, the p-chart flags most points and the p′ chart few", () => {
    // True share varies between periods (uniform 0.47–0.53) with n = 20 000: binomial limits (±0.01) are far too narrow.
    let pFlags = 0;
    let primeFlags = 0;
    let total = 0;
    const sigmaZs: number[] = [];
    for (const seed of seeds.slice(0, 100)) {
      const counts = simulate(seed, 24, () => 20_000, (_, r) => 0.47 + 0.06 * r());
      pFlags += pChart(counts).points.filter((p) => p.rule === "limit").length;
      const prime = pChart(counts, {overdispersion: "laney"});
      primeFlags += prime.points.filter((p) => p.rule === "limit").length;
      sigmaZs.push(prime.sigmaZ);
      total += counts.length;
    }
    expect(pFlags / total).toBeGreaterThan(0.2);
    expect(primeFlags / total).toBeLessThan(0.02);
    expect(Math.min(...sigmaZs)).toBeGreaterThan(1.5);
  });

  it("keeps σz near 1 for binomial data (mean over 300 series within 0.9–1.1)", () => {
    const sigmaZs = seeds.map((seed) => pChart(simulate(seed, 24, () => 2000, () => 0.4), {overdispersion: "laney"}).sigmaZ);
    const mean = sigmaZs.reduce((a, b) => a + b, 0) / sigmaZs.length;
    expect(mean).toBeGreaterThan(0.9);
    expect(mean).toBeLessThan(1.1);
  });
});

describe("pChart(counts, options) input checks", () => {
  it("rejects no points, n ≤ 0, events outside [0, n], a target outside [0, 1] and an unknown overdispersion", () => {
    expect(() => pChart([])).toThrow(RangeError);
    expect(() => pChart([{events: 0, n: 0}])).toThrow(/point 0 has n = 0/);
    expect(() => pChart([{events: 5, n: 4}])).toThrow(/point 0/);
    expect(() => pChart([{events: -1, n: 4}])).toThrow(RangeError);
    expect(() => pChart([{events: 1, n: 4}], {target: 40})).toThrow(/target/);
    expect(() => pChart([{events: 1, n: 4}], {overdispersion: "x" as "laney"})).toThrow(/overdispersion/);
    expect(() => pChart([{events: 1, n: 4}], {improvement: "up" as "increase"})).toThrow(/improvement/);
  });
});
