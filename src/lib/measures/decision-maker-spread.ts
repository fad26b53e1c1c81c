/**
 * The spread between decision-makers in the share of decisions without deficiencies, before and after case mix: the
 * between-decision-maker standard deviation τ (percentage points) and I² from a DerSimonian–Laird random-effects model,
 * and the raw range. Answers whether the published 20–100 % spread is more than case mix and chance.
 */
import {chisquareCdf} from "../stats/dists.js";
import type {IndirectStandardisation} from "../flags/indirect-standardisation.js";
import {dersimonianLairdTau2} from "../stats/dersimonian-laird.js";

export const SPREAD_ID = "decision-maker-spread";

/** The audit's threshold: only decision-makers with at least this many decisions enter the spread. */
export const DEFAULT_SPREAD_MINIMUM = 10;

/** Heterogeneity of one set of unit estimates. */
export interface Heterogeneity {
  /** Units entering the model. */
  units: number;
  /** Lowest and highest unit estimate (proportions). */
  min: number;
  max: number;
  /** Inverse-variance weighted mean (proportion). */
  mean: number;
  /** Cochran's Q, its degrees of freedom and p-value (χ² upper tail). */
  q: number;
  df: number;
  pQ: number;
  /** DerSimonian–Laird between-unit variance (proportion²) and its square root in percentage points. */
  tau2: number;
  tauPercentagePoints: number;
  /** Share of the variation beyond chance, (Q − df)/Q floored at 0 (a fraction). */
  i2: number;
}

export interface DecisionMakerSpread {
  minimumCases: number;
  /** Raw shares O/n, binomial variance at the overall share. */
  beforeCaseMix: Heterogeneity;
  /** Indirectly standardised shares (O/E)·p̄ with variance p̄²·Σₛ nₛ pₛ(1 − pₛ)/E². */
  afterCaseMix: Heterogeneity;
}

/**
 * Heterogeneity of estimates y with within-unit variances v (DerSimonian–Laird τ², `dersimonianLairdTau2`) (units with v ≤ 0 or non-finite y are left out):
 * w = 1/v, Q = Σw(y − ȳ_w)², τ² = max(0, (Q − df)/(Σw − Σw²/Σw)), I² = max(0, (Q − df)/Q). Fewer than two units give NaNs.
 */
export function heterogeneity(estimates: readonly {y: number; v: number}[]): Heterogeneity {
  const used = estimates.filter((e) => Number.isFinite(e.y) && Number.isFinite(e.v) && e.v > 0);
  const k = used.length;
  if (k < 2) {
    const only = used[0]?.y ?? NaN;
    return {units: k, min: only, max: only, mean: only, q: NaN, df: k - 1, pQ: NaN, tau2: NaN, tauPercentagePoints: NaN, i2: NaN};
  }
  const w = used.map((e) => 1 / e.v);
  const sumW = w.reduce((s, x) => s + x, 0);
  const mean = used.reduce((s, e, i) => s + w[i]! * e.y, 0) / sumW;
  const q = used.reduce((s, e, i) => s + w[i]! * (e.y - mean) ** 2, 0);
  const df = k - 1;
  const tau2 = dersimonianLairdTau2(q, w);
  return {
    units: k,
    min: Math.min(...used.map((e) => e.y)),
    max: Math.max(...used.map((e) => e.y)),
    mean,
    q,
    df,
    pQ: 1 - chisquareCdf(q, df),
    tau2,
    tauPercentagePoints: 100 * Math.sqrt(tau2),
    i2: q > 0 ? Math.max(0, (q - df) / q) : 0
  };
}

/**
 * The spread between units (decision-makers) before and after indirect standardisation, over the units with at least
 * `minimumCases` cases (and, when `keep` is given, only those it accepts: a department's decision-makers, measured
 * against the national rates). Before: raw shares O/n with binomial variance at the overall share. After: (O/E)·p̄ with
 * variance p̄²·Σₛ nₛ pₛ(1 − pₛ)/E².
 */
export function decisionMakerSpread(standardised: IndirectStandardisation, minimumCases = DEFAULT_SPREAD_MINIMUM, keep?: (unit: string) => boolean): DecisionMakerSpread {
  const p = standardised.target;
  const before: {y: number; v: number}[] = [];
  const after: {y: number; v: number}[] = [];
  for (const u of standardised.units) {
    if (u.n < minimumCases || (keep && !keep(u.unit))) continue;
    before.push({y: u.observed / u.n, v: (p * (1 - p)) / u.n});
    if (u.expected > 0) after.push({y: (u.observed / u.expected) * p, v: (p * p * (u.variance ?? 0)) / (u.expected * u.expected)});
  }
  const beforeCaseMix = heterogeneity(before);
  const afterCaseMix = heterogeneity(after);
  return {minimumCases, beforeCaseMix, afterCaseMix};
}

/**
 * Whether the spread after case mix is more than case mix and chance: true when Cochran's Q rejects homogeneity at 5 %
 * (pQ < 0.05), false when not (or when Q has no p-value), null when fewer than two units enter the model.
 */
export function spreadBeyondChance(after: Heterogeneity): boolean | null {
  if (!(after.units >= 2)) return null;
  return after.pQ < 0.05;
}
