import {describe, it, expect} from "vitest";
import {randomLcg} from "d3";
import {kaplanMeier, kaplanMeierAt, survivalQuantile} from "../../../src/lib/stats/index.js";
import type {SurvivalObservation} from "../../../src/lib/stats/index.js";
import {expectClose, expectRounded} from "./close.js";

// The aml data of R's survival package (Miller 1981): Rdatasets csv/survival/aml.csv (commit cc03c29), group 1 =
// Maintained, 2 = Nonmaintained; cens 1 = event. "+" in the comments below marks a censored time.
const obs = (time: number, status: number): SurvivalObservation => ({time, event: status === 1});
// 9, 13, 13+, 18, 23, 28+, 31, 34, 45+, 48, 161+
const maintained = [obs(9, 1), obs(13, 1), obs(13, 0), obs(18, 1), obs(23, 1), obs(28, 0), obs(31, 1), obs(34, 1), obs(45, 0), obs(48, 1), obs(161, 0)];
// 5, 5, 8, 8, 12, 16+, 23, 27, 30, 33, 43, 45
const nonmaintained = [obs(5, 1), obs(5, 1), obs(8, 1), obs(8, 1), obs(12, 1), obs(16, 0), obs(23, 1), obs(27, 1), obs(30, 1), obs(33, 1), obs(43, 1), obs(45, 1)];

interface Row {
  time: number;
  nRisk: number;
  events: number;
  survival: number;
  se: number | null;
  lower: number | null;
  upper: number | null;
}
/** Compares the event-time rows of a fit with a printed summary(survfit) table, each value to its printed decimals. */
function expectTable(fit: ReturnType<typeof kaplanMeier>, table: Row[], decimals: {survival: number; se: number; limits: number; upper: number}): void {
  const eventSteps = fit.steps.filter((s) => s.events > 0);
  expect(eventSteps.map((s) => s.time)).toEqual(table.map((r) => r.time));
  table.forEach((row, i) => {
    const step = eventSteps[i]!;
    expect(step.nRisk).toBe(row.nRisk);
    expect(step.events).toBe(row.events);
    expectRounded(step.survival, row.survival, decimals.survival);
    if (row.se === null) expect(step.standardError).toBeNull();
    else expectRounded(step.standardError!, row.se, decimals.se);
    if (row.lower === null) expect(step.lower).toBeNull();
    else expectRounded(step.lower!, row.lower, decimals.limits);
    if (row.upper === null) expect(step.upper).toBeNull();
    else expectRounded(step.upper!, row.upper, decimals.upper);
  });
}

