import {dersimonianLairdTau2} from "./dersimonian-laird.js";
import {normalQuantile} from "./dists.js";
import {quantileType7} from "./quantile.js";

export interface OverdispersionUnit {
  /** Events (proportion: successes; ratio: observed count O). */
  numerator: number;
  /** Proportion: trials n; ratio: expected count E. */
  denominator: number;
}

export interface OverdispersionOptions {
  /** "proportion": arcsine scale against the pooled proportion; "ratio": log(O/E) against 1 (FunnelPlotR's SR/"SHMI"). */
  type: "proportion" | "ratio";
  /** Fraction trimmed at each end before estimating φ (default 0.1). */
  trim?: number;
  /**
   * How the extreme z-scores are treated. Defaults follow FunnelPlotR 0.6: "winsorise" for proportions (PR),
   * "truncate" (drop the units in the outer trim fractions by rank, the SHMI method) for ratios (SR, sr_method "SHMI").
   */
  trimming?: "winsorise" | "truncate";
}

export interface OverdispersionResult {
  /** Target on the original scale: Σnumerator/Σdenominator for proportions, 1 for ratios. */
  target: number;
  /** Dispersion ratio φ = Σ z_w² / n_used (z_w the winsorised z-scores, or the kept ones after truncation). */
  phi: number;
  /** Additive between-unit variance on the transformed scale (DerSimonian–Laird form), 0 when n·φ < n − 1. */
  tau2: number;
  /** Unadjusted z-scores (y − θ)/s per unit, in input order. */
  z: number[];
  /** Overdispersion-adjusted z-scores (y − θ)/√(s² + τ²) per unit, in input order. */
  zAdjusted: number[];
  /** Per unit: true if it was winsorised (clamped) or truncated (left out of φ and τ²). */
  trimmed: boolean[];
  /** Number of units entering φ and τ² (all units when winsorising; the kept ones when truncating). */
  nUsed: number;
}

/** Average ranks (1-based) with ties sharing their mean rank, as R's rank(ties.method = "average"). */
function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({v, i})).sort((a, b) => a.v - b.v);
  const ranks = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && (order[end + 1] as {v: number}).v === (order[start] as {v: number}).v) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k += 1) ranks[(order[k] as {i: number}).i] = rank;
    start = end + 1;
  }
  return ranks;
}

/**
 * Overdispersion of a set of units for funnel plots, following FunnelPlotR 0.6 (Spiegelhalter 2005, "Handling
 * over-dispersion of performance indicators"). Proportions: y = asin√(num/den), θ = asin√(Σnum/Σden), s = 1/(2√den).
 * Ratios: y = ln(O/E), θ = 0, s = 1/√E. z = (y − θ)/s is winsorised (type-7 quantiles) or truncated at `trim`,
 * φ = Σz_w²/n, τ² = max(0, (nφ − (n − 1)) / (Σw − Σw²/Σw)) with w = 1/s² (0 when nφ < n − 1), and
 * zAdjusted = (y − θ)/√(s² + τ²). trim = 0 trims nothing (φ is then the plain mean of z²). A ratio unit with O = 0 has z = −∞ (as in FunnelPlotR); unless it is trimmed away φ is then infinite.
 * Throws RangeError for no units, a denominator ≤ 0, a negative numerator, a proportion numerator above its denominator,
 * or trim ∉ [0, 0.5).
 */
