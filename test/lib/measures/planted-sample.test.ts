import {beforeAll, describe, expect, it} from "vitest";
import {generateSample, type Sample} from "../../../loaders/sample/generate.js";
import {PLANTED} from "../../../loaders/sample/planted.js";
import {analyze, type Analysis} from "../../../src/lib/measures/analysis.js";
import {parsePeriod} from "../../../src/lib/period.js";

/**
 * Acceptance on the built-in sample (seed 1, scale 1) against the deviations planted in loaders/sample/planted.ts, in the
 * windows a user looks at: calendar 2023 (`lika analyze data/sample --period 2023`) and the decision-maker window of the
 * tertial follow-up 2024T2 (2023-09-01 – 2024-08-31), and over the sample's whole period.
 * Measured when written: all four planted decision-makers reach alarm in 2023 (|z| 5.0–9.3) and in the 2024T2 window
 * (|z| 3.7–8.1); no other decision-maker gets any flag on this measure in either window; Mitt is low at alarm on child
 * conversations in 2023 (z −3.4). In 2023 the spread is 20–100 % over 28 decision-makers with at least 10 decisions,
 * τ 15.2 percentage points (I² 73 %) before and 16.9 (I² 78 %) after case mix.
 */
let sample: Sample;
let whole: Analysis;
let year2023: Analysis;
let tertial2024T2: Analysis;

beforeAll(() => {
  sample = generateSample({seed: 1, scale: 1});
  whole = analyze(sample, parsePeriod(`${sample.extract.period.from}..${sample.extract.period.to}`));
  year2023 = analyze(sample, parsePeriod("2023"));
  tertial2024T2 = analyze(sample, parsePeriod("2024T2"));
});

const dwdFlags = (a: Analysis) => a.flags.filter((f) => f.measure === "decisions-without-deficiencies" && f.unitType === "decision-maker");
const windows = (): [string, Analysis][] => [
  ["2023", year2023],
  ["2024T2 (twelve months to 2024-08-31)", tertial2024T2],
  ["2021–2024", whole]
];

describe("analyze(sample) against the planted deviations", () => {
  it("uses the twelve months ending with the tertial as the decision-maker window of 2024T2", () => {
    expect(tertial2024T2.decisionMakerWindow).toEqual({from: "2023-09-01", to: "2024-08-31"});
  });

  it("flags every planted deviating decision-maker at alarm level, in the planted direction, in 2023, in the 2024T2 window and over the sample's period", () => {
    expect(PLANTED.decisionMakers.length).toBeGreaterThanOrEqual(4);
    for (const [name, a] of windows()) {
      const flags = dwdFlags(a);
      for (const p of PLANTED.decisionMakers) {
        const flag = flags.find((f) => f.unit === p.id);
        expect([name, p.id, flag?.level, flag?.direction]).toEqual([name, p.id, "alarm", p.direction]);
      }
    }
  });

  it("gives every planted deviating decision-maker at least 20 decisions (the minimum to be flagged) in both windows", () => {
    for (const a of [year2023, tertial2024T2]) {
      const units = a.measures["decisions-without-deficiencies"].byDecisionMaker.units;
      for (const p of PLANTED.decisionMakers) expect(units.find((u) => u.unit === p.id)!.n, p.id).toBeGreaterThanOrEqual(20);
    }
  });

  it("raises no alarm for a planted-normal decision-maker and no flag at all for a control, in any of the windows", () => {
    const deviating = new Set(PLANTED.decisionMakers.map((p) => p.id));
    for (const [name, a] of windows()) {
      const alarms = dwdFlags(a).filter((f) => f.level === "alarm" && !deviating.has(f.unit));
      expect([name, alarms.map((f) => f.unit)]).toEqual([name, []]);
      for (const c of PLANTED.controls) expect([name, c.id, dwdFlags(a).find((f) => f.unit === c.id)]).toEqual([name, c.id, undefined]);
    }
  });

  it("flags Mitt low at alarm on child conversations in 2023 and over the period, Syd high, and not Nord (planted normal)", () => {
    for (const a of [year2023, whole]) {
      const flags = a.flags.filter((f) => f.measure === "child-conversations" && f.unitType === "department");
      expect(PLANTED.departments.find((d) => d.department === "mitt")).toMatchObject({measure: "child_conversations", direction: "low"});
      for (const d of PLANTED.departments.filter((p) => p.measure === "child_conversations")) {
        const flag = flags.find((f) => f.unit === d.department);
        if (d.direction === "normal") expect(flag?.level ?? null, d.department).not.toBe("alarm");
        else expect([d.department, flag?.level, flag?.direction]).toEqual([d.department, "alarm", d.direction]);
      }
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
