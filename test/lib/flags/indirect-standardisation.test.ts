import {describe, expect, it} from "vitest";
import {indirectStandardisation, type StratifiedCase} from "../../../src/lib/flags/indirect-standardisation.js";

function cases(unit: string, stratum: string, events: number, nonEvents: number): StratifiedCase[] {
  return [...Array.from({length: events}, () => ({unit, stratum, event: true})), ...Array.from({length: nonEvents}, () => ({unit, stratum, event: false}))];
}

describe("indirectStandardisation(cases)", () => {
  // Hand computation: stratum hvb 6/20 = 0.3, stratum lss 14/20 = 0.7; overall 20/40 = 0.5.
  const data = [...cases("a", "hvb", 3, 7), ...cases("a", "lss", 9, 1), ...cases("b", "hvb", 3, 7), ...cases("b", "lss", 5, 5)];

  it("gives E = Σ nₛ·pₛ and V = Σ nₛ·pₛ(1 − pₛ) per unit from the national stratum rates (hand computation)", () => {
    const r = indirectStandardisation(data);
    expect(r.strata).toEqual([
      {stratum: "hvb", n: 20, events: 6, rate: 0.3},
      {stratum: "lss", n: 20, events: 14, rate: 0.7}
    ]);
    expect(r.target).toBe(0.5);
    expect(r.units.map((u) => u.unit)).toEqual(["a", "b"]);
    expect(r.units[0]).toMatchObject({n: 20, observed: 12});
    expect(r.units[0]!.expected).toBeCloseTo(10 * 0.3 + 10 * 0.7, 12);
    expect(r.units[0]!.variance).toBeCloseTo(10 * 0.21 + 10 * 0.21, 12);
    expect(r.units[1]).toMatchObject({n: 20, observed: 8});
  });

  it("makes the expected counts add up to the observed ones over all units", () => {
    const r = indirectStandardisation([...data, ...cases("c", "lss", 0, 7)]);
    const sum = (k: "observed" | "expected") => r.units.reduce((s, u) => s + u[k], 0);
    expect(sum("expected")).toBeCloseTo(sum("observed"), 10);
  });

  it("with a single stratum gives E = n·target (no adjustment)", () => {
    const r = indirectStandardisation([...cases("a", "all", 2, 8), ...cases("b", "all", 6, 4)]);
    expect(r.units.map((u) => u.expected)).toEqual([4, 4]);
  });

  it("gives no units and a NaN target for no cases", () => {
    expect(indirectStandardisation([])).toEqual({units: [], strata: [], target: NaN});
  });
});
