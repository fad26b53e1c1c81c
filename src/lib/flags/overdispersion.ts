/**
 * Overdispersion of units around their own expected rates, for case-mix adjusted funnel limits: FunnelPlotR's method
 * (as `overdispersion` in src/lib/stats, type "proportion"), with each unit's z measured on the arcsine scale from its
 * expected rate E/n instead of the common target. With no case mix (E = n·target for every unit) it equals `overdispersion`.
 * φ and τ² come from the statistics core's one winsorising (`winsorisedDispersion`) and DerSimonian–Laird τ²
 * (`dersimonianLairdTau2`).
 */
import {dersimonianLairdTau2} from "../stats/dersimonian-laird.js";
import {winsorisedDispersion, winsorisedNormalSecondMoment} from "../stats/overdispersion.js";
import {effectiveCases} from "./assess-unit.js";
import type {UnitCounts} from "./types.js";

export interface CaseMixOverdispersion {
  /** Dispersion ratio φ = Σ z_w²/k over the k units given, divided by c for "consistent" (NaN when k = 0). */
  phi: number;
  /** DerSimonian–Laird τ² on the arcsine scale, 0 when kφ ≤ k − 1. */
  tau2: number;
  /** Unadjusted z per unit, in input order. */
  z: number[];
}

/**
 * z = (asin√(O/n) − asin√(E/n))·2√n_eff per unit (n_eff from `effectiveCases`, n without case mix), winsorised at the
 * `trim` and 1 − `trim` type-7 quantiles (default 0.1; 0 trims nothing), φ = mean of the winsorised z²,
 * τ² = max(0, (kφ − (k − 1))/(Σw − Σw²/Σw)) with w = 4·n_eff. `scale` "winsorised" (default) gives FunnelPlotR's
 * φ; "consistent" divides it by c = `winsorisedNormalSecondMoment(trim)` (0.679 at 10 %), the winsorised φ of units that
 * differ by chance alone, so that φ ≈ 1 then and τ² is not understated under true overdispersion. Units must have n > 0
 * and 0 ≤ O ≤ n, 0 ≤ E ≤ n; throws RangeError otherwise and for trim ∉ [0, 0.5).
 */
export function caseMixOverdispersion(units: readonly UnitCounts[], trim = 0.1, scale: "winsorised" | "consistent" = "winsorised"): CaseMixOverdispersion {
  for (const u of units) {
    if (!(u.n > 0 && u.observed >= 0 && u.observed <= u.n && u.expected >= 0 && u.expected <= u.n + 1e-9)) {
      throw new RangeError(`caseMixOverdispersion: unit ${u.unit} needs n > 0, 0 ≤ O ≤ n and 0 ≤ E ≤ n (n ${u.n}, O ${u.observed}, E ${u.expected})`);
    }
  }
  const k = units.length;
  const z = units.map((u) => (Math.asin(Math.sqrt(u.observed / u.n)) - Math.asin(Math.sqrt(Math.min(1, u.expected / u.n)))) * 2 * Math.sqrt(effectiveCases(u)));
  const winsorised = winsorisedDispersion(z, trim).phi;
  if (k === 0) return {phi: NaN, tau2: 0, z: []};
  const phi = scale === "consistent" ? winsorised / winsorisedNormalSecondMoment(trim) : winsorised;
  return {phi, tau2: dersimonianLairdTau2(k * phi, units.map((u) => 4 * effectiveCases(u))), z};
}
