// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {FUNNEL_CLASSES, FunnelPlot, funnelSummary, referenceFunnel} from "../../src/components/funnel-plot.js";
import {DECISIONS_WORDING} from "../../src/components/measure-view.js";
import {limitsAt} from "../../src/lib/flags/unit-assessment.js";
import {measureFlags, type MeasureFlags} from "../../src/lib/flags/measure-flags.js";
import {isAssessedUnit} from "../../src/lib/flags/alarm-fatigue.js";
import {generatedMeasure} from "./generated-measure.js";
import {expectSnapshot} from "./snapshot.js";

type Scaled = HTMLElement & {scale(name: "x" | "y"): {apply(v: number): number}};

/** The translate(x, y) positions of the paths of one mark (Plot draws a dot with a symbol as a translated path). */
function positions(root: Element, className: string): {x: number; y: number; label: string | null}[] {
  return [...root.querySelectorAll(`g.${className} > path, g.${className} > circle`)].map((path) => {
    if (path.tagName === "circle") return {x: Number(path.getAttribute("cx")), y: Number(path.getAttribute("cy")), label: path.getAttribute("aria-label")};
    const m = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(path.getAttribute("transform") ?? "");
    if (!m) throw new Error(`no position on a path of ${className}`);
    return {x: Number(m[1]), y: Number(m[2]), label: path.getAttribute("aria-label")};
  });
}

const MEASURES: [string, MeasureFlags][] = [
  ["arcsine with case mix", generatedMeasure({seed: 0.11, units: 60})],
  ["arcsine with case mix, strong planted differences", generatedMeasure({seed: 0.37, units: 30, plantedOdds: 8, maxCases: 300})],
  ["exact binomial with case mix", generatedMeasure({seed: 0.52, units: 45, policy: {method: "exact-binomial"}})],
  ["arcsine without case mix", generatedMeasure({seed: 0.71, units: 50, strata: [0.45]})],
  ["few units (no τ²)", generatedMeasure({seed: 0.93, units: 6, maxCases: 400, plantedOdds: 3})],
  ["other levels (90 % and 99 %)", generatedMeasure({seed: 0.24, units: 50, policy: {alertLevel: 0.9, alarmLevel: 0.99}})]
];