export function overdispersion(units: readonly OverdispersionUnit[], options: OverdispersionOptions): OverdispersionResult {
  const fn = "overdispersion";
  const {type} = options;
  if (type !== "proportion" && type !== "ratio") throw new RangeError(`${fn}: options.type must be "proportion" or "ratio"`);
  const trim = options.trim ?? 0.1;
  if (!(trim >= 0 && trim < 0.5)) throw new RangeError(`${fn}: trim must be in [0, 0.5), got ${String(trim)}`);
  const trimming = options.trimming ?? (type === "ratio" ? "truncate" : "winsorise");
  if (units.length === 0) throw new RangeError(`${fn}: at least one unit is required`);
  for (const [i, u] of units.entries()) {
    if (!(Number.isFinite(u.denominator) && u.denominator > 0)) {
      throw new RangeError(`${fn}: unit ${i} has denominator ${String(u.denominator)}; it must be > 0`);
    }
    if (!(Number.isFinite(u.numerator) && u.numerator >= 0)) {
      throw new RangeError(`${fn}: unit ${i} has numerator ${String(u.numerator)}; it must be ≥ 0`);
    }
    if (type === "proportion" && u.numerator > u.denominator) {
      throw new RangeError(`${fn}: unit ${i} has numerator ${u.numerator} above its denominator ${u.denominator}`);
    }
  }

  let target: number;
  let theta: number;
  const y: number[] = [];
  const s: number[] = [];
  if (type === "proportion") {
    const sumNum = units.reduce((acc, u) => acc + u.numerator, 0);
    const sumDen = units.reduce((acc, u) => acc + u.denominator, 0);
    target = sumNum / sumDen;
    theta = Math.asin(Math.sqrt(target));
    for (const u of units) {
      y.push(Math.asin(Math.sqrt(u.numerator / u.denominator)));
      s.push(1 / (2 * Math.sqrt(u.denominator)));
    }
  } else {
    target = 1;
    theta = 0;
    for (const u of units) {
      y.push(Math.log(u.numerator / u.denominator));
      s.push(1 / Math.sqrt(u.denominator));
    }
  }
  const z = y.map((yi, i) => (yi - theta) / (s[i] as number));

  const n = z.length;
  let used: number[]; // z-scores entering φ
  let usedS: number[]; // their standard errors
  let trimmed: boolean[];
  if (trim === 0) {
    // Nothing is trimmed (truncation would otherwise put every unit in an outer bucket of width 1/0).
    used = z;
    usedS = s;
    trimmed = z.map(() => false);
  } else if (trimming === "winsorise") {
    const w = winsorisedDispersion(z, trim);
    used = w.winsorised;
    usedS = s;
    trimmed = w.trimmed;
  } else {
    // Truncation as NHS Digital's SHMI: bucket units by rank into 1/trim groups and drop the two outer buckets.
    const k = 1 / trim;
    const ranks = averageRanks(z);
    trimmed = ranks.map((r) => {
      const bucket = Math.floor((r * k) / (n + 1));
      return !(bucket > 0 && bucket < k - 1);
    });
    used = z.filter((_, i) => !trimmed[i]);
    usedS = s.filter((_, i) => !trimmed[i]);
  }

  const nUsed = used.length;
  const phi = nUsed === 0 ? NaN : used.reduce((acc, zi) => acc + zi * zi, 0) / nUsed;
  // With a single unit the weight spread is 0 and τ² is not estimable: dersimonianLairdTau2 reports 0.
  const tau2 = nUsed === 0 ? 0 : dersimonianLairdTau2(nUsed * phi, usedS.map((si) => 1 / (si * si)));
  const zAdjusted = y.map((yi, i) => (yi - theta) / Math.sqrt((s[i] as number) ** 2 + tau2));
  return {target, phi, tau2, z, zAdjusted, trimmed, nUsed};
}

/**
 * z-scores winsorised at their `trim` and 1 − `trim` type-7 quantiles (Spiegelhalter 2005; FunnelPlotR), and
 * φ = mean of the winsorised z². trim = 0 changes nothing. NaN φ for no z-scores. Throws RangeError for trim ∉ [0, 0.5).
 */
export function winsorisedDispersion(z: readonly number[], trim: number): {phi: number; winsorised: number[]; trimmed: boolean[]} {
  if (!(trim >= 0 && trim < 0.5)) throw new RangeError(`winsorisedDispersion: trim must be in [0, 0.5), got ${String(trim)}`);
  if (z.length === 0) return {phi: NaN, winsorised: [], trimmed: []};
  const lz = trim === 0 ? -Infinity : quantileType7(z, trim);
  const uz = trim === 0 ? Infinity : quantileType7(z, 1 - trim);
  const winsorised = z.map((zi) => (zi < lz ? lz : zi > uz ? uz : zi));
  return {phi: winsorised.reduce((acc, zi) => acc + zi * zi, 0) / z.length, winsorised, trimmed: z.map((zi) => zi < lz || zi > uz)};
}

/**
 * E[W²] for a standard normal Z winsorised at its `trim` and 1 − `trim` quantiles ±a (a = Φ⁻¹(1 − trim)):
 * (1 − 2·trim) − 2aφ(a) + 2·trim·a², 0.679 at trim 0.1 and 1 at trim 0. The winsorised φ of units that differ by chance
 * alone is about this, so dividing by it gives a dispersion ratio that is about 1 under no overdispersion.
 * Throws RangeError for trim ∉ [0, 0.5).
 */
export function winsorisedNormalSecondMoment(trim: number): number {
  if (!(trim >= 0 && trim < 0.5)) throw new RangeError(`winsorisedNormalSecondMoment: trim must be in [0, 0.5), got ${String(trim)}`);
  if (trim === 0) return 1;
  const a = normalQuantile(1 - trim);
  const density = Math.exp(-0.5 * a * a) / Math.sqrt(2 * Math.PI);
  return 1 - 2 * trim - 2 * a * density + 2 * trim * a * a;
}
