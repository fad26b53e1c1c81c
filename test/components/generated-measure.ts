/**
 * Seeded measures for the component tests: stratified cases per unit (each unit with its own case mix, a few with a
 * planted true difference, some with too few cases), standardised and flagged by the real `measureFlags`, so the
 * components are tested on assessments the flag policy actually makes.
 */
import {randomLcg, randomUniform} from "d3";
import {measureFlags, type MeasureFlags} from "../../src/lib/flags/measure-flags.js";
import {indirectStandardisation, type StratifiedCase} from "../../src/lib/flags/indirect-standardisation.js";
import {flagPolicy} from "../../src/lib/flags/policy.js";
import type {FlagPolicy, Polarity, UnitType} from "../../src/lib/flags/types.js";

export interface GeneratedMeasureOptions {
  seed: number;
  units?: number;
  /** Stratum base rates; one stratum means no case mix. */
  strata?: readonly number[];
  /** Largest number of cases per unit (smallest is 3). */
  maxCases?: number;
  /** Multiplier of the odds for the planted high and low units. */
  plantedOdds?: number;
  policy?: Partial<FlagPolicy>;
  polarity?: Polarity;
  unitType?: UnitType;
}

/** A flagged measure from seeded cases; units are "dm_01", "dm_02", …, the first high and the second low when planted. */
export function generatedMeasure(options: GeneratedMeasureOptions): MeasureFlags {
  const {seed, units = 40, strata = [0.3, 0.5, 0.75], maxCases = 160, plantedOdds = 4, polarity = "none", unitType = "decision-maker"} = options;
  const source = randomLcg(seed);
  const uniform = randomUniform.source(source);
  const cases: StratifiedCase[] = [];
  for (let u = 0; u < units; u++) {
    const unit = `dm_${String(u + 1).padStart(2, "0")}`;
    const n = Math.round(uniform(3, maxCases)());
    // Each unit leans towards one stratum, so case mix matters.
    const lean = Math.floor(uniform(0, strata.length)());
    const odds = u === 0 ? plantedOdds : u === 1 ? 1 / plantedOdds : 1;
    for (let i = 0; i < n; i++) {
      const s = uniform(0, 1)() < 0.6 ? lean : Math.floor(uniform(0, strata.length)());
      const base = strata[s]!;
      const p = (base * odds) / (1 - base + base * odds);
      cases.push({unit, stratum: `s${s}`, event: source() < p});
    }
  }
  const standardised = indirectStandardisation(cases);
  return measureFlags(
    {
      measure: "generated",
      unitType,
      wording: {rateLabel: "beslut utan brister", caseNoun: "beslut", eventPredicate: "var utan brister", adjustedFor: strata.length > 1 ? "verksamhetstyp" : null, polarity},
      units: standardised.units,
      target: standardised.target
    },
    flagPolicy(options.policy)
  );
}
