import {describe, it, expect} from "vitest";
import {overdispersion} from "../../../src/lib/stats/index.js";
import {expectClose, expectRounded} from "./close.js";

// FunnelPlotR 0.6.0, tests/testthat/test-classes_methods.R (and test-funnel_plot.R): the default funnel_plot(dt, num, denom, group),
// i.e. data_type "SR", sr_method "SHMI" (log scale, truncation at 10 %), gives round(phi, 6) == 2.948033.
const funnelPlotRData = [
  {numerator: 100, denominator: 108},
  {numerator: 150, denominator: 112},
  {numerator: 180, denominator: 165},
  {numerator: 80, denominator: 95},
  {numerator: 120, denominator: 100},
  {numerator: 225, denominator: 220}
];

/** R's type-7 quantile, written from its 1-based definition (independent of quantileType7). */
function rQuantile(values: number[], p: number): number {
  const x = [...values].sort((a, b) => a - b);
  const index = 1 + (x.length - 1) * p;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const h = index - lo;
  const xl = x[lo - 1] as number;
  const xh = x[hi - 1] as number;
  return h === 0 ? xl : xl + h * (xh - xl);
}

/** τ² of FunnelPlotR's tau_func, recomputed from its definition. */
function tau2Of(n: number, phi: number, s: number[]): number {
  if (n * phi < n - 1) return 0;
  const w = s.map((v) => 1 / (v * v));
  const sw = w.reduce((a, b) => a + b, 0);
  const sw2 = w.reduce((a, b) => a + b * b, 0);
  return Math.max(0, (n * phi - (n - 1)) / (sw - sw2 / sw));
}

describe("overdispersion(units, {type: \"ratio\"})", () => {
  it("reproduces FunnelPlotR's phi = 2.948033 for its six-unit SR test data", () => {
    const result = overdispersion(funnelPlotRData, {type: "ratio"});
    expectRounded(result.phi, 2.948033, 6);
    expect(result.target).toBe(1);
    expect(result.nUsed).toBe(6);
  });

  it("computes z = √E·ln(O/E), τ² from the DerSimonian–Laird form with w = E, and zAdjusted = ln(O/E)/√(1/E + τ²)", () => {
    // Derived from FunnelPlotR R/od_adjustment.R definitions (no published τ² for this data): with six units none is truncated.
    const result = overdispersion(funnelPlotRData, {type: "ratio"});
    const z = funnelPlotRData.map((u) => Math.sqrt(u.denominator) * Math.log(u.numerator / u.denominator));
    const phi = z.reduce((a, b) => a + b * b, 0) / 6;
    const tau2 = tau2Of(6, phi, funnelPlotRData.map((u) => 1 / Math.sqrt(u.denominator)));
    expectClose(result.phi, phi, 1e-12);
    expectClose(result.tau2, tau2, 1e-12);
    expect(result.tau2).toBeGreaterThan(0);
    z.forEach((zi, i) => expectClose(result.z[i] as number, zi, 1e-12));
    funnelPlotRData.forEach((u, i) => {
      const y = Math.log(u.numerator / u.denominator);
      expectClose(result.zAdjusted[i] as number, y / Math.sqrt(1 / u.denominator + tau2), 1e-12);
    });
  });

  it("truncates by rank: with 20 units and trim 0.1 the two lowest and two highest z-scores are left out", () => {
    // FunnelPlotR truncation(): bucket = floor(rank·10/21), kept when 0 < bucket < 9 → ranks 3..18 kept (hand-derived).
    const units = Array.from({length: 20}, (_, i) => ({numerator: 40 + 3 * i + (i % 3) * 5, denominator: 60 + (i % 4) * 7}));
    const result = overdispersion(units, {type: "ratio"});
    const order = result.z.map((z, i) => ({z, i})).sort((a, b) => a.z - b.z).map(({i}) => i);
    const expectedTrimmed = new Set([...order.slice(0, 2), ...order.slice(18)]);
    result.trimmed.forEach((t, i) => expect(t).toBe(expectedTrimmed.has(i)));
    expect(result.nUsed).toBe(16);
    const kept = result.z.filter((_, i) => !expectedTrimmed.has(i));
    const phi = kept.reduce((a, b) => a + b * b, 0) / 16;
    expectClose(result.phi, phi, 1e-12);
    const keptS = units.filter((_, i) => !expectedTrimmed.has(i)).map((u) => 1 / Math.sqrt(u.denominator));
    expectClose(result.tau2, tau2Of(16, phi, keptS), 1e-12);
  });

  it("winsorises instead when asked (trimming: \"winsorise\")", () => {
    const units = Array.from({length: 12}, (_, i) => ({numerator: 30 + 4 * i * (i % 2 ? 1 : -0.5), denominator: 50 + i}));
    const result = overdispersion(units, {type: "ratio", trimming: "winsorise", trim: 0.1});
    const z = units.map((u) => Math.sqrt(u.denominator) * Math.log(u.numerator / u.denominator));
    const lz = rQuantile(z, 0.1);
    const uz = rQuantile(z, 0.9);
    const zw = z.map((v) => Math.min(uz, Math.max(lz, v)));
    expectClose(result.phi, zw.reduce((a, b) => a + b * b, 0) / 12, 1e-12);
    expect(result.nUsed).toBe(12);
  });

  it("gives z = −∞ for a unit with O = 0, which truncation removes from φ", () => {
    const units = [{numerator: 0, denominator: 5}, ...Array.from({length: 11}, (_, i) => ({numerator: 10 + i, denominator: 12}))];
    const result = overdispersion(units, {type: "ratio"});
    expect(result.z[0]).toBe(-Infinity);
    expect(result.trimmed[0]).toBe(true);
    expect(Number.isFinite(result.phi)).toBe(true);
  });
});

