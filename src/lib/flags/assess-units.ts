import {benjaminiHochberg} from "../stats/benjamini-hochberg.js";
import {assessUnit} from "./assess-unit.js";
import {caseMixOverdispersion} from "./overdispersion.js";
import {DEFAULT_FLAG_POLICY} from "./policy.js";
import type {FlagContext, FlagPolicy, UnitAssessment, UnitCounts} from "./types.js";

export interface AssessedMeasure {
  context: FlagContext;
  /** One assessment per input unit, in input order. */
  units: UnitAssessment[];
}

/**
 * The measure's fixed context: target Σ O / Σ n (unless given); φ and τ² as FunnelPlotR estimates them (arcsine scale,
 * 10 % winsorising; `caseMixOverdispersion`) over the units with at least policy.minimumCases cases, each measured from its
 * own expected rate E/n; τ² applied only for the arcsine method when φ > 1 and policy.overdispersion is "auto".
 * φ is NaN (and no τ² is applied) when fewer than policy.minimumUnitsForOverdispersion units are eligible.
 */
export function flagContext(units: readonly UnitCounts[], policy: FlagPolicy = DEFAULT_FLAG_POLICY, target?: number): FlagContext {
  const totalN = units.reduce((s, u) => s + u.n, 0);
  const p0 = target ?? (totalN > 0 ? units.reduce((s, u) => s + u.observed, 0) / totalN : NaN);
  const eligible = units.filter((u) => u.n >= policy.minimumCases && u.n > 0);
  let phi = NaN;
  let tau2 = 0;
  if (eligible.length >= Math.max(2, policy.minimumUnitsForOverdispersion) && p0 > 0 && p0 < 1) {
    const od = caseMixOverdispersion(eligible);
    phi = od.phi;
    if (policy.method === "arcsine" && policy.overdispersion === "auto" && phi > 1) tau2 = od.tau2;
  }
  return {policy, target: p0, phi, tau2};
}

/**
 * Assesses every unit of one measure under one policy: a shared context (`flagContext`), then `assessUnit` per unit, then
 * Benjamini–Hochberg q-values across the assessed units. No units give no assessments.
 */
export function assessUnits(units: readonly UnitCounts[], policy: FlagPolicy = DEFAULT_FLAG_POLICY, target?: number): AssessedMeasure {
  const context = flagContext(units, policy, target);
  const assessed = units.map((u) => assessUnit(u, context));
  const q = benjaminiHochberg(assessed.map((a) => (Number.isNaN(a.p) ? NaN : a.p)));
  return {context, units: assessed.map((a, i) => ({...a, q: q[i] ?? NaN}))};
}
