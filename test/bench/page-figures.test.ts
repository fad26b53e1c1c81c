import {describe, expect, it} from "vitest";
import {filterChangePlan, speedup, summarisePageRuns, type PageFigures, type PageRun} from "./page-figures.js";
import {benchmarkMarkdown, benchmarkSummary, type BenchReport} from "./report.js";
import type {ScaleResult} from "./steps.js";

describe("filterChangePlan", () => {
  it("lets the filters take turns, each moving to its next option and wrapping around", () => {
    const plan = filterChangePlan([{options: 3, selected: 0}, {options: 2, selected: 1}], 6);
    expect(plan).toEqual([
      {filter: 0, option: 1},
      {filter: 1, option: 0},
      {filter: 0, option: 2},
      {filter: 1, option: 1},
      {filter: 0, option: 0},
      {filter: 1, option: 0}
    ]);
  });

  it("never sets a filter to the option it already has", () => {
    const filters = [{options: 5, selected: 3}, {options: 7, selected: 6}];
    const current = filters.map((f) => f.selected);
    for (const change of filterChangePlan(filters, 40)) {
      expect(change.option).not.toBe(current[change.filter]);
      expect(change.option).toBeLessThan(filters[change.filter]!.options);
      current[change.filter] = change.option;
    }
  });

  it("skips a filter with a single option and refuses a page with nothing to change", () => {
    expect(filterChangePlan([{options: 1, selected: 0}, {options: 2, selected: 0}], 3).map((c) => c.filter)).toEqual([1, 1, 1]);
    expect(() => filterChangePlan([{options: 1, selected: 0}], 3)).toThrow(/nothing to change/);
  });
});

const run = (firstChartMs: number, filterChangeMs: number[], rendererMb: number | null = 300): PageRun => ({
  firstChartMs,
  allChartsMs: firstChartMs + 100,
  filterChangeMs,
  bytes: 2e6,
  jsHeapMb: 40,
  rendererMb
});

describe("summarisePageRuns", () => {
  const spec = {key: "decision-makers", title: "Beslut utan brister", path: "/beslut-utan-brister.html"};

  it("takes medians over runs and pools every filter change of every run", () => {
    const s = summarisePageRuns(spec, [run(900, [10, 30]), run(1500, [20, 400, 50]), run(1000, [40])]);
    expect(s.firstChartMs).toEqual({median: 1000, min: 900, max: 1500, runs: 3});
    expect(s.filterChangeMs).toEqual({median: 35, min: 10, max: 400, runs: 6});
    expect(s.rendererMb?.median).toBe(300);
  });

  it("leaves the renderer memory out when a run could not read it", () => {
    expect(summarisePageRuns(spec, [run(900, [10]), run(1000, [20], null)]).rendererMb).toBeNull();
  });

  it("refuses to summarise no runs", () => {
    expect(() => summarisePageRuns(spec, [])).toThrow(/no runs/);
  });
});

function figures(key: string, firstChartMs: number, filterChangeMs: number): PageFigures {
  return summarisePageRuns({key, title: key, path: "/"}, [run(firstChartMs, Array.from({length: 20}, () => filterChangeMs))]);
}

describe("speedup of lika over the stock baseline", () => {
  it("is stock ÷ lika, above 1 when lika is faster", () => {
    expect(speedup(figures("decision-makers", 1000, 50), figures("stock-baseline", 8000, 100))).toEqual({firstChart: 8, filterChange: 2});
    expect(speedup(undefined, figures("stock-baseline", 8000, 100))).toBeNull();
  });
});

describe("report of the pages step", () => {
  const scale = (n: number, pages: PageFigures[]): ScaleResult => ({
    scale: n,
    decisionRows: 25_000 * n,
    decisionBytes: 4e6 * n,
    steps: {pages: {seconds: {median: 60, min: 60, max: 60, runs: 1}, peakMb: null, pages}}
  });
  const report: BenchReport = {
    machine: {cpu: "test cpu", cores: 2, memoryGb: 8, node: "v20", versions: {}},
    runs: 1,
    buildRuns: 1,
    results: [
      scale(1, [figures("overview", 500, 20), figures("decision-makers", 800, 60), figures("stock-baseline", 6000, 90)]),
      scale(10, [figures("overview", 600, 25), figures("decision-makers", 4000, 250), figures("stock-baseline", 12000, 400)])
    ]
  };
  const markdown = benchmarkMarkdown(report);

  it("judges the page budgets at the largest scale", () => {
    expect(markdown).toContain("| Översikt: first chart | < 3 000 ms | 600 ms | yes |");
    expect(markdown).toContain("| Beslut utan brister: first chart | < 3 000 ms | 4,000 ms | **no** |");
    expect(markdown).toContain("| Beslut utan brister: filter change → updated charts (median) | < 200 ms | 250 ms | **no** |");
    expect(markdown).toContain("| Beslut utan brister: first chart, stock baseline ÷ lika | ≥ 5× | 3.00 × | **no** |");
  });

  it("gives the ratio at each scale and the growth from the smallest to the largest", () => {
    expect(markdown).toContain("first chart **7.50×**, filter change **1.50×**");
    expect(markdown).toMatch(/\| decision-makers \| 5\.00× \(÷ rows 0\.50\) \| 4\.17× \(÷ rows 0\.42\) \|/);
    expect(markdown).not.toMatch(/^\| pages \|/m);
  });

  it("puts the page figures and the failing budgets in the summary", () => {
    const summary = benchmarkSummary(report);
    expect(summary).toContain("page decision-makers  first chart 4,000 ms, filter change 250 ms");
    expect(summary).toContain("FAILS  Beslut utan brister: first chart < 3 000 ms: 4,000 ms");
    expect(summary).toContain("holds  Översikt: first chart < 3 000 ms: 600 ms");
  });
});