describe("kaplanMeier(observations, options) against R's survival::survfit", () => {
  it("reproduces summary(survfit(Surv(time, status) ~ x, aml)) for the Maintained group (tie of event and censoring at 13, censored last at 161)", () => {
    // survival (github.com/therneau/survival) tests/doaml.Rout.save, commit 08139b1, printed by summary(fit):
    // time n.risk n.event survival std.err lower 95% CI upper 95% CI
    const table: Row[] = [
      {time: 9, nRisk: 11, events: 1, survival: 0.909, se: 0.0867, lower: 0.7541, upper: 1.0},
      {time: 13, nRisk: 10, events: 1, survival: 0.818, se: 0.1163, lower: 0.6192, upper: 1.0},
      {time: 18, nRisk: 8, events: 1, survival: 0.716, se: 0.1397, lower: 0.4884, upper: 1.0},
      {time: 23, nRisk: 7, events: 1, survival: 0.614, se: 0.1526, lower: 0.3769, upper: 0.999},
      {time: 31, nRisk: 5, events: 1, survival: 0.491, se: 0.1642, lower: 0.2549, upper: 0.946},
      {time: 34, nRisk: 4, events: 1, survival: 0.368, se: 0.1627, lower: 0.1549, upper: 0.875},
      {time: 48, nRisk: 2, events: 1, survival: 0.184, se: 0.1535, lower: 0.0359, upper: 0.944}
    ];
    const fit = kaplanMeier(maintained);
    expectTable(fit, table, {survival: 3, se: 4, limits: 4, upper: 3});
    // Censoring at the last time: the curve ends at 161 without dropping to 0.
    const last = fit.steps[fit.steps.length - 1]!;
    expect(last).toMatchObject({time: 161, nRisk: 1, events: 0, censored: 1});
    expect(last.survival).toBeGreaterThan(0);
    expect(fit.n).toBe(11);
    expect(fit.events).toBe(7);
  });

  it("reproduces the Nonmaintained group (tied events at 5 and 8; the last subject has the event, so S reaches 0 with NA limits)", () => {
    // Same file and table, aml$x=Nonmaintained. At 45 R prints survival 0.0000, std.err NaN, limits NA.
    const table: Row[] = [
      {time: 5, nRisk: 12, events: 2, survival: 0.8333, se: 0.1076, lower: 0.647, upper: 1.0},
      {time: 8, nRisk: 10, events: 2, survival: 0.6667, se: 0.1361, lower: 0.4468, upper: 0.995},
      {time: 12, nRisk: 8, events: 1, survival: 0.5833, se: 0.1423, lower: 0.3616, upper: 0.941},
      {time: 23, nRisk: 6, events: 1, survival: 0.4861, se: 0.1481, lower: 0.2675, upper: 0.883},
      {time: 27, nRisk: 5, events: 1, survival: 0.3889, se: 0.147, lower: 0.1854, upper: 0.816},
      {time: 30, nRisk: 4, events: 1, survival: 0.2917, se: 0.1387, lower: 0.1148, upper: 0.741},
      {time: 33, nRisk: 3, events: 1, survival: 0.1944, se: 0.1219, lower: 0.0569, upper: 0.664},
      {time: 43, nRisk: 2, events: 1, survival: 0.0972, se: 0.0919, lower: 0.0153, upper: 0.62},
      {time: 45, nRisk: 1, events: 1, survival: 0, se: null, lower: null, upper: null}
    ];
    expectTable(kaplanMeier(nonmaintained), table, {survival: 4, se: 4, limits: 4, upper: 3});
  });

  it("gives the medians and their 95 % limits that print(survfit) shows: 31 (18, NA) and 23 (8, NA)", () => {
    // survival tests/doaml.Rout.save, commit 08139b1, print(fit): median 0.95LCL 0.95UCL
    // aml$x=Maintained 31 18 NA; aml$x=Nonmaintained 23 8 NA.
    expect(kaplanMeier(maintained).median).toEqual({time: 31, lower: 18, upper: null});
    expect(kaplanMeier(nonmaintained).median).toEqual({time: 23, lower: 8, upper: null});
  });

  it("gives the number at risk at chosen times as summary(fit, times) does (the n.risk column at 9, 13, 18; 0 after the end)", () => {
    // n.risk from the Maintained table above (doaml.Rout.save): 11 at 9, 10 at 13, 8 at 18. Between steps the number at
    // risk is that of the next observed time: at 14, the 8 with time ≥ 18 (13 and 13+ have left).
    const at = kaplanMeierAt(kaplanMeier(maintained), [0, 9, 13, 14, 18, 161, 200]);
    expect(at.map((a) => a.nRisk)).toEqual([11, 11, 10, 8, 8, 1, 0]);
    expect(at[0]).toMatchObject({survival: 1, lower: 1, upper: 1});
    expectRounded(at[3]!.survival!, 0.818, 3); // S(14) = S(13), printed 0.818
    expectRounded(at[6]!.survival!, 0.184, 3); // carried forward past the last step (extend = TRUE)
  });
});

