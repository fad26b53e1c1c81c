import {beforeAll, describe, expect, it} from "vitest";
import {generateSample, type Sample} from "../../../loaders/sample/generate.js";
import {PLANTED} from "../../../loaders/sample/planted.js";
import {analyze, type Analysis} from "../../../src/lib/measures/analysis.js";
import {parsePeriod} from "../../../src/lib/period.js";

/**
 * Acceptance on the built-in sample (seed 1, scale 1) against the deviations planted in loaders/sample/planted.ts.
 * Measured when written: over the sample's whole period (2021–2024, what `lika analyze data/sample` uses) all four planted
 * decision-makers reach alarm (|z| 6.6–12.6) and no other decision-maker any flag; the planted child-conversation
 * departments (Mitt low, Syd high) reach alarm. In 2023 alone the spread is 20–100 % over 35 decision-makers with at
 * least 10 decisions, τ 10.8 percentage points (I² 51 %) before and 11.8 (I² 56 %) after case mix.
 */
let sample: Sample;
let whole: Analysis;
let year2023: Analysis;

beforeAll(() => {
  sample = generateSample({seed: 1, scale: 1});
  whole = analyze(sample, parsePeriod(`${sample.extract.period.from}..${sample.extract.period.to}`));
  year2023 = analyze(sample, parsePeriod("2023"));
});

const dwdFlags = (a: Analysis) => a.flags.filter((f) => f.measure === "decisions-without-deficiencies" && f.unitType === "decision-maker");

describe("analyze(sample) against the planted deviations", () => {
  it("flags every planted deviating decision-maker at alarm level, in the planted direction, over the sample's period", () => {
    expect(PLANTED.decisionMakers.length).toBeGreaterThanOrEqual(3);
    const flags = dwdFlags(whole);
    for (const p of PLANTED.decisionMakers) {
      const flag = flags.find((f) => f.unit === p.id);
      expect(flag, `planted ${p.direction} decision-maker ${p.id} (${p.department})`).toBeDefined();
      expect([flag!.level, flag!.direction]).toEqual(["alarm", p.direction]);
    }
  });

  it("raises no alarm for a planted-normal decision-maker, nor for any decision-maker that was not planted, in the period or in 2023", () => {
    const deviating = new Set(PLANTED.decisionMakers.map((p) => p.id));
    for (const a of [whole, year2023]) {
      const alarms = dwdFlags(a).filter((f) => f.level === "alarm" && !deviating.has(f.unit));
      expect(alarms.map((f) => f.unit)).toEqual([]);
    }
    for (const c of PLANTED.controls) expect(dwdFlags(whole).find((f) => f.unit === c.id)).toBeUndefined();
  });

  it("flags the planted child-conversation departments at alarm level in their direction, and not the planted-normal one", () => {
    for (const a of [whole, year2023]) {
      const flags = a.flags.filter((f) => f.measure === "child-conversations" && f.unitType === "department");
      for (const d of PLANTED.departments.filter((p) => p.measure === "child_conversations")) {
        const flag = flags.find((f) => f.unit === d.department);
        if (d.direction === "normal") expect(flag?.level ?? null, d.department).not.toBe("alarm");
        else expect([flag?.level, flag?.direction], d.department).toEqual(["alarm", d.direction]);
      }
    }
  });

  it("in 2023 flags each planted decision-maker with at least 20 decisions in the planted direction, and says why the others are not", () => {
    const units = year2023.measures["decisions-without-deficiencies"].byDecisionMaker.units;
    for (const p of PLANTED.decisionMakers) {
      const u = units.find((x) => x.unit === p.id)!;
      if (u.n >= 20) expect([u.level !== null, u.direction]).toEqual([true, p.direction]);
      else expect(u.noFlagReason).toBe(`färre än 20 fall (${u.n})`);
    }
  });

  it("reports the 2023 spread between decision-makers before and after case mix: 20–100 % raw, τ and I² both times", () => {
    const spread = year2023.measures["decision-maker-spread"];
    expect(spread.window).toEqual({from: "2023-01-01", to: "2023-12-31"});
    expect([spread.beforeCaseMix.min, spread.beforeCaseMix.max]).toEqual([0.2, 1]);
    for (const h of [spread.beforeCaseMix, spread.afterCaseMix]) {
      expect(h.units).toBeGreaterThanOrEqual(20);
      expect(h.tauPercentagePoints).toBeGreaterThan(0);
      expect(h.i2).toBeGreaterThan(0);
    }
    expect(spread.conclusion).toMatch(/^Andelen beslut utan brister varierar 20\s%–100\s%.*efter justering för ärendemix är τ = /);
  });
});
