import {benjaminiHochberg} from "../stats/benjamini-hochberg.js";
import {chisquareCdf} from "../stats/dists.js";
import {assessUnit, flagZ, levelOfZ} from "./assess-unit.js";
import {caseMixOverdispersion} from "./overdispersion.js";
import {DEFAULT_FLAG_POLICY} from "./policy.js";
import {referencedCounts} from "./reference.js";
import type {FlagContext, FlagPolicy, ReferenceMethod, UnitAssessment, UnitCounts} from "./types.js";

export interface AssessedMeasure {
  context: FlagContext;
  /** One assessment per input unit, in input order (E and variance against the reference used). */
  units: UnitAssessment[];
}

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
 * expected counts under a robust reference differ from the ones given; `assessUnits` assesses them against it.
 */
export function flagContext(units: readonly UnitCounts[], policy: FlagPolicy = DEFAULT_FLAG_POLICY, target?: number): FlagContext {
  return referenceFit(units, policy, target).context;
}

/**
 * Assesses every unit of one measure under one policy: the reference and context (`referenceFit`), then `assessUnit`
 * per unit against it, then Benjamini–Hochberg q-values across the assessed units. No units give no assessments.
 */
export function assessUnits(units: readonly UnitCounts[], policy: FlagPolicy = DEFAULT_FLAG_POLICY, target?: number): AssessedMeasure {
  const fitted = referenceFit(units, policy, target);
  const assessed = fitted.units.map((u) => assessUnit(u, fitted.context));
  const q = benjaminiHochberg(assessed.map((a) => (Number.isNaN(a.p) ? NaN : a.p)));
  return {context: fitted.context, units: assessed.map((a, i) => ({...a, q: q[i] ?? NaN}))};
}
