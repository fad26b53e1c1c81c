/**
 * What the "pages" step of `npm run bench` measures in headless Chromium, and the pure helpers that plan the filter
 * changes and summarise the samples (no browser, no clock: unit-tested in page-figures.test.ts).
 */
import {spread, type Spread} from "./measure.js";

/** A page the bench opens, and how its charts and filters are found in the DOM. */
export interface PageSpec {
  /** Short key used in the report and JSON ("overview", "decision-makers", "stock-baseline"). */
  key: string;
  /** What the page is, for the report. */
  title: string;
  /** Path of the built page below the served folder. */
  path: string;
  /** The figures that hold the page's charts. */
  figures: string;
  /** True when a figure counts as drawn once it holds an SVG (a Plot chart); false when the figure itself is the chart (a table figure). */
  svg: boolean;
  /** How many charts the page draws; "all charts" is this many. */
  charts: number;
  /** The filters the bench changes, cycling through their options: a selector and which of its matches. */
  filters: readonly FilterSpec[];
}

export interface FilterSpec {
  label: string;
  selector: string;
  index: number;
}

/** One filter change: which filter (index into PageSpec.filters) gets which option (index into its options). */
export interface FilterChange {
  filter: number;
  option: number;
}

/**
 * The filter changes of one run: the filters take turns, each moving to its next option (wrapping around), so every
 * change sets a real option value different from the current one. A filter with fewer than two options is skipped.
 */
export function filterChangePlan(filters: readonly {options: number; selected: number}[], changes: number): FilterChange[] {
  const usable = filters.map((f, i) => ({...f, i})).filter((f) => f.options >= 2);
  if (usable.length === 0) throw new Error("no filter has two options: nothing to change");
  const current = new Map(usable.map((f) => [f.i, Math.min(Math.max(f.selected, 0), f.options - 1)]));
  const plan: FilterChange[] = [];
  for (let k = 0; k < changes; k++) {
    const f = usable[k % usable.length]!;
    const option = (current.get(f.i)! + 1) % f.options;
    current.set(f.i, option);
    plan.push({filter: f.i, option});
  }
  return plan;
}

/** What one run of one page measured. */
export interface PageRun {
  /** Navigation start to the first chart in the DOM and painted (two animation frames later), in ms. */
  firstChartMs: number;
  /** Navigation start to every chart drawn and painted, in ms. */
  allChartsMs: number;
  /** Each filter change to every chart replaced and painted, in ms. */
  filterChangeMs: number[];
  /** Bytes transferred (encoded response bodies and headers), from navigation to the last filter change. */
  bytes: number;
  /** Peak used JS heap of the page's main thread (CDP Performance.getMetrics JSHeapUsedSize, sampled), in MB. */
  jsHeapMb: number;
  /** Peak resident memory of the tab's renderer process (workers and WebAssembly included), in MB; null where unreadable. */
  rendererMb: number | null;
}

/** One page over all runs: medians and ranges. The filter change pools every change of every run. */
export interface PageFigures {
  key: string;
  title: string;
  path: string;
  firstChartMs: Spread;
  allChartsMs: Spread;
  /** Over every change of every run (`runs` is the number of changes). */
  filterChangeMs: Spread;
  bytes: Spread;
  jsHeapMb: Spread;
  rendererMb: Spread | null;
}

export function summarisePageRuns(spec: Pick<PageSpec, "key" | "title" | "path">, runs: readonly PageRun[]): PageFigures {
  if (runs.length === 0) throw new Error(`${spec.key}: no runs to summarise`);
  const renderer = runs.map((r) => r.rendererMb).filter((v): v is number => v !== null);
  return {
    key: spec.key,
    title: spec.title,
    path: spec.path,
    firstChartMs: spread(runs.map((r) => r.firstChartMs)),
    allChartsMs: spread(runs.map((r) => r.allChartsMs)),
    filterChangeMs: spread(runs.flatMap((r) => r.filterChangeMs)),
    bytes: spread(runs.map((r) => r.bytes)),
    jsHeapMb: spread(runs.map((r) => r.jsHeapMb)),
    rendererMb: renderer.length === runs.length ? spread(renderer) : null
  };
}

/** How many times faster lika's page is than the stock baseline (stock ÷ lika, medians): above 1 means lika is faster. */
export function speedup(lika: PageFigures | undefined, stock: PageFigures | undefined): {firstChart: number; filterChange: number} | null {
  if (!lika || !stock) return null;
  return {firstChart: stock.firstChartMs.median / lika.firstChartMs.median, filterChange: stock.filterChangeMs.median / lika.filterChangeMs.median};
}
