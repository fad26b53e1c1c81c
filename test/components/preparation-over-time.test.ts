// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {SPC_CLASSES, SpcChart} from "../../src/components/spc-chart.js";
import {PreparationMethodDetails, PreparationSpcTable, chosenMonthsClause, preparationPageSummary, preparationSpcReadingPoints, preparationSpcSeries, preparationSpcSummary} from "../../src/components/preparation-over-time.js";
import {MORE_TO_KNOW} from "../../src/components/spc-chart.js";
import {DEFAULT_FLAG_POLICY} from "../../src/lib/flags/policy.js";
import {assessedMeasureView} from "../../src/lib/measures/assessed-measure.js";
import {preparationsSentBackOfCounts} from "../../src/lib/measures/preparations.js";
import {monthWindow} from "../../src/lib/period.js";
import {SPC_RULE_SV} from "../../src/lib/format/spc-rules.js";
import {FLAG_COLOURS} from "../../src/components/flag-badge.js";
import {formatShare} from "../../src/lib/format/share.js";
import {preparationsOverTime, type PreparationCountRow} from "../../src/lib/measures/preparations.js";
import {expectSnapshot} from "./snapshot.js";

// Twelve months around 25 % with one month far above (a limit breach) and six low months in a row at the end.
const COUNTS = [[7, 28], [6, 28], [8, 30], [7, 26], [20, 28], [7, 29], [5, 28], [5, 27], [5, 28], [5, 29], [5, 28], [5, 28]] as const;
const ROWS: PreparationCountRow[] = COUNTS.map(([events, cases], i) => {
  const month = `2023-${String(i + 1).padStart(2, "0")}`;
  return {department: "ost", month, tertial: `2023T${Math.floor(i / 4) + 1}`, cases, events};
});
const over = preparationsOverTime(ROWS);


describe("SpcChart(preparationSpcSeries(over), {width, document}) (Beredning)", () => {
  it("draws one point per month and marks exactly the points the rules mark, with a diamond and a letter", () => {
    const root = SpcChart(preparationSpcSeries(over), {document, width: 640});
    const special = over.chart!.points.filter((p) => p.rule !== null);
    expect(special.length).toBeGreaterThan(0);
    expect(root.querySelectorAll(`g.${SPC_CLASSES.points} > *`)).toHaveLength(12);
    // No polarity: special causes in the neutral ink and larger, the rest in the light ink; one letter each.
    const dots = [...root.querySelectorAll(`g.${SPC_CLASSES.points} > path`)];
    expect(dots.map((d) => d.getAttribute("fill"))).toEqual(over.chart!.points.map((p) => (p.rule === null ? FLAG_COLOURS.unflagged : FLAG_COLOURS.neutral)));
    const shapes = new Set(dots.filter((_, i) => over.chart!.points[i]!.rule !== null).map((d) => d.getAttribute("d")));
    expect(shapes.size).toBe(1);
    // A diamond: four corners on the axes (d3.symbolDiamond).
    expect([...shapes][0]).toMatch(/^M0,-[\d.]+L[\d.]+,0L0,[\d.]+L-[\d.]+,0Z$/);
    expect([...root.querySelectorAll(`g.${SPC_CLASSES.letters} text`)].map((t) => t.textContent).sort()).toEqual(special.map((p) => (p.side === "high" ? "H" : "L")).sort());
    expect(root.querySelector("figcaption")?.textContent).toBe(preparationSpcSummary(ROWS.map((r) => `${["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"][Number(r.month.slice(5)) - 1]} 2023`), over.chart!));
    // No tertial bands on Beredning's months.
    expect(root.querySelectorAll(`g.${SPC_CLASSES.bands} rect`)).toHaveLength(0);
    const may = root.querySelectorAll(`g.${SPC_CLASSES.points} > *`)[4]!;
    const p = over.chart!.points[4]!;
    expect(may.getAttribute("aria-label")).toBe(`maj 2023\n20 av 28 ärenden (${formatShare(20 / 28)})\nStyrgränser: ${formatShare(p.lower)}–${formatShare(p.upper)}\nSärskild orsak: ${SPC_RULE_SV.limit}`);
    expectSnapshot(root, "spc-chart-preparations");
  });

  it("says so in words when there are no months", () => {
    expect(SpcChart(preparationSpcSeries(preparationsOverTime([])), {document}).textContent).toBe("Det finns inga perioder med ärenden att visa.");
  });

  it("names the lines and marks as Barnsamtal does, and keeps the method (σ, Laney, Making Data Count) in the disclosure", () => {
    const summary = preparationSpcSummary(["jan 2023", "dec 2023"], over.chart!);
    expect(summary).toContain(`Medellinjen ligger på ${formatShare(over.chart!.centre)}, räknat över alla 2 månader.`);
    expect(summary).not.toMatch(/Laney|p′|σ/);
    const points = preparationSpcReadingPoints().join(" ");
    expect(points).toContain("Medellinjen");
    expect(points).not.toMatch(/Mittlinjen|romb|σ/i);
    const details = PreparationMethodDetails(document);
    expect(details.tagName).toBe("DETAILS");
    expect(details.querySelector("summary")!.textContent).toBe(MORE_TO_KNOW);
    expect(details.textContent).toContain("Laneys p′-diagram");
  });

  it("sums the page up first: the share sent back, the flags and what the control chart says about the chosen months", () => {
    const window = monthWindow("2023-09", "2023-12");
    const chosen = ROWS.filter((r) => r.month >= "2023-09");
    const result = preparationsSentBackOfCounts(chosen, window, DEFAULT_FLAG_POLICY);
    const assessed = assessedMeasureView(result, DEFAULT_FLAG_POLICY);
    const marked = over.chart!.points.filter((p, i) => p.rule !== null && over.points[i]!.month >= "2023-09");
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((p) => p.side === "low")).toBe(true);
    expect(chosenMonthsClause(over, "2023-09", "2023-12", "hela riket")).toBe(`${["ingen", "en", "två", "tre", "fyra"][marked.length]} av månaderna ligger lägre än vanligt i styrdiagrammet för hela riket`);
    const text = preparationPageSummary(result, assessed, over, {from: "2023-09", to: "2023-12", who: "hela riket", flagHref: null, document}).textContent!;
    expect(text).toContain(`Mötet återremitterade ${formatShare(result.events / result.cases)} av de föredragna ärendena under de valda månaderna, och `);
    expect(text).toContain("Ingen avdelning skiljer sig från det väntade mer än slumpen kan förklara.");
    expect(text).toContain("Välj en avdelning under ”Avdelning i styrdiagrammet”");
    expect(text).not.toMatch(/Måttet har ingen bra riktning/);
  });

  it("has a table alternative naming each month's rule in the one Swedish wording", () => {
    const root = PreparationSpcTable(over, {document, caption: "T"});
    expect(root.querySelector("tr[data-period='2023-05'] td:last-child")!.textContent).toBe(`H: ${SPC_RULE_SV.limit}`);
    expect(root.querySelectorAll("tbody tr")).toHaveLength(12);
  });
});
