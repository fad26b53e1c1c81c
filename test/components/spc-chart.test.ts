// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {SPC_CLASSES, SPC_LIMIT_DASH, SpcChart} from "../../src/components/spc-chart.js";
import {departmentSpcSeries, spcSummary} from "../../src/components/child-conversation-parts.js";
import {SPC_RULE_SV} from "../../src/lib/format/spc-rules.js";
import {departmentOverTime} from "../../src/lib/measures/child-conversation-view.js";
import {pChart} from "../../src/lib/stats/p-chart.js";
import {countRow, months} from "../lib/measures/child-conversation-rows.js";
import {expectSnapshot} from "./snapshot.js";

type Scaled = HTMLElement & {scale(name: "x" | "y"): {apply(v: number): number; bandwidth?: number}};

/** y of each dot of a mark (Plot draws a symbol as a translated path, a circle with cy). */
function ys(root: Element, className: string): number[] {
  return [...root.querySelectorAll(`g.${className} > path, g.${className} > circle`)].map((d) =>
    d.tagName === "circle" ? Number(d.getAttribute("cy")) : Number(/translate\([-\d.e]+,([-\d.e]+)\)/.exec(d.getAttribute("transform")!)![1])
  );
}

// Four years of months for one department: about 85 % of 10 homes a month, then a planted drop in the last five months.
const steady = [8, 9, 8, 9, 9, 8, 9, 8, 9, 9, 8, 9];
const monthly = months("2021-01", 48).map((month, i) => countRow({department: "mitt", month, present: 10, spoken: i >= 43 ? 3 : steady[i % 12]!}));

describe("SpcChart(departmentSpcSeries(over), {width, document}) (Barnsamtal)", () => {
  const over = departmentOverTime(monthly, "mitt");

  it("uses tertials when there are at least 12 and draws each at its share, with the special causes of pChart lettered", () => {
    expect(over.grain).toBe("tertial");
    expect(over.points).toHaveLength(12);
    const expected = pChart(over.points, {improvement: "increase"});
    const figure = SpcChart(departmentSpcSeries(over), {width: 640, document}) as Scaled;
    const y = figure.scale("y");
    ys(figure, SPC_CLASSES.points).forEach((py, i) => expect(py).toBeCloseTo(y.apply(expected.points[i]!.proportion), 6));
    const special = expected.points.filter((p) => p.rule !== null);
    // The drop in the last tertial (12 of 40) is beyond the lower limit: a low special cause of concern.
    expect(expected.points.at(-1)).toMatchObject({rule: "limit", side: "low", variation: "special_cause_concern"});
    const letters = [...figure.querySelectorAll(`g.${SPC_CLASSES.letters} text`)].map((t) => t.textContent);
    expect(letters).toEqual(special.map((p) => (p.side === "high" ? "H" : "L")));
    const last = [...figure.querySelectorAll(`g.${SPC_CLASSES.points} > *`)].at(-1)!;
    expect(last.getAttribute("aria-label")).toContain(`Lägre (sämre): ${SPC_RULE_SV.limit}`);
    expect(figure.querySelector("figcaption")!.textContent).toBe(spcSummary(over));
    expect(figure.querySelector("svg")!.getAttribute("aria-description")).toContain(`Den senaste punkten visar en särskild orsak (lägre, sämre): ${SPC_RULE_SV.limit}.`);
    expect(spcSummary(over)).toMatch(/^Mitt: hem där barn talades med, per tertial i 12 punkter\. Medellinjen ligger på \d+\s%\./);
    expect(spcSummary(over)).not.toMatch(/σ|slumpvariation/);
    expectSnapshot(figure, "spc-chart-tertials");
  });

  it("falls back to months on tertial bands with dotted trial limits and a note when tertials are fewer than 12", () => {
    const short = departmentOverTime(monthly.slice(0, 20), "mitt");
    expect(short.grain).toBe("month");
    expect(short.points).toHaveLength(20);
    expect(short.chart!.shortBaseline).toBe(false);
    const fewer = departmentOverTime(monthly.slice(0, 8), "mitt");
    expect(fewer.chart!.shortBaseline).toBe(true);
    const figure = SpcChart(departmentSpcSeries(fewer), {width: 500, document});
    expect(figure.querySelector(`g.${SPC_CLASSES.upper}`)!.getAttribute("stroke-dasharray")).toBe(SPC_LIMIT_DASH.trial);
    expect(SpcChart(departmentSpcSeries(short), {width: 500, document}).querySelector(`g.${SPC_CLASSES.upper}`)!.getAttribute("stroke-dasharray")).toBe(SPC_LIMIT_DASH.ordinary);
    expect(figure.querySelector("figcaption")!.textContent).toContain("Styrgränserna är preliminära, eftersom de bygger på bara 8 punkter.");
    // T1 (January–April) is shaded, T2 is not: one band per month of T1.
    expect(figure.querySelectorAll(`g.${SPC_CLASSES.bands} rect`)).toHaveLength(4);
    expectSnapshot(figure, "spc-chart-months");
  });

  it("says in words that a department has no point", () => {
    const none = departmentOverTime([countRow({department: "nord", month: "2023-01", present: 0, spoken: 0, empty: 3})], "nord");
    expect(SpcChart(departmentSpcSeries(none), {document}).textContent).toBe("Nord: inga inspekterade hem med placerade barn att visa över tid.");
  });
});
