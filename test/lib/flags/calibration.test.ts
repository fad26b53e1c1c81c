/**
 * The flag policy against a known truth (loaders/calibration/simulate.ts) at a moderate size: 150 datasets of each kind,
 * seed 1. `npm run calibrate` runs the same harness at 2 000 datasets and writes docs/flag-calibration.md.
 * Measured when written (150 datasets): default recall 99.1 %, precision 98.0 %, null alarm rate 0.15 %, normal
 * departments alarmed 0.1 %; exact recall 97.9 %, null alarm rate 0 %; every unit in the reference: recall 66 %, normal
 * departments 6 %.
 */
import {beforeAll, describe, expect, it} from "vitest";
import {calibrate, decisionMakerDataset, departmentDataset, TARGETS, type CalibrationFigures} from "../../../loaders/calibration/simulate.js";
import {flagPolicy} from "../../../src/lib/flags/policy.js";

const SIZE = {datasets: 150, seed: 1};

describe("the truth harness's data", () => {
  it("has 30–55 decision-makers with 8–150 cases, several truly deviating in both directions, and specialists", () => {
    let high = 0;
    let low = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const d = decisionMakerDataset(seed, {deviating: 5, overdispersion: 0});
      expect(d.truth.length).toBeGreaterThanOrEqual(30);
      expect(d.truth.length).toBeLessThanOrEqual(55);
      for (const t of d.truth) {
        expect(t.n).toBeGreaterThanOrEqual(8);
        expect(t.n).toBeLessThanOrEqual(150);
      }
      expect(d.truth.filter((t) => t.logOddsRatio !== 0)).toHaveLength(5);
      high += d.truth.filter((t) => t.logOddsRatio > 0).length;
      low += d.truth.filter((t) => t.logOddsRatio < 0).length;
      expect(d.truth.some((t) => t.specialist && t.logOddsRatio === 0)).toBe(true);
    }
    expect(high).toBeGreaterThan(20);
    expect(low).toBeGreaterThan(20);
  });

  it("makes truly normal specialists' raw shares extreme through case mix: in most datasets a normal specialist has the lowest or highest raw share among normal units", () => {
    let extremeIsSpecialist = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const d = decisionMakerDataset(seed, {deviating: 0, overdispersion: 0});
      const share = new Map<string, [number, number]>();
      for (const c of d.cases) {
        const s = share.get(c.unit) ?? [0, 0];
        s[1] += 1;
        if (c.event) s[0] += 1;
        share.set(c.unit, s);
      }
      const eligible = d.truth.filter((t) => t.n >= 20).sort((a, b) => share.get(a.unit)![0] / a.n - share.get(b.unit)![0] / b.n);
      if (eligible[0]!.specialist || eligible[eligible.length - 1]!.specialist) extremeIsSpecialist += 1;
    }
    expect(extremeIsSpecialist).toBeGreaterThan(30);
  });

  it("has six departments of 100–300 cases, exactly one truly deviating when asked", () => {
    const d = departmentDataset(3, {deviating: 1, overdispersion: 0});
    expect(d.truth).toHaveLength(6);
    expect(d.truth.filter((t) => t.logOddsRatio !== 0)).toHaveLength(1);
    expect(d.truth.every((t) => t.n >= 100 && t.n <= 300)).toBe(true);
  });
});

describe("the flag policy against the truth (150 datasets of each kind, seed 1)", () => {
  let defaults: CalibrationFigures;
  let exact: CalibrationFigures;
  let textbook: CalibrationFigures;
  beforeAll(() => {
    defaults = calibrate(flagPolicy(), SIZE);
    exact = calibrate(flagPolicy({method: "exact-binomial"}), SIZE);
    textbook = calibrate(flagPolicy({reference: "all", smallExpected: 0}), SIZE);
  }, 120_000);

  it("default: recall ≥ 95 % among clearly detectable planted decision-makers, null alarm rate ≤ 0.3 % (interval consistent with 0.2 %), normal departments alarmed ≤ 5 %", () => {
    expect(defaults.recall.total).toBeGreaterThan(200);
    expect(defaults.recall.rate).toBeGreaterThanOrEqual(TARGETS.recall);
    expect(defaults.nullAlarms.total).toBeGreaterThan(3500);
    expect(defaults.nullAlarms.rate).toBeLessThanOrEqual(TARGETS.nullAlarmRate);
    expect(defaults.nullAlarms.interval.lower).toBeLessThanOrEqual(0.002);
    expect(defaults.normalDepartmentAlarms.rate).toBeLessThanOrEqual(TARGETS.normalDepartmentAlarmRate);
    expect(defaults.precision.rate).toBeGreaterThan(0.95);
    expect(defaults.departmentRecall.rate).toBeGreaterThan(0.95);
    // Beyond the 95 % limits about 5 % of units under no true difference.
    expect(defaults.nullFlags.interval.lower).toBeLessThanOrEqual(0.05);
    expect(defaults.nullFlags.rate).toBeGreaterThan(0.035);
  });

  it("exact (mid-p) method: meets the same targets, with fewer alarms under the null than the default", () => {
    expect(exact.recall.rate).toBeGreaterThanOrEqual(TARGETS.recall);
    expect(exact.nullAlarms.rate).toBeLessThanOrEqual(TARGETS.nullAlarmRate);
    expect(exact.normalDepartmentAlarms.rate).toBeLessThanOrEqual(TARGETS.normalDepartmentAlarmRate);
    expect(exact.nullAlarms.count).toBeLessThanOrEqual(defaults.nullAlarms.count);
  });

  it("is the robust reference that finds them: with every unit in the reference recall falls below the target and normal departments are alarmed more often", () => {
    expect(textbook.recall.rate).toBeLessThan(TARGETS.recall);
    expect(textbook.recall.rate).toBeLessThan(defaults.recall.rate);
    expect(textbook.normalDepartmentAlarms.rate).toBeGreaterThan(defaults.normalDepartmentAlarms.rate);
  });
});