describe("FunnelPlot(view, {width, document})", () => {
  it.each(MEASURES)("draws each unit's own limits where its flag put them, so no point inside them is flagged and none outside is unflagged (%s)", (_, measure) => {
    const figure = FunnelPlot(measure, {width: 640, document}) as Scaled;
    const y = figure.scale("y");
    const points = positions(figure, FUNNEL_CLASSES.assessed);
    const assessed = measure.units.filter(isAssessedUnit);
    expect(points).toHaveLength(assessed.length);
    const marks = {
      alertLower: positions(figure, FUNNEL_CLASSES.alertLower),
      alertUpper: positions(figure, FUNNEL_CLASSES.alertUpper),
      alarmLower: positions(figure, FUNNEL_CLASSES.alarmLower),
      alarmUpper: positions(figure, FUNNEL_CLASSES.alarmUpper)
    };
    let flagged = 0;
    points.forEach((point, i) => {
      const unit = measure.units.find((a) => point.label?.split("\n")[0] === `Beslutsfattare ${a.unit}`)!;
      expect(unit, `point ${i} names its unit`).toBeDefined();
      // The drawn positions are the flag's own values on the drawn scale: the unit's share and the limits around its
      // expected share that the flag compared it with (never above 100 %).
      expect(point.y).toBeCloseTo(y.apply(unit.rate), 6);
      expect(marks.alarmLower[i]!.y).toBeCloseTo(y.apply(unit.limits.alarm.lower), 6);
      expect(marks.alarmUpper[i]!.y).toBeCloseTo(y.apply(unit.limits.alarm.upper), 6);
      expect(marks.alertLower[i]!.y).toBeCloseTo(y.apply(unit.limits.alert.lower), 6);
      expect(marks.alertUpper[i]!.y).toBeCloseTo(y.apply(unit.limits.alert.upper), 6);
      for (const v of [unit.rate, unit.limits.alarm.lower, unit.limits.alarm.upper]) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(1);
      for (const m of Object.values(marks)) expect(m[i]!.x).toBe(point.x);
      // Read back from the SVG alone (pixels grow downwards): outside the drawn alarm dashes ⇔ alarm; outside the alert dashes ⇔ flagged.
      const outsideAlarm = point.y < marks.alarmUpper[i]!.y || point.y > marks.alarmLower[i]!.y;
      const outsideAlert = point.y < marks.alertUpper[i]!.y || point.y > marks.alertLower[i]!.y;
      expect(outsideAlarm, `${unit.unit} alarm`).toBe(unit.level === "alarm");
      expect(outsideAlert, `${unit.unit} alert or alarm`).toBe(unit.level !== null);
      if (unit.level !== null) flagged += 1;
    });
    // Every flagged unit carries its letter.
    expect([...figure.querySelectorAll(`g.${FUNNEL_CLASSES.letters} text`)].length).toBe(flagged);
  });

  it("flags the planted units in their direction in the strong case, each with its letter and a triangle", () => {
    const measure = MEASURES[1]![1];
    const figure = FunnelPlot(measure, {document});
    expect(measure.units.find((a) => a.unit === "dm_01")).toMatchObject({level: "alarm", direction: "high"});
    expect(measure.units.find((a) => a.unit === "dm_02")).toMatchObject({level: "alarm", direction: "low"});
    const letters = [...figure.querySelectorAll(`g.${FUNNEL_CLASSES.letters} text`)].map((t) => t.textContent);
    expect(letters).toContain("H");
    expect(letters).toContain("L");
    const high = [...figure.querySelectorAll(`g.${FUNNEL_CLASSES.assessed} > path`)].find((p) => p.getAttribute("aria-label")?.startsWith("Beslutsfattare dm_01\n"))!;
    expect(high.getAttribute("aria-label")).toContain("Larm: högre än väntat");
    expect(high.getAttribute("d")).not.toMatch(/A/); // a triangle, not a circle's arcs
  });

  it("shows units below the minimum greyed with 'för få beslut för att bedömas (n av minst 20)', not hidden", () => {
    const measure = MEASURES[0]![1];
    const tooFew = measure.units.filter((a) => a.n < measure.context.policy.minimumCases);
    expect(tooFew.length).toBeGreaterThan(0);
    const figure = FunnelPlot(measure, {document});
    const grey = positions(figure, FUNNEL_CLASSES.unassessed);
    expect(grey).toHaveLength(tooFew.length);
    const labels = grey.map((p) => p.label ?? "");
    for (const a of tooFew) expect(labels.some((l) => l.startsWith(`Beslutsfattare ${a.unit}\n`) && l.includes(`för få beslut för att bedömas (${a.n} av minst 20)`))).toBe(true);
    expect(figure.querySelector("figcaption")?.textContent).toContain(`${tooFew.length} har för få beslut för att bedömas (färre än 20) och visas gråa.`);
  });

  it("draws the reference funnel with the flag policy's own limit function at the context's τ²", () => {
    const {context} = MEASURES[0]![1];
    expect(context.tau2).toBeGreaterThanOrEqual(0);
    const funnel = referenceFunnel(context, 20, 160);
    expect(funnel.length).toBeGreaterThan(0);
    for (const d of funnel.filter((_, i) => i % 17 === 0)) {
      const limits = limitsAt({unit: "", n: d.n, observed: 0, expected: d.n * context.target}, context, d.limit === "alarm" ? 0.998 : 0.95);
      expect(d.value).toBe(limits[d.side]);
    }
    expect(funnel.at(-1)!.n).toBe(160);
  });

  it("summarises the chart in Swedish with sv-SE numbers, in the caption and the aria-description", () => {
    const measure = MEASURES[0]![1];
    const figure = FunnelPlot(measure, {document});
    const svg = figure.querySelector("svg")!;
    const summary = funnelSummary(measure, DECISIONS_WORDING);
    expect(svg.getAttribute("aria-description")).toBe(summary);
    expect(svg.getAttribute("aria-label")).toBe("Trattdiagram: beslut utan brister per beslutsfattare");
    expect(figure.querySelector("figcaption")?.textContent).toBe(summary);
    expect(summary).toMatch(/^Andel beslut utan brister mot antal beslut för 60 beslutsfattare\. Var och en har gränser kring den andel som var väntat med hänsyn till verksamhetstyp och ärendeslag\. Riksandelen är \d+,\d\u00a0%\./);
    expect(summary).not.toMatch(/justerad|gräns(erna)? \(|\d\d\d,\d\u00a0%/i);
    // Tooltips: Swedish decimal comma and a no-break space before %; the difference in procentenheter.
    const label = figure.querySelector(`g.${FUNNEL_CLASSES.assessed} > path`)!.getAttribute("aria-label")!;
    expect(label).toMatch(/Skillnad mot förväntat: [+\u2212]?\d+,\d procentenheter/);
    expect(label).toMatch(/Larmgränser \(99,8\u00a0%\): \d+,\d\u00a0%–\d+,\d\u00a0%/);
    expect(label).not.toMatch(/\d\.\d/);
  });

  it("names better and worse, and colours them apart, only for a measure with a polarity", () => {
    const better = generatedMeasure({seed: 0.37, units: 30, plantedOdds: 8, maxCases: 300, polarity: "higher-better"});
    const wording = {...DECISIONS_WORDING, polarity: "higher-better" as const};
    const figure = FunnelPlot(better, {wording, document});
    const path = (unit: string) => [...figure.querySelectorAll(`g.${FUNNEL_CLASSES.assessed} > path`)].find((p) => p.getAttribute("aria-label")!.startsWith(`Beslutsfattare ${unit}\n`))!;
    expect(path("dm_01").getAttribute("aria-label")).toContain("Larm: högre (bättre) än väntat");
    expect(path("dm_02").getAttribute("aria-label")).toContain("Larm: lägre (sämre) än väntat");
    expect(path("dm_01").getAttribute("stroke")).not.toBe(path("dm_02").getAttribute("stroke"));
    const neutral = FunnelPlot(MEASURES[1]![1], {document});
    const strokes = new Set([...neutral.querySelectorAll(`g.${FUNNEL_CLASSES.letters} text`)].map((t) => t.getAttribute("fill")));
    expect(strokes.size).toBe(1);
  });

  it("shows a unit with an expected share of 0 greyed with its reason, and counts it in the caption", () => {
    const base = MEASURES[3]![1];
    const measure = measureFlags({measure: "m", unitType: "decision-maker", wording: DECISIONS_WORDING, units: [...base.units, {unit: "dm_zero", n: 40, observed: 0, expected: 0}], target: base.context.target});
    const figure = FunnelPlot(measure, {document});
    const zero = positions(figure, FUNNEL_CLASSES.unassessed).find((p) => p.label!.startsWith("Beslutsfattare dm_zero\n"))!;
    expect(zero.label).toContain("Ingen bedömning: förväntad andel är 0 eller 100\u00a0%");
    expect(figure.querySelector("figcaption")!.textContent).toContain("1 kan inte bedömas (förväntad andel 0 eller 100\u00a0%).");
    // With events but nothing expected the adjusted share is infinite: not drawn, but said.
    const infinite = measureFlags({measure: "m", unitType: "decision-maker", wording: DECISIONS_WORDING, units: [...base.units, {unit: "dm_inf", n: 40, observed: 3, expected: 0}], target: base.context.target});
    const caption = FunnelPlot(infinite, {document}).querySelector("figcaption")!.textContent!;
    expect(caption).toContain("1 har inget förväntat utfall och kan därför inte ritas.");
  });

  it("names the policy's own levels", () => {
    const figure = FunnelPlot(MEASURES[5]![1], {document});
    const label = figure.querySelector(`g.${FUNNEL_CLASSES.assessed} > path`)!.getAttribute("aria-label")!;
    expect(label).toContain("Varningsgränser (90\u00a0%): ");
    expect(label).toContain("Larmgränser (99\u00a0%): ");
    // The chart's text names the limits in words (varningsgräns, larmgräns), not by their levels.
    expect(figure.querySelector(".lika-chart-note")!.textContent).toContain("Det kortare strecket är varningsgränsen, det längre larmgränsen.");
  });

  it("is a sentence when there are no units", () => {
    const node = FunnelPlot({context: MEASURES[0]![1].context, units: []}, {document});
    expect(node.tagName).toBe("P");
    expect(node.textContent).toBe("Det finns inga beslutsfattare att visa för det här urvalet.");
  });

  it("matches its committed snapshot", () => {
    expectSnapshot(FunnelPlot(MEASURES[4]![1], {width: 480, document}), "funnel-plot");
  });
});
