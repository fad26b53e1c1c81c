// @vitest-environment jsdom
import {randomExponential, randomLcg} from "d3";
import {describe, expect, it} from "vitest";
import {EscalationFlow, FLOW_CLASSES} from "../../src/components/escalation-flow.js";
import {TransitionMatrix} from "../../src/components/transition-matrix.js";
import {SURVIVAL_CLASSES, SurvivalChart, SurvivalTable, medianText} from "../../src/components/survival-chart.js";
import {StalledTable, sortStalled, stalledCsv} from "../../src/components/stalled-table.js";
import type {EscalationEpisodeRow} from "../../src/lib/measures/escalation-counts.js";
import {survivalSummary, type FlowCount, type StalledCase} from "../../src/lib/measures/escalation-summaries.js";
import {expectSnapshot} from "./snapshot.js";

const FLOWS: FlowCount[] = [
  {from: "report_back_1", to: "report_back_2", kind: "repeat", count: 83},
  {from: "report_back_1", to: "injunction", kind: "step-up", count: 23},
  {from: "report_back_1", to: "final", kind: "closed", count: 171},
  {from: "report_back_2", to: "report_back_3", kind: "repeat", count: 28},
  {from: "report_back_2", to: "injunction_with_fine", kind: "step-up", count: 16},
  {from: "report_back_2", to: "final", kind: "closed", count: 52},
  {from: "injunction", to: "injunction", kind: "repeat", count: 11},
  {from: "injunction", to: "final", kind: "closed", count: 48},
  {from: "injunction_with_fine", to: "fine_imposed", kind: "step-up", count: 29},
  {from: "fine_imposed", to: "injunction_with_fine", kind: "step-down", count: 3},
  {from: "fine_imposed", to: "prohibition", kind: "step-up", count: 4}
];

/** Thickness of a band at its source end, from its path "M x0,s0 C … L x1,t1 C … x0,s1 Z". */
function thickness(d: string): number {
  const numbers = d.match(/-?[\d.]+/g)!.map(Number);
  return numbers.at(-1)! - numbers[1]!;
}

describe("EscalationFlow(flows, {width, document})", () => {
  it("draws one band per move, as wide as its count on one scale, named with its kind, and a node per decision on each side", () => {
    const figure = EscalationFlow(FLOWS, {width: 720, document});
    const bands = [...figure.querySelectorAll<SVGPathElement>(`g.${FLOW_CLASSES.link} > path`)];
    expect(bands.map((b) => `${b.dataset.from}>${b.dataset.to}:${b.dataset.count}`).sort()).toEqual(FLOWS.map((f) => `${f.from}>${f.to}:${f.count}`).sort());
    const perCount = bands.map((b) => thickness(b.getAttribute("d")!) / Number(b.dataset.count));
    for (const k of perCount) expect(k).toBeCloseTo(perCount[0]!, 6);
    expect(bands.find((b) => b.dataset.to === "injunction" && b.dataset.from === "injunction")!.querySelector("title")!.textContent).toContain("upprepning på samma steg");
    const nodes = [...figure.querySelectorAll<SVGRectElement>(`g.${FLOW_CLASSES.node} > rect`)];
    expect(nodes.filter((n) => n.dataset.side === "left").map((n) => n.dataset.type)).toEqual(["report_back_1", "report_back_2", "injunction", "injunction_with_fine", "fine_imposed"]);
    // Closing decisions last on the right.
    expect(nodes.filter((n) => n.dataset.side === "right").at(-1)!.dataset.type).toBe("final");
    // Counts written on every band thick enough to hold them.
    const written = [...figure.querySelectorAll(`g.${FLOW_CLASSES.count} > text`)].map((t) => Number(t.textContent!.replace(/\s/g, "")));
    expect(written).toEqual(expect.arrayContaining([83, 171, 52]));
    const svg = figure.querySelector("svg")!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-description")).toContain("122 av dem var upprepningar på samma steg");
    expectSnapshot(figure, "escalation-flow");
  });

  it("keeps every label inside the chart on a narrow screen", () => {
    const svg = EscalationFlow(FLOWS, {width: 360, document}).querySelector("svg")!;
    const bands = [...svg.querySelectorAll(`g.${FLOW_CLASSES.link} > path`)].map((p) => p.getAttribute("d")!.match(/-?[\d.]+/g)!.map(Number));
    const x0 = Math.min(...bands.map((n) => n[0]!));
    const labels = [...svg.querySelectorAll(`g.${FLOW_CLASSES.label} > text`)].map((t) => t.textContent!);
    // About 0.6 em a character at 10 px: the longest left label fits left of the bands.
    expect(Math.max(...labels.slice(0, 5).map((l) => l.length)) * 6).toBeLessThanOrEqual(x0);
  });

  it("says so in words when there are no moves", () => {
    expect(EscalationFlow([], {document}).textContent).toContain("Inga beslut");
  });
});

describe("TransitionMatrix(flows)", () => {
  it("gives every count in its from-row and to-column with the sign of its kind, and row totals", () => {
    const figure = TransitionMatrix(FLOWS, {document});
    const cells = [...figure.querySelectorAll<HTMLElement>("td[data-from][data-to][data-value]")];
    expect(cells.map((c) => `${c.dataset.from}>${c.dataset.to}:${c.dataset.value}`).sort()).toEqual(FLOWS.map((f) => `${f.from}>${f.to}:${f.count}`).sort());
    expect(cells.find((c) => c.dataset.from === "injunction" && c.dataset.to === "injunction")!.textContent).toBe("= 11");
    expect(cells.find((c) => c.dataset.from === "fine_imposed" && c.dataset.to === "injunction_with_fine")!.textContent).toBe("↓ 3");
    const row = figure.querySelector("tr[data-from='report_back_1']")!;
    expect(row.textContent).toContain("277");
    // Share of repeats among repeats and step ups: 83 / (83 + 23).
    expect(row.lastElementChild!.textContent!.replace(/\s/g, " ")).toBe("78 %");
  });
});

