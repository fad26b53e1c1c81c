import {describe, expect, it} from "vitest";
import {spreadConclusion} from "../../../src/lib/format/spread-sentence.js";
import type {Heterogeneity} from "../../../src/lib/measures/decision-maker-spread.js";

const NBSP = "\u00a0";
/** A heterogeneity with the fields the sentence reads; the rest irrelevant to it. */
const h = (over: Partial<Heterogeneity>): Heterogeneity => ({units: 12, min: 0.2, max: 1, mean: 0.6, q: 30, df: 11, pQ: 0.01, tau2: 0.01, tauPercentagePoints: 10, i2: 0.633, ...over});

describe("spreadConclusion(before, after)", () => {
  it("gives the raw range, τ with at most one decimal and I² in whole percent, and says the spread is beyond chance when pQ < 0.05", () => {
    const s = spreadConclusion(h({}), h({tauPercentagePoints: 6.25, i2: 0.4, pQ: 0.049}));
    expect(s).toBe(
      `Andelen beslut utan brister varierar 20${NBSP}%–100${NBSP}% mellan 12 beslutsfattare (τ = 10 procentenheter, I² = 63${NBSP}%); efter justering för ärendemix är τ = 6,3 procentenheter och I² = 40${NBSP}%, så spridningen är större än ärendemix och slump förklarar.`
    );
  });

  it("says case mix and chance explain the spread when pQ ≥ 0.05, and writes τ = 0 as '0 procentenheter'", () => {
    const s = spreadConclusion(h({}), h({tauPercentagePoints: 0, i2: 0, pQ: 0.05}));
    expect(s).toMatch(new RegExp(`efter justering för ärendemix är τ = 0 procentenheter och I² = 0${NBSP}%, så spridningen kan förklaras av ärendemix och slump\\.$`));
  });

  it("writes a dash for a τ that is not finite", () => {
    expect(spreadConclusion(h({tauPercentagePoints: NaN}), h({}))).toMatch(/\(τ = –, I²/);
  });

  it("says there are too few decision-makers when fewer than two enter after case mix", () => {
    const few = "För få beslutsfattare med tillräckligt många beslut för att bedöma spridningen.";
    expect(spreadConclusion(h({}), h({units: 1}))).toBe(few);
    expect(spreadConclusion(h({}), h({units: 0, pQ: NaN}))).toBe(few);
  });
});
