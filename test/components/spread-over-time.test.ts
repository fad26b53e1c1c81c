// @vitest-environment jsdom
import {randomLcg, randomNormal, randomUniform} from "d3";
import {describe, expect, it} from "vitest";
import {SPREAD_STAGES, SpreadOverTime, spreadRows, type SpreadPoint} from "../../src/components/spread-over-time.js";
import {heterogeneity} from "../../src/lib/measures/decision-maker-spread.js";
import {expectSnapshot} from "./snapshot.js";

/**
 * Seeded spreads per tertial from the real `heterogeneity` (what `decisionMakerSpread` reports): unit shares around 50 %
 * with a true between-unit sd that shrinks tertial by tertial, more before case mix than after.
 */
function points(seed: number, tertials: readonly string[], unitsPer = 30): SpreadPoint[] {
  const source = randomLcg(seed);
  const normal = randomNormal.source(source);
  const uniform = randomUniform.source(source);
  return tertials.map((tertial, t) => {
    const sd = 0.12 - 0.02 * t;
    const estimates = (extra: number) =>
      Array.from({length: unitsPer}, () => {
        const n = Math.round(uniform(20, 150)());
        const p = Math.min(0.95, Math.max(0.05, 0.5 + normal(0, sd + extra)()));
        const x = Array.from({length: n}, () => (source() < p ? 1 : 0) as number).reduce((a, b) => a + b, 0);
        return {y: x / n, v: 0.25 / n};
      });
    return {tertial, beforeCaseMix: heterogeneity(estimates(0.05)), afterCaseMix: heterogeneity(estimates(0))};
  });
}

type Scaled = Element & {scale(name: "y"): {apply(v: number): number}};

describe("SpreadOverTime(points, {width, document})", () => {
  const data = points(0.3, ["2023T3", "2023T1", "2023T2", "2024T1"]);

  it("draws τ and I² before and after case mix for each tertial, in tertial order, at their values", () => {
    const figure = SpreadOverTime(data, {document});
    const [tauChart, i2Chart] = [...figure.querySelectorAll(":scope > svg")] as unknown as Scaled[];
    const rows = spreadRows(data);
    // Each drawn τ and I² sits at its value on its chart's scale (dots are drawn in the rows' order).
    const ys = (chart: Element, cls: string) =>
      [...chart.querySelectorAll(`g.${cls} > *`)].map((d) => (d.tagName === "circle" ? Number(d.getAttribute("cy")) : Number(/,([-\d.e]+)\)/.exec(d.getAttribute("transform")!)![1])));
    ys(tauChart!, "lika-spread-tau").forEach((y, i) => expect(y).toBeCloseTo(tauChart!.scale("y").apply(rows[i]!.tau), 6));
    ys(i2Chart!, "lika-spread-i2").forEach((y, i) => expect(y).toBeCloseTo(i2Chart!.scale("y").apply(rows[i]!.i2), 6));
    expect(rows.map((r) => r.label)).toEqual(["T1 2023", "T1 2023", "T2 2023", "T2 2023", "T3 2023", "T3 2023", "T1 2024", "T1 2024"]);
    const tauDots = [...figure.querySelectorAll("g.lika-spread-tau > path, g.lika-spread-tau > circle")];
    expect(tauDots).toHaveLength(8);
    const labels = tauDots.map((d) => d.getAttribute("aria-label")!);
    expect(labels[0]).toContain("T1 2023 (tolv månader till och med tertialen)");
    expect(labels.filter((l) => l.includes(SPREAD_STAGES.before))).toHaveLength(4);
    // Tooltips in words (no τ or I²): percentage points with a decimal comma, the share beyond chance with " %".
    expect(labels[0]).toMatch(/Typisk skillnad: \d+,\d procentenheter/);
    expect(labels[0]).toMatch(/Del som inte är slump: \d+\u00a0%/);
    expect(labels.join(" ")).not.toMatch(/τ|I²/);
    expect(figure.querySelectorAll("g.lika-spread-i2 > *")).toHaveLength(8);
  });

  it("says in its caption whether the typical difference after case mix fell, in whole procentenheter from the same rows", () => {
    const figure = SpreadOverTime(data, {document});
    const caption = figure.querySelector("figcaption")!.textContent!;
    const after = spreadRows(data).filter((r) => r.stage === SPREAD_STAGES.after);
    const [from, to] = [Math.round(after[0]!.tau), Math.round(after.at(-1)!.tau)];
    expect(from).toBeGreaterThan(to);
    expect(caption).toBe(`Med hänsyn till ärendena minskade den typiska skillnaden mellan beslutsfattarna från T1 2023 till T1 2024. Den gick från ${from} till ${to} procentenheter.`);
    expect(figure.querySelector("svg")!.getAttribute("aria-description")).toBe(caption);
  });

  it("leaves a gap and names the tertial when too few units enter, and is a sentence when none do", () => {
    const gap = [...data, {tertial: "2024T2", beforeCaseMix: heterogeneity([{y: 0.4, v: 0.01}]), afterCaseMix: heterogeneity([{y: 0.4, v: 0.01}])}];
    const figure = SpreadOverTime(gap, {document});
    expect(figure.querySelector(".lika-chart-note")!.textContent).toBe("För få beslutsfattare för att räkna ut spridningen: T2 2024.");
    expect(figure.querySelectorAll("g.lika-spread-tau > *")).toHaveLength(8);
    const none = SpreadOverTime(gap.slice(-1), {document});
    expect(none.querySelector("figcaption")!.textContent).toContain("För få beslutsfattare");
    expect(SpreadOverTime([], {document}).textContent).toBe("Det finns inga tertialer att visa spridningen för.");
  });

  it("matches its committed snapshot", () => {
    expectSnapshot(SpreadOverTime(points(0.61, ["2023T1", "2023T2", "2023T3"], 12), {width: 480, document}), "spread-over-time");
  });
});