/** Seeded episodes: exponential times with a department-specific rate, censored when they pass the window's end. */
function episodes(seed: number): EscalationEpisodeRow[] {
  const source = randomLcg(seed);
  const out: EscalationEpisodeRow[] = [];
  for (const [department, rate] of [["nord", 1 / 200], ["syd", 1 / 80]] as const) {
    const draw = randomExponential.source(source)(rate);
    for (let i = 0; i < 60; i++) {
      const start = new Date(Date.UTC(2023, 0, 1 + Math.floor(source() * 300)));
      const end = new Date(start.getTime() + Math.ceil(draw()) * 86_400_000);
      const iso = (d: Date) => d.toISOString().slice(0, 10);
      out.push({department, operation_type: "hvb", case_type: "self_initiated", start: iso(start), end: iso(end), outcome: source() < 0.3 ? "escalated" : "closed"});
    }
  }
  return out;
}

type Scaled = Element & {scale(name: "x" | "y"): {apply(v: number): number}};

describe("SurvivalChart(curves) and SurvivalTable(curves)", () => {
  const rows = episodes(0.42);
  const year = {from: "2023-01-01", to: "2023-12-31"};
  const curves = (["nord", "syd"] as const).map((d) => survivalSummary(rows.filter((r) => r.department === d), year, d, d === "nord" ? "Nord" : "Syd"));

  it("draws each median where the Kaplan–Meier estimate puts it and marks every censoring time", () => {
    expect(curves[0]!.censored).toBeGreaterThan(0);
    expect(curves[0]!.median.time).toBeGreaterThan(curves[1]!.median.time!);
    const figure = SurvivalChart(curves, {width: 640, document}) as unknown as Scaled;
    const x = figure.scale("x");
    const medians = [...figure.querySelectorAll(`g.${SURVIVAL_CLASSES.median} > circle`)].map((c) => Number(c.getAttribute("cx")));
    expect(medians).toHaveLength(2);
    medians.forEach((cx, i) => expect(cx).toBeCloseTo(x.apply(curves[i]!.median.time!), 6));
    const censorings = curves.reduce((s, c) => s + c.steps.filter((st) => st.censored > 0).length, 0);
    expect(figure.querySelectorAll(`g.${SURVIVAL_CLASSES.censored} > line`).length).toBe(censorings);
    expect(figure.querySelector("svg")?.getAttribute("aria-description") ?? figure.getAttribute("aria-description")).toContain("fortfarande öppna");
    expect(figure.textContent).not.toMatch(/Kaplan|censur|95 %/);
    expectSnapshot(figure as unknown as Element, "survival-chart");
  });

  it("tables cases, outcomes, still open, the median and the number at risk", () => {
    const table = SurvivalTable(curves, document);
    const nord = table.querySelector("tr[data-unit='nord']")!;
    const value = (key: string) => Number((nord.querySelector(`[data-column='${key}']`) as HTMLElement).dataset.value);
    expect(value("cases")).toBe(60);
    expect(value("escalated") + value("closed") + value("censored")).toBe(60);
    expect(value("risk-0")).toBe(60);
    expect(nord.querySelector("[data-column='median']")!.textContent).toBe(medianText(curves[0]!));
    expect(medianText(curves[0]!)).toMatch(/^\d+ dagar \(troligen (\d+–\d+|minst \d+)\)$/);
    const headers = [...table.querySelectorAll("thead th")].map((th) => th.textContent);
    expect(headers).toContain("Kvar i uppföljningen dag 0");
    expect(table.textContent).not.toMatch(/I risk|censur|Kaplan|95 %/);
  });
});

describe("StalledTable(rows)", () => {
  const rows: StalledCase[] = [
    {operationId: "op_bbbbbbbbbbbb", department: "nord", decisionMaker: "dm_bbbbbbbbbbbb", operationType: "hvb", caseType: "complaint", lastDecision: "injunction", rung: 4, lastDate: "2024-03-01", daysSinceLast: 305},
    {operationId: "op_cccccccccccc", department: "mitt", decisionMaker: "dm_cccccccccccc", operationType: "hvb", caseType: "national", lastDecision: "report_back_1", rung: 3, lastDate: "2024-05-01", daysSinceLast: 244}
  ];

  it("sorts by any column and downloads the rows as CSV for Excel", () => {
    expect(sortStalled(rows, "daysSinceLast", "ascending").map((r) => r.daysSinceLast)).toEqual([244, 305]);
    expect(sortStalled(rows, "department", "ascending").map((r) => r.department)).toEqual(["mitt", "nord"]);
    const csv = stalledCsv(rows);
    expect(csv.startsWith("\uFEFFVerksamhet;Avdelning;")).toBe(true);
    expect(csv.split("\n")[1]).toBe("op_bbbbbbbbbbbb;Nord;305;4;Föreläggande;2024-03-01;Klagomål;dm_bbbbbbbbbbbb");
    const table = StalledTable(rows, {document});
    expect([...table.querySelectorAll<HTMLElement>("tr[data-operation]")].map((tr) => tr.dataset.operation)).toEqual(["op_bbbbbbbbbbbb", "op_cccccccccccc"]);
    (table.querySelector("th[data-column='daysSinceLast'] button") as HTMLButtonElement).click();
    expect([...table.querySelectorAll<HTMLElement>("tr[data-operation]")].map((tr) => tr.dataset.operation)).toEqual(["op_cccccccccccc", "op_bbbbbbbbbbbb"]);
    expect(StalledTable([], {document}).textContent).toContain("Inga ärenden");
  });
});
