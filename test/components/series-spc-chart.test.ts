// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {SPC_CLASSES, SpcChart, spcSummary, SpcTable} from "../../src/components/series-spc-chart.js";
import {pChart} from "../../src/lib/stats/p-chart.js";

// Twelve months around 25 % with one month far above (a limit breach) and six low months in a row at the end.
const counts = [[7, 28], [6, 28], [8, 30], [7, 26], [20, 28], [7, 29], [5, 28], [5, 27], [5, 28], [5, 29], [5, 28], [5, 28]].map(([events, n]) => ({events: events!, n: n!}));
const points = counts.map((_, i) => ({key: `2023-${String(i + 1).padStart(2, "0")}`, label: `m${i + 1}`}));
const chart = pChart(counts, {improvement: "neutral"});

describe("SpcChart(points, chart)", () => {
  it("draws one point per period and marks exactly the points the rules mark, with a letter", () => {
    const root = SpcChart(points, chart, {document, width: 640, rateLabel: "återremitterade ärenden", caseNoun: "ärenden"});
    const special = chart.points.filter((p) => p.rule !== null).length;
    expect(special).toBeGreaterThan(0);
    expect(root.querySelectorAll(`g.${SPC_CLASSES.points} > circle`).length).toBe(12);
    expect(root.querySelectorAll(`g.${SPC_CLASSES.special} > path`).length).toBe(special);
    expect(root.querySelector("figcaption")?.textContent).toBe(spcSummary(points, chart, {rateLabel: "återremitterade ärenden"}));
  });

  it("says so in words when there are no periods", () => {
    expect(SpcChart([], null, {document, rateLabel: "x", caseNoun: "y"}).textContent).toContain("inga perioder");
  });

  it("has a table alternative naming each period's rule in Swedish", () => {
    const root = SpcTable(points, chart, {document, caseNoun: "ärenden", rateLabel: "återremitterade ärenden", caption: "T"});
    const rule = root.querySelector("tr[data-period='2023-05'] td:last-child")!.textContent;
    expect(rule).toBe("H: utanför processgränserna");
  });
});
