/**
 * p-chart for a proportion over time (e.g. the share of inspected homes with a child conversation per tertial), with
 * per-point limits from each period's denominator, and optionally Laney's p′ chart for overdispersion. Special causes
 * and assurance come from spc-rules.ts, the same Making Data Count rules as the XmR chart.
 */
import {assurance, checkImprovement, specialCauses, trialLimitWarnings} from "./spc-rules.js";
import type {Assurance, Improvement, SpecialCause} from "./spc-rules.js";
import {checkCount, checkProportion} from "./validate.js";
import {xmr} from "./xmr.js";

/** One period: `events` of `n` cases (e.g. homes with a conversation of homes with a child present). */
export interface ProportionCount {
  events: number;
  n: number;
}

export interface PChartOptions {
  /** Direction of improvement (default "increase"). */
  improvement?: Improvement;
  /** Target proportion in [0, 1]; enables the assurance result (not for a neutral measure). */
  target?: number;
  /** Compute p̄ (and σz) from the first `baselineLength` points only; default: all points. */
  baselineLength?: number;
  /** Flag the limits as trial limits while fewer than this many points set them (default 12). */
  minimumBaseline?: number;
  /** "laney" for Laney's p′ chart (limits widened by σz, for overdispersion); default "none" (binomial p-chart). */
  overdispersion?: "none" | "laney";
}

export interface PChartPoint extends SpecialCause {
  events: number;
  n: number;
  /** events / n. */
  proportion: number;
  /** Standardised distance from the centre, (pᵢ − p̄) / √(p̄(1 − p̄)/nᵢ); null when p̄ is 0 or 1. */
  z: number | null;
  /** Standard deviation used for this point's limits: √(p̄(1 − p̄)/nᵢ), times σz for a p′ chart. */
  sigma: number;
  /** Limits p̄ ∓ 3·sigma and "2σ" lines p̄ ∓ 2·sigma, clipped to [0, 1] (clipping changes no rule outcome). */
  lower: number;
  upper: number;
  nearLower: number;
  nearUpper: number;
}

export interface PChartResult {
  chart: "p" | "p-prime";
  /** Centre line p̄ = Σ events / Σ n over the baseline points (a proportion, not a mean of proportions). */
  centre: number;
  /** Laney's σz (1 for a plain p-chart). */
  sigmaZ: number;
  /** Number of points that set the centre (and σz). */
  baselineLength: number;
  points: PChartPoint[];
  /** Assurance of options.target against the last point's limits (as NHSRplotthedots), or null. */
  assurance: Assurance | null;
  /** True when fewer than options.minimumBaseline (12) points set the limits: treat them as trial limits. */
  shortBaseline: boolean;
  warnings: string[];
}

/** d₂ for moving ranges of two points: σ ≈ mean moving range / 1.128. */
const D2 = 1.128;

/**
 * p-chart: centre p̄ = Σeventsᵢ / Σnᵢ over the baseline, limits p̄ ± 3·√(p̄(1 − p̄)/nᵢ) per point (Montgomery, Introduction
 * to Statistical Quality Control, §7.2; qicharts2's p chart). With overdispersion "laney", the p′ chart of Laney (2002,
 * "Improved control charts for attributes", Quality Engineering 14(4):531–537), the remedy Mohammed et al. (BMJ Quality &
 * Safety 2013;22:362–368) give for very large denominators, where binomial limits flag almost every point: zᵢ = (pᵢ − p̄)/√(p̄(1 − p̄)/nᵢ), σz = mean |zᵢ − zᵢ₋₁| / 1.128 over the
 * baseline (no screening of moving ranges, as Laney and qicharts2), limits p̄ ± 3·σz·√(p̄(1 − p̄)/nᵢ).
 * Special causes by the Making Data Count rules on the proportions against p̄ and each point's limits (spc-rules.ts).
 * Edges: p̄ = 0 or 1 gives zero-width limits (and σz = 1, z null, with a warning for a p′ chart); all zᵢ equal gives
 * σz = 0. Throws RangeError for no points (fewer than 2 for a p′ chart), n ≤ 0, events outside [0, n], a target outside
 * [0, 1] or a baselineLength that is not a whole number ≥ 1 (≥ 2 for a p′ chart); leave out periods with no cases.
 */
