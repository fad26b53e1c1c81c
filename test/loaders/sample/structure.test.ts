/**
 * The sample has real structure for the dashboards and flags to find: planted deviations that hold
 * after case mix, planted-normal controls, base rates by type of home, delegation and escalation
 * practice that differ by department, and seasonality. Checked with small counting code on the
 * default sample (seed 1, scale 1, as committed in data/sample).
 */
import {describe, expect, it} from "vitest";
import {generateSample} from "../../../loaders/sample/generate.js";
import {PLANTED, plantedFor} from "../../../loaders/sample/planted.js";
import {NO_DEFICIENCY_PROBABILITY} from "../../../loaders/sample/frequency-supervision.js";
import type {HomeType} from "../../../src/lib/extract/codes.js";
import {chisquareCdf} from "../../../src/lib/stats/dists.js";

const sample = generateSample({seed: 1, scale: 1});
// Frequency decisions that judge an inspection (not the follow-ups that close a case).
const inspectionDecisions = new Set(sample.inspections.map((x) => x.decision_id));
const frequency = sample.decisions.filter((d) => d.case_type === "frequency" && inspectionDecisions.has(d.decision_id));

/** Observed and case-mix-expected decisions without deficiencies per decision-maker (indirect standardisation by type of home). */
function standardised(rows: typeof frequency): Map<string, {n: number; observed: number; expected: number; z: number}> {
  const rate = new Map<string, [number, number]>();
  for (const d of rows) {
    const r = rate.get(d.operation_type) ?? [0, 0];
    r[1]++;
    if (d.decision_type === "no_deficiencies") r[0]++;
    rate.set(d.operation_type, r);
  }
  const acc = new Map<string, {n: number; observed: number; expected: number; variance: number}>();
  for (const d of rows) {
    const [k, n] = rate.get(d.operation_type)!;
    const p = k / n;
    const a = acc.get(d.decision_maker) ?? {n: 0, observed: 0, expected: 0, variance: 0};
    a.n++;
    a.expected += p;
    a.variance += p * (1 - p);
    if (d.decision_type === "no_deficiencies") a.observed++;
    acc.set(d.decision_maker, a);
  }
  return new Map([...acc].map(([id, a]) => [id, {n: a.n, observed: a.observed, expected: a.expected, z: (a.observed - a.expected) / Math.sqrt(a.variance)}]));
}

describe("planted deviations (loaders/sample/planted.ts)", () => {
  const all = standardised(frequency);
  const in2023 = standardised(frequency.filter((d) => d.decision_date.startsWith("2023")));

  it("PLANTED is plantedFor(1), names 4 decision-makers in both directions and 2 controls, all present in the sample", () => {
    expect(PLANTED).toEqual(plantedFor(1));
    expect(PLANTED.decisionMakers.map((p) => p.direction).sort()).toEqual(["high", "high", "low", "low"]);
    expect(PLANTED.controls).toHaveLength(2);
    expect([...PLANTED.decisionMakers, ...PLANTED.controls].every((p) => all.has(p.id))).toBe(true);
    expect(plantedFor(2).decisionMakers[0]!.id).not.toBe(PLANTED.decisionMakers[0]!.id);
  });

  it("planted decision-makers deviate after case mix in their direction: |z| > 5 over 2021–2024 and > 2.5 in 2023 alone", () => {
    for (const p of PLANTED.decisionMakers) {
      const sign = p.direction === "high" ? 1 : -1;
      expect({id: p.id, over4Years: sign * all.get(p.id)!.z > 5, in2023: sign * in2023.get(p.id)!.z > 2.5}).toEqual({id: p.id, over4Years: true, in2023: true});
    }
  });

  it("lets every other decision-maker vary as the binomial does around the true probabilities: Σz² over seeds 1–3 is a plausible χ²", () => {
    // z = (O − Σp)/√Σp(1 − p) per non-planted decision-maker and year (at least 20 decisions), with p the generator's true
    // probability by type of home. Under binomial variation Σz² ~ χ² with as many degrees of freedom as units; the old
    // generator's bounded deviations gave about 0.6 per unit, which this rejects.
    let sum = 0;
    let k = 0;
    for (const seed of [1, 2, 3]) {
      const s = seed === 1 ? sample : generateSample({seed, scale: 1});
      const judged = new Set(s.inspections.map((x) => x.decision_id));
      const planted = new Set(plantedFor(seed).decisionMakers.map((p) => p.id));
      const acc = new Map<string, {n: number; o: number; e: number; v: number}>();
      for (const d of s.decisions) {
        if (d.case_type !== "frequency" || !judged.has(d.decision_id) || planted.has(d.decision_maker)) continue;
        const p = NO_DEFICIENCY_PROBABILITY[d.operation_type as HomeType];
        const key = `${d.decision_maker}|${d.decision_date.slice(0, 4)}`;
        const a = acc.get(key) ?? {n: 0, o: 0, e: 0, v: 0};
        a.n++;
        a.e += p;
        a.v += p * (1 - p);
        if (d.decision_type === "no_deficiencies") a.o++;
        acc.set(key, a);
      }
      for (const a of acc.values()) {
        if (a.n < 20) continue;
        sum += (a.o - a.e) ** 2 / a.v;
        k++;
      }
    }
    expect(k).toBeGreaterThan(150);
    const p = chisquareCdf(sum, k);
    expect(p).toBeGreaterThan(0.001);
    expect(p).toBeLessThan(0.999);
  });

  it("the special-youth-home control has a low raw share (< 35 %) that case mix explains (observed/expected within 0.8–1.2)", () => {
    const control = all.get(PLANTED.controls[0]!.id)!;
    expect(control.observed / control.n).toBeLessThan(0.35);
    expect(control.observed / control.expected).toBeGreaterThan(0.8);
    expect(control.observed / control.expected).toBeLessThan(1.2);
  });

  it("Mitt truly has fewer child conversations among homes with children placed in 2023; Nord's low rate is homes with no child placed", () => {
    const rate = (department: string) => {
      const homes = sample.inspections.filter((x) => x.department === department && x.inspection_date.startsWith("2023") && x.children_placed > 0);
      return homes.filter((x) => x.children_spoken > 0).length / homes.length;
    };
    const others = ["ost", "sydost", "vast"].map(rate);
    expect(Math.max(rate("mitt"))).toBeLessThan(Math.min(...others) - 0.08);
    expect(rate("nord")).toBeGreaterThan(Math.min(...others) - 0.03);
    expect(rate("syd")).toBeGreaterThan(Math.max(...others));
  });
});

