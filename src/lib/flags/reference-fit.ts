/**
 * The reference of one measure (docs/methods.md, "Reference"): what every unit is compared with — the stratum rates, the
 * target, the dispersion ratio φ and the τ² applied (a `FlagContext`) — and every unit's expected count against it.
 * `unitAssessment` then judges each unit in that context.
 */
import {chisquareCdf} from "../stats/dists.js";
import {dersimonianLairdTau2} from "../stats/dersimonian-laird.js";
import {winsorisedDispersion, winsorisedNormalSecondMoment} from "../stats/overdispersion.js";
import {effectiveCases, flagZ, levelOfZ} from "./unit-assessment.js";
import {DEFAULT_FLAG_POLICY} from "./policy.js";
import {referencedCounts} from "./reference.js";
import type {FlagContext, FlagPolicy, ReferenceMethod, UnitCounts} from "./types.js";

/** Most assessment passes of the robust reference; the set of alarmed units is normally stable after two or three. */
const MAX_PASSES = 25;

/** Whether a unit can be flagged (and so set aside, and enter φ): enough cases. */
function eligible(u: UnitCounts, policy: FlagPolicy): boolean {
  return u.n >= policy.minimumCases && u.n > 0;
}

/** policy.reference with "auto" resolved: leave-one-out for fewer eligible units than φ needs (six departments), else robust-iterative. */
export function resolveReference(units: readonly UnitCounts[], policy: FlagPolicy): ReferenceMethod {
  const reference = policy.reference ?? "all";
  if (reference !== "auto") return reference;
  return units.filter((u) => eligible(u, policy)).length < policy.minimumUnitsForOverdispersion ? "leave-one-out" : "robust-iterative";
}

/*
 * Overdispersion of units around their own expected rates, for case-mix adjusted funnel limits: FunnelPlotR's method
 * (as `overdispersion` in src/lib/stats, type "proportion"), with each unit's z measured on the arcsine scale from its
 * expected rate E/n instead of the common target. With no case mix (E = n·target for every unit) it equals `overdispersion`.
 * φ and τ² come from the statistics core's one winsorising (`winsorisedDispersion`) and DerSimonian–Laird τ²
 * (`dersimonianLairdTau2`).
 */
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

/** Significance level of the test for overdispersion that gates τ² (docs/methods.md, "The τ² gate"). */
export const OVERDISPERSION_TEST_LEVEL = 0.05;

/**
 * Whether k units with dispersion ratio φ show more dispersion than chance: k·φ beyond the upper
 * OVERDISPERSION_TEST_LEVEL point of χ² with k − 1 degrees of freedom (Spiegelhalter 2005). lika's gate for τ².
 */
export function overdispersed(phi: number, k: number): boolean {
  return k >= 2 && phi > 1 && 1 - chisquareCdf(k * phi, k - 1) < OVERDISPERSION_TEST_LEVEL;
}

/**
 * φ over the eligible units given (NaN with fewer than policy.minimumUnitsForOverdispersion; consistent or FunnelPlotR's
 * by policy.dispersionEstimate) and the τ² applied: the DerSimonian–Laird τ² when `overdispersed` and
 * policy.overdispersion is "auto", else 0 (lika's gate; docs/methods.md).
 */
function dispersion(units: readonly UnitCounts[], policy: FlagPolicy, p0: number): {phi: number; tau2: number} {
  const used = units.filter((u) => eligible(u, policy));
  if (!(used.length >= Math.max(2, policy.minimumUnitsForOverdispersion) && p0 > 0 && p0 < 1)) return {phi: NaN, tau2: 0};
  const od = caseMixOverdispersion(used, 0.1, policy.dispersionEstimate === "funnelplotr" ? "winsorised" : "consistent");
  return {phi: od.phi, tau2: policy.overdispersion === "auto" && overdispersed(od.phi, used.length) ? od.tau2 : 0};
}

/**
 * The reference and the context of one measure, with every unit's E and variance against that reference.
 * "all": the units as given, target Σ O / Σ n, φ and τ² over every eligible unit (FunnelPlotR's funnel plot).
 * "robust-iterative" / "leave-one-out": a first pass against all units without τ² (so that no unit can hide behind the
 * dispersion it causes) marks the units at alarm; then, until that set is stable (at most MAX_PASSES), the stratum rates,
 * φ and τ² are re-estimated without the marked units (leave-one-out: and each unit's rates without itself) and every unit
 * is reassessed. At most ⌊(k − 1)/2⌋ of the k eligible units are set aside (those with the largest |z|), so that the
 * reference stays the majority. `target`, when given, replaces the reference's overall rate.
 */
export function referenceFit(units: readonly UnitCounts[], policy: FlagPolicy = DEFAULT_FLAG_POLICY, target?: number): {context: FlagContext; units: UnitCounts[]} {
  const reference = resolveReference(units, policy);
  if (reference === "all") {
    const totalN = units.reduce((s, u) => s + u.n, 0);
    const p0 = target ?? (totalN > 0 ? units.reduce((s, u) => s + u.observed, 0) / totalN : NaN);
    return {context: {policy, target: p0, ...dispersion(units, policy, p0), reference, setAside: [], iterations: 1}, units: [...units]};
  }
  const leaveOneOut = reference === "leave-one-out";
  const eligibleIndices = units.map((u, i) => (eligible(u, policy) ? i : -1)).filter((i) => i >= 0);
  const cap = Math.floor((eligibleIndices.length - 1) / 2);
  const fit = (excluded: ReadonlySet<number>, withDispersion: boolean) => {
    const ref = referencedCounts(units, excluded, leaveOneOut);
    const p0 = target ?? ref.target;
    const od = withDispersion ? dispersion(ref.units.filter((_, i) => !excluded.has(i)), policy, p0) : {phi: NaN, tau2: 0};
    const context: FlagContext = {policy, target: p0, ...od, reference, setAside: [...excluded].sort((a, b) => a - b).map((i) => units[i]!.unit), iterations: 0};
    return {context, units: ref.units};
  };
  const alarmed = (f: ReturnType<typeof fit>): Set<number> => {
    const hits = eligibleIndices
      .map((i) => ({i, z: flagZ(f.units[i]!.observed, f.units[i]!, f.context)}))
      .filter(({z}) => levelOfZ(z, f.context).level === "alarm")
      .sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.i - b.i);
    return new Set(hits.slice(0, Math.max(0, cap)).map(({i}) => i));
  };
  let excluded = alarmed(fit(new Set(), false));
  let current = fit(excluded, true);
  let passes = 2;
  for (; passes <= MAX_PASSES; passes++) {
    const next = alarmed(current);
    if (next.size === excluded.size && [...next].every((i) => excluded.has(i))) break;
    excluded = next;
    current = fit(excluded, true);
  }
  return {context: {...current.context, iterations: Math.min(passes, MAX_PASSES)}, units: current.units};
}

/**
 * The measure's fixed context (`referenceFit`): target, φ, the τ² applied and the reference used. Note that the units'
 * expected counts under a robust reference differ from the ones given; `assessedUnits` assesses them against it.
 */
export function flagContext(units: readonly UnitCounts[], policy: FlagPolicy = DEFAULT_FLAG_POLICY, target?: number): FlagContext {
  return referenceFit(units, policy, target).context;
}
