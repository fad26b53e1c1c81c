// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {DECISIONS_WORDING} from "../../src/components/measure-view.js";
import {RANKED_CLASSES, RankedIntervalPlot, rankedUnits, shrinkageSentence} from "../../src/components/ranked-interval-plot.js";
import {adjustedShrinkage} from "../../src/lib/measures/adjusted-shrinkage.js";
import {generatedMeasure} from "./generated-measure.js";
import {expectSnapshot} from "./snapshot.js";

type Scaled = HTMLElement & {scale(name: "x" | "y"): {apply(v: number): number}};

function points(root: Element): {x: number; y: number; label: string}[] {
  return [...root.querySelectorAll(`g.${RANKED_CLASSES.estimates} > path`)].map((p) => {
    const m = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(p.getAttribute("transform") ?? "")!;
    return {x: Number(m[1]), y: Number(m[2]), label: p.getAttribute("aria-label") ?? ""};
  });
}

describe("RankedIntervalPlot(view, {width, document})", () => {
  const measure = generatedMeasure({seed: 0.11, units: 60});

  it("draws every unit at its shrunken estimate, ranked from lowest to highest, with its interval", () => {
    const figure = RankedIntervalPlot(measure, {document}) as Scaled;
    const shrinkage = adjustedShrinkage(measure.units, measure.context.target);
    const drawn = points(figure);
    expect(drawn).toHaveLength(measure.units.length);
    const y = figure.scale("y");
    for (const p of drawn) {
      const unit = p.label.split("\n")[0]!.replace("Beslutsfattare ", "");
      const estimate = shrinkage.units.find((u) => u.unit === unit)!;
      expect(p.y).toBeCloseTo(y.apply(estimate.shrunken), 6);
    }
    // Ranked: left to right, the drawn estimates never go down (pixels grow downwards).
    const byX = [...drawn].sort((a, b) => a.x - b.x);
    byX.slice(1).forEach((p, i) => expect(p.y).toBeLessThanOrEqual(byX[i]!.y + 1e-9));
    expect(figure.querySelectorAll(`g.${RANKED_CLASSES.intervals} line`)).toHaveLength(measure.units.length);
  });

  it("does not draw a unit with 8 of 8 at 100 %", () => {
    const eight = {...measure.units[5]!, unit: "dm_eight", unitLabel: "dm_eight", n: 8, observed: 8, expected: 8 * measure.context.target};
    const {units} = rankedUnits({context: measure.context, units: [...measure.units, eight]});
    const row = units.find((r) => r.assessment.unit === "dm_eight")!;
    expect(row.estimate.adjustedShare).toBe(1);
    expect(row.estimate.shrunken).toBeLessThan(0.9);
    expect(row.estimate.upper).toBeLessThan(1);
  });

  it("says what shrinkage means in one Swedish sentence beside the chart, and summarises itself for screen readers", () => {
    const figure = RankedIntervalPlot(measure, {document});
    const note = figure.querySelector(".lika-chart-note")!.textContent!;
    expect(note.startsWith(shrinkageSentence(DECISIONS_WORDING))).toBe(true);
    expect(shrinkageSentence(DECISIONS_WORDING)).toBe("Andelar som bygger på få beslut är osäkra, så vi flyttar dem närmare genomsnittet. Därför visas inte en beslutsfattare med 8 av 8 beslut som 100\u00a0%.");
    const description = figure.querySelector("svg")!.getAttribute("aria-description")!;
    expect(description).toMatch(/^Uppskattad andel beslut utan brister med 95\u00a0%-intervall för 60 beslutsfattare, från lägst \(\d+,\d\u00a0%\)/);
    expect(`${note} ${description}`).not.toMatch(/krympt/i);
    expect(figure.querySelector("figcaption")!.textContent).toBe(description);
  });

  it("draws nothing above 100 %, even for a unit whose adjusted share is above it", () => {
    const over = {...measure.units[5]!, unit: "dm_over", unitLabel: "dm_over", n: 29, observed: 29, expected: 12.8};
    const view = {context: measure.context, units: [...measure.units, over]};
    expect(rankedUnits(view).units.find((r) => r.assessment.unit === "dm_over")!.estimate.adjustedShare).toBeGreaterThan(1);
    const figure = RankedIntervalPlot(view, {document}) as Scaled;
    const y = figure.scale("y");
    const top = y.apply(1);
    for (const c of figure.querySelectorAll(`g.${RANKED_CLASSES.raw} circle`)) expect(Number(c.getAttribute("cy"))).toBeGreaterThanOrEqual(top - 1e-6);
    const label = points(figure).find((p) => p.label.startsWith("Beslutsfattare dm_over\n"))!.label;
    expect(label).toContain("Före flytten mot genomsnittet: 100,0\u00a0% av 29 beslut");
  });

  it("keeps a flagged unit's shape and letter", () => {
    const strong = generatedMeasure({seed: 0.37, units: 30, plantedOdds: 8, maxCases: 300});
    const figure = RankedIntervalPlot(strong, {document});
    const flagged = strong.units.filter((a) => a.level !== null);
    expect(flagged.length).toBeGreaterThan(0);
    expect(figure.querySelectorAll(`g.${RANKED_CLASSES.letters} text`)).toHaveLength(flagged.length);
    const high = points(figure).find((p) => p.label.startsWith("Beslutsfattare dm_01\n"))!;
    expect(high.label).toContain("Larm: högre än väntat");
  });

  it("is a sentence when there are no units", () => {
    expect(RankedIntervalPlot({context: measure.context, units: []}, {document}).textContent).toBe("Det finns inga beslutsfattare att visa för det här urvalet.");
  });

  it("matches its committed snapshot", () => {
    expectSnapshot(RankedIntervalPlot(generatedMeasure({seed: 0.93, units: 6, maxCases: 400, plantedOdds: 3}), {width: 480, document}), "ranked-interval-plot");
  });
});
