/**
 * Overdispersion of units around their own expected rates, for case-mix adjusted funnel limits: FunnelPlotR's method
 * (as `overdispersion` in src/lib/stats, type "proportion"), with each unit's z measured on the arcsine scale from its
 * expected rate E/n instead of the common target. With no case mix (E = n·target for every unit) it equals `overdispersion`.
 */
import {quantileType7} from "../stats/quantile.js";
import {effectiveCases} from "./assess-unit.js";
import type {UnitCounts} from "./types.js";

export interface CaseMixOverdispersion {
  /** Dispersion ratio φ = Σ z_w²/k over the k units given (NaN when k = 0). */
  phi: number;
  /** DerSimonian–Laird τ² on the arcsine scale, 0 when kφ < k − 1. */
  tau2: number;
  /** Unadjusted z per unit, in input order. */
  z: number[];
}

/**
 * z = (asin√(O/n) − asin√(E/n))·2√n_eff per unit (n_eff from `effectiveCases`, n without case mix), winsorised at the
 * `trim` and 1 − `trim` type-7 quantiles (default 0.1), φ = mean of the winsorised z²,
 * τ² = max(0, (kφ − (k − 1))/(Σw − Σw²/Σw)) with w = 4·n_eff. Units must have n > 0 and
 * 0 ≤ O ≤ n, 0 ≤ E ≤ n; throws RangeError otherwise.
 */
export function caseMixOverdispersion(units: readonly UnitCounts[], trim = 0.1): CaseMixOverdispersion {
  for (const u of units) {
    if (!(u.n > 0 && u.observed >= 0 && u.observed <= u.n && u.expected >= 0 && u.expected <= u.n + 1e-9)) {
      throw new RangeError(`caseMixOverdispersion: unit ${u.unit} needs n > 0, 0 ≤ O ≤ n and 0 ≤ E ≤ n (n ${u.n}, O ${u.observed}, E ${u.expected})`);
    }
  }
  const k = units.length;
  if (k === 0) return {phi: NaN, tau2: 0, z: []};
  const z = units.map((u) => (Math.asin(Math.sqrt(u.observed / u.n)) - Math.asin(Math.sqrt(Math.min(1, u.expected / u.n)))) * 2 * Math.sqrt(effectiveCases(u)));
  const lo = quantileType7(z, trim);
  const hi = quantileType7(z, 1 - trim);
  const phi = z.reduce((s, zi) => s + Math.min(hi, Math.max(lo, zi)) ** 2, 0) / k;
  let tau2 = 0;
  if (!(k * phi < k - 1)) {
    const w = units.map((u) => 4 * effectiveCases(u));
    const sumW = w.reduce((s, x) => s + x, 0);
    const sumW2 = w.reduce((s, x) => s + x * x, 0);
    const spread = sumW - sumW2 / sumW;
    tau2 = spread > 0 ? Math.max(0, (k * phi - (k - 1)) / spread) : 0;
  }
  return {phi, tau2, z};
}