describe("survivalQuantile(curve, probability) against survival's tests/quantile.R", () => {
  // survival (github.com/therneau/survival) tests/quantile.Rout.save, commit 5395b8a (R 4.3.2): test1 data with the
  // NA-status row dropped (survfit drops it), qq = c(13/14, 6/7, 2/3, .5, 9/35, .1), quantile(fit, 1 - qq).
  const test1 = [obs(9, 1), obs(1, 1), obs(1, 0), obs(6, 1), obs(6, 1), obs(8, 0), obs(10, 0)];
  const qq = [13 / 14, 6 / 7, 2 / 3, 0.5, 9 / 35, 0.1];

  it("applies the midpoint rule on flats and at the end: quantiles 1, 3.5, 6, 9, 9.5, NA; lower 1, 1, 1, 6, 6, 9; upper all NA", () => {
    const fit = kaplanMeier(test1);
    const q = qq.map((s) => survivalQuantile(fit, 1 - s));
    expect(q.map((x) => x.time)).toEqual([1, 3.5, 6, 9, 9.5, null]);
    expect(q.map((x) => x.lower)).toEqual([1, 1, 1, 6, 6, 9]);
    expect(q.map((x) => x.upper)).toEqual([null, null, null, null, null, null]);
  });

  it("gives per-curve quantiles with x as strata: curve 0 → 6, 6, 9, 9, NA, NA; curve 1 → 1, 1, 3.5, 6, 6, 6", () => {
    // Same file: aeq(temp$quantile, matrix(c(6,6,9,9,NA,NA, 1,1,3.5,6,6,6), ...)); lower c(6,6,6,6,9,9, 1,1,1,1,NA,NA).
    const x0 = kaplanMeier([obs(9, 1), obs(6, 1), obs(8, 0), obs(10, 0)]);
    const x1 = kaplanMeier([obs(1, 1), obs(1, 0), obs(6, 1)]);
    const q0 = qq.map((s) => survivalQuantile(x0, 1 - s));
    const q1 = qq.map((s) => survivalQuantile(x1, 1 - s));
    expect(q0.map((x) => x.time)).toEqual([6, 6, 9, 9, null, null]);
    expect(q1.map((x) => x.time)).toEqual([1, 1, 3.5, 6, 6, 6]);
    expect(q0.map((x) => x.lower)).toEqual([6, 6, 6, 6, 9, 9]);
    expect(q1.map((x) => x.lower)).toEqual([1, 1, 1, 1, null, null]);
    expect([...q0, ...q1].every((x) => x.upper === null)).toBe(true);
  });

  it("rejects a probability outside (0, 1)", () => {
    const fit = kaplanMeier(test1);
    expect(() => survivalQuantile(fit, 0)).toThrow(RangeError);
    expect(() => survivalQuantile(fit, 1)).toThrow(RangeError);
  });
});

describe("kaplanMeier(observations) at the edges", () => {
  it("returns no steps and a null median for no observations", () => {
    const fit = kaplanMeier([]);
    expect(fit).toMatchObject({n: 0, events: 0, steps: [], median: {time: null, lower: null, upper: null}});
    expect(kaplanMeierAt(fit, [5])).toEqual([{time: 5, nRisk: 0, survival: null, lower: null, upper: null}]);
  });

  it("stays at S = 1 with limits [1, 1] and no median when every observation is censored", () => {
    const fit = kaplanMeier([obs(3, 0), obs(5, 0), obs(5, 0)]);
    expect(fit.steps.map((s) => [s.time, s.nRisk, s.censored, s.survival, s.lower, s.upper])).toEqual([
      [3, 3, 1, 1, 1, 1],
      [5, 2, 2, 1, 1, 1]
    ]);
    expect(fit.median.time).toBeNull();
  });

  it("drops at time 0 for events at time 0; a curve flat at exactly 0.5 gives the midpoint of the flat as median", () => {
    // By hand from the definition: 2 of 4 have the event at 0, so S(0) = 0.5, flat (through the censoring at 5) until
    // the event at 7 → median (0 + 7)/2 = 3.5, quantile.survfit's midpoint rule.
    const fit = kaplanMeier([obs(0, 1), obs(0, 1), obs(5, 0), obs(7, 1)]);
    expect(fit.steps[0]).toMatchObject({time: 0, nRisk: 4, events: 2, survival: 0.5});
    expect(fit.median.time).toBe(3.5);
  });

  it("orders events before censorings at a tied time (the censored subject is at risk for the event)", () => {
    // By hand: at t = 2, n = 3 (one event, one censored, one later) → S = 2/3; then n = 1 at t = 4 → S = 0.
    const fit = kaplanMeier([obs(2, 0), obs(2, 1), obs(4, 1)]);
    expect(fit.steps.map((s) => [s.time, s.nRisk, s.events, s.censored])).toEqual([
      [2, 3, 1, 1],
      [4, 1, 1, 0]
    ]);
    expectClose(fit.steps[0]!.survival, 2 / 3, 1e-15);
    expect(fit.steps[1]!.survival).toBe(0);
  });

  it("rejects negative or non-finite times, a non-boolean event and a level outside (0, 1), naming the observation", () => {
    expect(() => kaplanMeier([obs(1, 1), {time: -1, event: true}])).toThrow(/observation 1 has time -1/);
    expect(() => kaplanMeier([{time: Number.NaN, event: true}])).toThrow(RangeError);
    expect(() => kaplanMeier([{time: 1, event: 1 as unknown as boolean}])).toThrow(/must be true or false/);
    expect(() => kaplanMeier([obs(1, 1)], {level: 95})).toThrow(RangeError);
  });
});

