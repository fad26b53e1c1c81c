import {describe, expect, it} from "vitest";
import {formatShareRange, spreadComparedWithEarlier, spreadConclusion, spreadDetails, spreadRange, type SpreadAt} from "../../../src/lib/format/spread-sentence.js";
import type {Heterogeneity} from "../../../src/lib/measures/decision-maker-spread.js";

const NBSP = "\u00a0";
/** A heterogeneity with the fields the sentence reads; the rest irrelevant to it. */
const h = (over: Partial<Heterogeneity>): Heterogeneity => ({units: 12, min: 0.2, max: 1, mean: 0.6, q: 30, df: 11, pQ: 0.01, tau2: 0.01, tauPercentagePoints: 10, i2: 0.633, ...over});

describe("spreadConclusion(before, after)", () => {
  it("says in one plain sentence how much decision-makers typically differ after case mix (whole procentenheter), and that it is more than chance when pQ < 0.05", () => {
    const s = spreadConclusion(h({}), h({tauPercentagePoints: 16.6, i2: 0.76, pQ: 0.049}));
    expect(s).toBe("Beslutsfattarna skiljer sig typiskt 17 procentenheter åt, även med hänsyn till ärendena, och det är mer än slumpen förklarar.");
    expect(s).not.toMatch(/τ|I²|p\.e\./);
  });

  it("says chance can explain the spread when pQ ≥ 0.05, and writes τ = 0 as '0 procentenheter'", () => {
    expect(spreadConclusion(h({}), h({tauPercentagePoints: 0, i2: 0, pQ: 0.05}))).toBe("Beslutsfattarna skiljer sig typiskt 0 procentenheter åt med hänsyn till ärendena, och det kan slumpen förklara.");
  });

  it("says there are too few decision-makers when fewer than two enter after case mix", () => {
    const few = "För få beslutsfattare har tillräckligt många beslut för att bedöma spridningen.";
    expect(spreadConclusion(h({}), h({units: 1}))).toBe(few);
    expect(spreadConclusion(h({}), h({units: 0, pQ: NaN}))).toBe(few);
  });
});

describe("spreadRange(before) and spreadDetails(before, after, minimum)", () => {
  it("writes the raw range with one unit ('20–100 %')", () => {
    expect(formatShareRange(0.2, 1)).toBe(`20–100${NBSP}%`);
    expect(spreadRange(h({}))).toBe(`Utan hänsyn till ärendena varierar andelen beslut utan brister 20–100${NBSP}% mellan 12 beslutsfattare.`);
    expect(spreadRange(h({units: 1}))).toBeNull();
  });

  it("keeps τ (at most one decimal), I² and the test for the disclosure, with a dash for a τ that is not finite", () => {
    const [values, ...rest] = spreadDetails(h({}), h({tauPercentagePoints: 6.25, i2: 0.4}), 10);
    expect(values).toBe(`Före justering för ärendemix: τ = 10 procentenheter, I² = 63${NBSP}%. Efter justering: τ = 6,3 procentenheter, I² = 40${NBSP}%.`);
    expect(rest.join(" ")).toContain("minst 10 beslut");
    expect(spreadDetails(h({tauPercentagePoints: NaN}), h({}), 10)[0]).toMatch(/^Före justering för ärendemix: τ = –, I²/);
  });
});

describe("spreadComparedWithEarlier(points, windowTo, label)", () => {
  const at = (tertial: string, to: string, tau: number): SpreadAt => ({tertial, window: {from: "", to}, afterCaseMix: h({tauPercentagePoints: tau})});
  const points = [at("2023T1", "2023-04-30", 19.2), at("2023T2", "2023-08-31", 20.4), at("2023T3", "2023-12-31", 18.1), at("2024T1", "2024-04-30", 15.2), at("2024T2", "2024-08-31", 16), at("2024T3", "2024-12-31", 17.3)];
  const label = (t: string) => `T${t.slice(5)} ${t.slice(0, 4)}`;

  it("compares the window's typical difference with a year earlier and with the range since the first tertial, in whole procentenheter", () => {
    expect(spreadComparedWithEarlier(points, "2024-12-31", label)).toBe("Skillnaden är mindre än ett år tidigare, då den var 18 procentenheter (T3 2023). Sedan T1 2023 har den legat mellan 15 och 20 procentenheter.");
    expect(spreadComparedWithEarlier(points, "2024-04-30", label)).toBe("Skillnaden är mindre än ett år tidigare, då den var 19 procentenheter (T1 2023). Sedan T1 2023 har den legat mellan 15 och 20 procentenheter, så den är nu som lägst.");
  });

  it("says nothing without earlier tertials or a matching window", () => {
    expect(spreadComparedWithEarlier(points, "2023-04-30", label)).toBeNull();
    expect(spreadComparedWithEarlier(points, "2025-04-30", label)).toBeNull();
    expect(spreadComparedWithEarlier(points, "2023-12-31", label)).toBe("Sedan T1 2023 har den legat mellan 18 och 20 procentenheter, så den är nu som lägst.");
  });
});