describe("structure of the default sample", () => {
  it("has more decisions without deficiencies at LSS homes for children than at HVB homes and special youth homes", () => {
    const share = (type: string) => {
      const rows = frequency.filter((d) => d.operation_type === type);
      return rows.filter((d) => d.decision_type === "no_deficiencies").length / rows.length;
    };
    expect(share("lss_child_home")).toBeGreaterThan(share("hvb") + 0.1);
    expect(share("hvb")).toBeGreaterThan(share("special_youth_home"));
  });

  it("has every case type, six departments, about 60 decision-makers and some with few decisions", () => {
    expect(new Set(sample.decisions.map((d) => d.case_type))).toEqual(new Set(["frequency", "self_initiated", "national", "complaint", "report"]));
    expect(new Set(sample.decisions.map((d) => d.department)).size).toBe(6);
    const perMaker = new Map<string, number>();
    for (const d of sample.decisions) perMaker.set(d.decision_maker, (perMaker.get(d.decision_maker) ?? 0) + 1);
    expect(perMaker.size).toBeGreaterThanOrEqual(55);
    expect(perMaker.size).toBeLessThanOrEqual(65);
    expect([...perMaker.values()].some((n) => n < 0.2 * (sample.decisions.length / perMaker.size))).toBe(true);
  });

  it("delegates more in Syd than in Nord: share of delegable decisions taken by inspectors with delegation", () => {
    const delegated = (department: string) => {
      const rows = sample.decisions.filter((d) => d.department === department && ["no_deficiencies", "criticism", "report_back_1", "final"].includes(d.decision_type));
      return rows.filter((d) => d.decision_maker_role === "inspector_delegated").length / rows.length;
    };
    expect(delegated("syd")).toBeGreaterThan(0.6);
    expect(delegated("nord")).toBeLessThan(0.35);
  });

  it("repeats report-back requests more in Nord than in Syd before escalating, and lets days pass between decisions", () => {
    const byCase = new Map<string, typeof sample.decisions>();
    for (const d of sample.decisions) if (d.case_type !== "national" && d.case_type !== "frequency") byCase.set(d.case_id, [...(byCase.get(d.case_id) ?? []), d]);
    const repeats = new Map<string, [number, number]>();
    const gaps: number[] = [];
    for (const ds of byCase.values()) {
      for (let i = 1; i < ds.length; i++) {
        gaps.push((Date.parse(ds[i]!.decision_date) - Date.parse(ds[i - 1]!.decision_date)) / 86_400_000);
        const [prev, next] = [ds[i - 1]!.decision_type, ds[i]!.decision_type];
        if (prev !== "report_back_1" && prev !== "report_back_2") continue;
        if (next === "final" || next === "prosecution_report") continue;
        const r = repeats.get(ds[0]!.department) ?? [0, 0];
        r[1]++;
        if (next.startsWith("report_back")) r[0]++;
        repeats.set(ds[0]!.department, r);
      }
    }
    const share = (department: string) => repeats.get(department)![0] / repeats.get(department)![1];
    expect(share("nord")).toBeGreaterThan(share("syd") + 0.15);
    expect(gaps.every((g) => g >= 0)).toBe(true);
    expect(gaps.filter((g) => g >= 30).length).toBeGreaterThan(gaps.length / 2);
  });

  it("has fewer decisions in July and more in the autumn", () => {
    const perMonth = Array.from({length: 12}, () => 0);
    for (const d of sample.decisions) perMonth[Number(d.decision_date.slice(5, 7)) - 1]!++;
    const mean = perMonth.reduce((s, n) => s + n, 0) / 12;
    expect(perMonth[6]!).toBeLessThan(0.5 * mean);
    expect((perMonth[8]! + perMonth[9]! + perMonth[10]!) / 3).toBeGreaterThan(perMonth.slice(0, 6).reduce((s, n) => s + n, 0) / 6);
  });
});