/** Seeded random right-censored samples with many ties (integer times 0–29). */
function randomSamples(seeds: number, size: (r: () => number) => number): SurvivalObservation[][] {
  const out: SurvivalObservation[][] = [];
  for (let seed = 1; seed <= seeds; seed += 1) {
    const r = randomLcg(seed / (seeds + 1));
    out.push(Array.from({length: size(r)}, () => ({time: Math.floor(r() * 30), event: r() < 0.6})));
  }
  return out;
}

describe("kaplanMeier(observations) properties over 200 seeded samples", () => {
  const samples = randomSamples(200, (r) => 1 + Math.floor(r() * 40));

  it("has S non-increasing, S = 1 before the first event, n at risk strictly decreasing, and lower ≤ S ≤ upper", () => {
    for (const sample of samples) {
      const fit = kaplanMeier(sample);
      const firstEvent = Math.min(...sample.filter((o) => o.event).map((o) => o.time));
      let previous = {survival: 1, nRisk: Infinity};
      for (const step of fit.steps) {
        expect(step.survival).toBeLessThanOrEqual(previous.survival);
        expect(step.nRisk).toBeLessThan(previous.nRisk);
        if (step.time < firstEvent) expect(step.survival).toBe(1);
        if (step.lower !== null && step.upper !== null) {
          expect(step.lower).toBeLessThanOrEqual(step.survival + 1e-15);
          expect(step.upper).toBeGreaterThanOrEqual(step.survival - 1e-15);
          expect(step.upper).toBeLessThanOrEqual(1);
        }
        previous = step;
      }
      expect(fit.steps.reduce((s, step) => s + step.events + step.censored, 0)).toBe(sample.length);
    }
  });

  it("equals Efron's redistribute-to-the-right estimate and a direct Greenwood sum at every step", () => {
    for (const sample of samples) {
      const fit = kaplanMeier(sample);
      // Redistribute-to-the-right (Efron 1967): order by time with events before censorings at a tie; each subject
      // starts with mass 1/N; a censored subject hands its mass in equal parts to every subject after it in that order.
      const order = [...sample].sort((a, b) => a.time - b.time || Number(b.event) - Number(a.event));
      const mass = order.map(() => 1 / order.length);
      order.forEach((o, i) => {
        if (o.event || i === order.length - 1) return;
        const share = mass[i]! / (order.length - 1 - i);
        for (let j = i + 1; j < order.length; j += 1) mass[j]! += share;
        mass[i] = 0;
      });
      for (const step of fit.steps) {
        const died = order.reduce((s, o, i) => s + (o.event && o.time <= step.time ? mass[i]! : 0), 0);
        expectClose(step.survival, 1 - died, 1e-12);
        // Greenwood written out: Σ over distinct event times t ≤ step.time of d/(n(n − d)), counting from the raw sample.
        const eventTimes = [...new Set(sample.filter((o) => o.event && o.time <= step.time).map((o) => o.time))];
        const sum = eventTimes.reduce((s, t) => {
          const n = sample.filter((o) => o.time >= t).length;
          const d = sample.filter((o) => o.event && o.time === t).length;
          return s + d / (n * (n - d));
        }, 0);
        if (step.survival > 0) expectClose(step.standardError!, step.survival * Math.sqrt(sum), 1e-12);
        else expect(step.standardError).toBeNull();
      }
    }
  });

  it("gives a median at the first step with S ≤ 0.5, or the midpoint of a flat at 0.5 (within √ε, as products like 3/4 · 2/3 round)", () => {
    const tol = 1.5e-8;
    let flats = 0;
    for (const sample of samples) {
      const fit = kaplanMeier(sample);
      const i = fit.steps.findIndex((s) => s.survival <= 0.5 + tol);
      const first = fit.steps[i];
      if (first === undefined) expect(fit.median.time).toBeNull();
      else if (Math.abs(first.survival - 0.5) > tol) expect(fit.median.time).toBe(first.time);
      else {
        flats += 1;
        const drop = fit.steps.slice(i + 1).find((s) => s.survival < 0.5 - tol);
        expect(fit.median.time).toBe((first.time + (drop ?? fit.steps[fit.steps.length - 1]!).time) / 2);
      }
      if (fit.median.lower !== null && fit.median.time !== null) expect(fit.median.lower).toBeLessThanOrEqual(fit.median.time);
      if (fit.median.upper !== null && fit.median.time !== null) expect(fit.median.upper).toBeGreaterThanOrEqual(fit.median.time);
    }
    expect(flats).toBeGreaterThan(0); // the samples do exercise the flat rule
  });
});