export function pChart(counts: readonly ProportionCount[], options: PChartOptions = {}): PChartResult {
  const fn = "pChart";
  const overdispersion = options.overdispersion ?? "none";
  if (!["none", "laney"].includes(overdispersion)) {
    throw new RangeError(`${fn}: overdispersion must be "none" or "laney", got ${String(overdispersion)}`);
  }
  const laney = overdispersion === "laney";
  const fewest = laney ? 2 : 1;
  if (counts.length < fewest) throw new RangeError(`${fn}: at least ${fewest} point(s) are required, got ${counts.length}`);
  counts.forEach(({events, n}, i) => {
    if (!(typeof n === "number" && Number.isFinite(n) && n > 0)) {
      throw new RangeError(`${fn}: point ${i} has n = ${String(n)}; n must be > 0 (leave out periods with no cases)`);
    }
    checkCount(events, n, `${fn}: point ${i}`);
  });
  const improvement = options.improvement ?? "increase";
  checkImprovement(improvement, fn);
  if (options.target !== undefined) checkProportion(options.target, "target", fn);
  const baselineLength = Math.min(counts.length, options.baselineLength ?? counts.length);
  if (!(Number.isInteger(baselineLength) && baselineLength >= fewest)) {
    throw new RangeError(`${fn}: baselineLength must be a whole number ≥ ${fewest}, got ${String(options.baselineLength)}`);
  }
  const minimumBaseline = options.minimumBaseline ?? 12;

  const baseline = counts.slice(0, baselineLength);
  const centre = baseline.reduce((s, c) => s + c.events, 0) / baseline.reduce((s, c) => s + c.n, 0);
  const binomialSd = (n: number): number => Math.sqrt((centre * (1 - centre)) / n);
  const degenerate = centre === 0 || centre === 1;
  const z = counts.map(({events, n}) => (degenerate ? null : (events / n - centre) / binomialSd(n)));
  const warnings: string[] = [];
  let sigmaZ = 1;
  if (laney) {
    if (degenerate) warnings.push(`p̄ is ${centre}, so σz cannot be estimated; the p′ chart falls back to the p-chart.`);
    // Laney's σz: the XmR chart's mean moving range (unscreened) of the baseline z-scores, over d₂.
    else sigmaZ = xmr(z.slice(0, baselineLength) as number[], {screenOutliers: false}).meanMovingRange / D2;
  }

  const clip = (v: number): number => Math.min(1, Math.max(0, v));
  const sigma = counts.map(({n}) => binomialSd(n) * sigmaZ);
  const proportions = counts.map(({events, n}) => events / n);
  const lower = sigma.map((s) => clip(centre - 3 * s));
  const upper = sigma.map((s) => clip(centre + 3 * s));
  const nearLower = sigma.map((s) => clip(centre - 2 * s));
  const nearUpper = sigma.map((s) => clip(centre + 2 * s));
  const causes = specialCauses(proportions, {centre, lower, upper, nearLower, nearUpper}, improvement);

  const points: PChartPoint[] = counts.map(({events, n}, i) => ({
    events,
    n,
    proportion: proportions[i] as number,
    z: z[i] as number | null,
    sigma: sigma[i] as number,
    lower: lower[i] as number,
    upper: upper[i] as number,
    nearLower: nearLower[i] as number,
    nearUpper: nearUpper[i] as number,
    ...(causes[i] as SpecialCause)
  }));
  const last = points[points.length - 1] as PChartPoint;
  return {
    chart: laney ? "p-prime" : "p",
    centre,
    sigmaZ,
    baselineLength,
    points,
    assurance: assurance(options.target, last.lower, last.upper, improvement, fn),
    shortBaseline: baselineLength < minimumBaseline,
    warnings: [...trialLimitWarnings(baselineLength, minimumBaseline), ...warnings]
  };
}
