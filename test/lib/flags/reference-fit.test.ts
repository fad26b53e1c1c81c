import {describe, expect, it} from "vitest";
import {caseMixOverdispersion} from "../../../src/lib/flags/reference-fit.js";
import type {UnitCounts} from "../../../src/lib/flags/types.js";
import {overdispersion} from "../../../src/lib/stats/overdispersion.js";

/** Units without case mix (E = n·target) from [n, O] pairs. */
function plain(pairs: [number, number][]): UnitCounts[] {
  const target = pairs.reduce((s, [, o]) => s + o, 0) / pairs.reduce((s, [n]) => s + n, 0);
  return pairs.map(([n, observed], i) => ({unit: `u${i}`, n, observed, expected: n * target}));
}

const dispersed = plain([[100, 20], [80, 60], [60, 15], [120, 90], [90, 45], [50, 40], [70, 10], [110, 70]]);

describe("caseMixOverdispersion(units)", () => {
  it("equals the statistics core's overdispersion (FunnelPlotR, proportions) when there is no case mix", () => {
    const ours = caseMixOverdispersion(dispersed);
    const core = overdispersion(dispersed.map((u) => ({numerator: u.observed, denominator: u.n})), {type: "proportion"});
    expect(ours.phi).toBeCloseTo(core.phi, 10);
    expect(ours.tau2).toBeCloseTo(core.tau2, 12);
    expect(ours.z.map((z) => z.toFixed(9))).toEqual(core.z.map((z) => z.toFixed(9)));
  });
});
