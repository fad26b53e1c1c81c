import type {FlagPolicy} from "./types.js";

/**
 * The default flag policy: arcsine limits (mid-p exact below 5 expected events or non-events; τ² when a χ² test on the
 * consistent φ finds overdispersion at 5 %, estimated from at least 10 units), a robust reference ("auto": leave-one-out below 10 eligible units, else robust-iterative),
 * alert at 95 %, alarm at 99.8 %, at least 20 cases per unit.
 */
export const DEFAULT_FLAG_POLICY: FlagPolicy = Object.freeze({
  method: "arcsine",
  minimumCases: 20,
  alertLevel: 0.95,
  alarmLevel: 0.998,
  overdispersion: "auto",
  dispersionEstimate: "consistent",
  minimumUnitsForOverdispersion: 10,
  reference: "auto",
  smallExpected: 5
});

/** The default policy with some fields replaced; throws RangeError for a level outside (0, 1), alert ≥ alarm or a negative minimum. */
export function flagPolicy(overrides: Partial<FlagPolicy> = {}): FlagPolicy {
  const policy = {...DEFAULT_FLAG_POLICY, ...overrides};
  if (!(policy.alertLevel > 0 && policy.alertLevel < policy.alarmLevel && policy.alarmLevel < 1)) {
    throw new RangeError(`flag levels must satisfy 0 < alert (${policy.alertLevel}) < alarm (${policy.alarmLevel}) < 1`);
  }
  if (!(Number.isInteger(policy.minimumCases) && policy.minimumCases >= 1)) {
    throw new RangeError(`the minimum number of cases must be a whole number ≥ 1, got ${policy.minimumCases}`);
  }
  if (!(Number.isInteger(policy.minimumUnitsForOverdispersion) && policy.minimumUnitsForOverdispersion >= 2)) {
    throw new RangeError(`the minimum number of units for overdispersion must be a whole number ≥ 2, got ${policy.minimumUnitsForOverdispersion}`);
  }
  if (policy.method !== "arcsine" && policy.method !== "exact-binomial") throw new RangeError(`unknown flag method '${String(policy.method)}'`);
  if (!["auto", "robust-iterative", "leave-one-out", "all"].includes(policy.reference)) throw new RangeError(`unknown flag reference '${String(policy.reference)}'`);
  if (policy.dispersionEstimate !== "consistent" && policy.dispersionEstimate !== "funnelplotr") throw new RangeError(`unknown dispersion estimate '${String(policy.dispersionEstimate)}'`);
  if (!(policy.smallExpected >= 0)) throw new RangeError(`the small-expected threshold must be ≥ 0, got ${policy.smallExpected}`);
  return policy;
}