describe("overdispersion(units, {type: \"proportion\"})", () => {
  // Data of FunnelPlotR's dev/workingout_binom.R (num, denom); expected values derived here from FunnelPlotR's PR definitions
  // (R/od_adjustment.R: y = asin√(num/den), θ = asin√(Σnum/Σden), s = 1/(2√den), winsorisation with type-7 quantiles).
  const num = [12, 30, 26, 50, 42, 71, 4, 29, 48, 36];
  const den = [82, 98, 100, 125, 162, 151, 12, 100, 82, 99];
  const units = num.map((numerator, i) => ({numerator, denominator: den[i] as number}));
  const target = num.reduce((a, b) => a + b, 0) / den.reduce((a, b) => a + b, 0);
  const theta = Math.asin(Math.sqrt(target));
  const s = den.map((d) => 1 / (2 * Math.sqrt(d)));
  const y = units.map((u) => Math.asin(Math.sqrt(u.numerator / u.denominator)));
  const z = y.map((v, i) => (v - theta) / (s[i] as number));

  it("uses the pooled proportion Σnum/Σden as target and arcsine z-scores", () => {
    const result = overdispersion(units, {type: "proportion"});
    expectClose(result.target, target, 1e-15);
    z.forEach((zi, i) => expectClose(result.z[i] as number, zi, 1e-12));
  });

  it("winsorises z at the 10 % and 90 % type-7 quantiles, then φ = Σz_w²/n and τ² by the DerSimonian–Laird form", () => {
    const result = overdispersion(units, {type: "proportion"});
    const lz = rQuantile(z, 0.1);
    const uz = rQuantile(z, 0.9);
    const zw = z.map((v) => (v < lz ? lz : v > uz ? uz : v));
    const phi = zw.reduce((a, b) => a + b * b, 0) / 10;
    const tau2 = tau2Of(10, phi, s);
    expectClose(result.phi, phi, 1e-12);
    expectClose(result.tau2, tau2, 1e-12);
    expect(result.trimmed.filter(Boolean).length).toBe(2);
    y.forEach((v, i) => expectClose(result.zAdjusted[i] as number, (v - theta) / Math.sqrt((s[i] as number) ** 2 + tau2), 1e-12));
  });

  it("with trim = 0 gives the unwinsorised φ of FunnelPlotR's dev/workingout_binom.R", () => {
    const result = overdispersion(units, {type: "proportion", trim: 0});
    expectClose(result.phi, z.reduce((a, b) => a + b * b, 0) / 10, 1e-12);
  });

  it("has τ² = 0 when n·φ < n − 1 (underdispersed units) and then zAdjusted = z", () => {
    const calm = [50, 51, 49, 50, 50, 51].map((numerator) => ({numerator, denominator: 100}));
    const result = overdispersion(calm, {type: "proportion"});
    expect(6 * result.phi).toBeLessThan(5);
    expect(result.tau2).toBe(0);
    result.z.forEach((zi, i) => expectClose(result.zAdjusted[i] as number, zi, 1e-15));
  });

  it("shrinks every |z| when τ² > 0 (|zAdjusted| ≤ |z|)", () => {
    const result = overdispersion(units, {type: "proportion"});
    expect(result.tau2).toBeGreaterThan(0);
    result.z.forEach((zi, i) => expect(Math.abs(result.zAdjusted[i] as number)).toBeLessThanOrEqual(Math.abs(zi)));
  });

  it("handles x = 0 and x = n units (angles 0 and π/2)", () => {
    const result = overdispersion([{numerator: 0, denominator: 20}, {numerator: 20, denominator: 20}, {numerator: 9, denominator: 20}], {type: "proportion"});
    expect(result.z.every(Number.isFinite)).toBe(true);
  });

  it("throws RangeError for no units, a zero denominator, a numerator above its denominator and a bad trim", () => {
    expect(() => overdispersion([], {type: "proportion"})).toThrow(RangeError);
    expect(() => overdispersion([{numerator: 1, denominator: 0}], {type: "proportion"})).toThrow(RangeError);
    expect(() => overdispersion([{numerator: 5, denominator: 4}], {type: "proportion"})).toThrow(RangeError);
    expect(() => overdispersion([{numerator: -1, denominator: 4}], {type: "ratio"})).toThrow(RangeError);
    expect(() => overdispersion([{numerator: 1, denominator: 4}], {type: "ratio", trim: 0.5})).toThrow(RangeError);
  });
});
