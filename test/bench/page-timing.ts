/**
 * Times one built page in headless Chromium (Debian's, through playwright-core), as a reader meets it: a fresh browser
 * per run, so nothing is cached; time to the first chart and to all charts; a series of filter changes, each timed in
 * the page from setting the option until every chart has been replaced and painted; bytes transferred; peak memory.
 *
 * The in-page code is plain JavaScript text: functions compiled by the TypeScript loader can carry helpers that do
 * not exist in the page.
 */
import {readFile} from "node:fs/promises";
import type {Page} from "playwright-core";
import {launchChromium} from "../browser/chromium.js";
import {filterChangePlan, type PageRun, type PageSpec} from "./page-figures.js";

/** Filter changes per run (the issue asks for a median of at least 20). */
export const FILTER_CHANGES = 20;
/** How often the main thread's JS heap is sampled, in ms. */
const HEAP_SAMPLE_MS = 100;

export interface PageTimingOptions {
  /** Longest wait for the page's charts after navigation, in ms (the stock baseline loads the whole extract first). */
  loadTimeoutMs?: number;
  /** Longest wait for the charts after one filter change, in ms. */
  changeTimeoutMs?: number;
  changes?: number;
}

/**
 * Installed before any page script: records when the first chart and when all charts are in the DOM, and when they
 * were painted (two animation frames later). A chart is a figure matching the spec (with an SVG in it where `svg`).
 */
function chartWatcher(spec: PageSpec): string {
  return `(() => {
  const spec = ${JSON.stringify({figures: spec.figures, svg: spec.svg, charts: spec.charts})};
  const bench = (window.__likaBench = {firstChart: null, allCharts: null});
  window.__likaBenchCharts = () => {
    const out = [];
    for (const figure of document.querySelectorAll(spec.figures)) {
      const chart = spec.svg ? figure.querySelector("svg") : figure;
      if (chart) out.push(chart);
    }
    return out;
  };
  window.__likaBenchPainted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const observer = new MutationObserver(() => {
    const n = window.__likaBenchCharts().length;
    if (n >= 1 && bench.firstSeen === undefined) {
      bench.firstSeen = performance.now();
      window.__likaBenchPainted().then(() => (bench.firstChart = performance.now()));
    }
    if (n >= spec.charts && bench.allSeen === undefined) {
      bench.allSeen = performance.now();
      observer.disconnect();
      window.__likaBenchPainted().then(() => (bench.allCharts = performance.now()));
    }
  });
  observer.observe(document, {childList: true, subtree: true});
})();`;
}

/** The options and current choice of each filter of the page. */
function readFilters(page: Page, spec: PageSpec): Promise<{options: number; selected: number}[]> {
  return page.evaluate(`(${JSON.stringify(spec.filters)}).map((f) => {
    const select = document.querySelectorAll(f.selector)[f.index];
    if (!select) throw new Error("no filter " + f.label + " (" + f.selector + ")");
    return {options: select.options.length, selected: select.selectedIndex};
  })`);
}

/**
 * Sets one filter to an option and dispatches `input` as the browser does, then waits until every chart present before
 * has been replaced by a new one (and there are as many as the page draws) and the result painted: ms from the change.
 */
function timeFilterChange(page: Page, spec: PageSpec, filter: number, option: number, timeoutMs: number): Promise<number> {
  const f = spec.filters[filter]!;
  const args = JSON.stringify({selector: f.selector, index: f.index, option, charts: spec.charts, timeoutMs, label: f.label});
  return page.evaluate(`(async (a) => {
    const select = document.querySelectorAll(a.selector)[a.index];
    const before = new Set(window.__likaBenchCharts());
    const updated = () => {
      const now = window.__likaBenchCharts();
      return now.length >= a.charts && now.every((chart) => !before.has(chart));
    };
    const start = performance.now();
    select.selectedIndex = a.option;
    select.dispatchEvent(new Event("input", {bubbles: true}));
    await new Promise((resolve, reject) => {
      let observer;
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error("charts not updated " + a.timeoutMs + " ms after changing " + a.label));
      }, a.timeoutMs);
      observer = new MutationObserver(() => {
        if (!updated()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      observer.observe(document.body, {childList: true, subtree: true});
    });
    await window.__likaBenchPainted();
    return performance.now() - start;
  })(${args})`);
}

/** Peak resident memory (VmHWM) of the browser's renderer processes, in MB; null where /proc cannot be read. */
async function rendererPeakMb(pids: readonly number[]): Promise<number | null> {
  let peak: number | null = null;
  for (const pid of pids) {
    const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => null);
    const kb = status && /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    if (kb) peak = Math.max(peak ?? 0, Number(kb) / 1024);
  }
  return peak;
}

/** One run of one page, in a browser of its own, served from `origin`. */
export async function timePage(origin: string, spec: PageSpec, options: PageTimingOptions = {}): Promise<PageRun> {
  const loadTimeoutMs = options.loadTimeoutMs ?? 600_000;
  const changeTimeoutMs = options.changeTimeoutMs ?? 60_000;
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({viewport: {width: 1280, height: 1000}, locale: "sv-SE"});
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    // Bytes: every finished request of the page and its workers (Playwright reports both), encoded body plus headers
    // (blob: URLs report -1: nothing crossed the network).
    const sizes: Promise<number>[] = [];
    page.on("requestfinished", (request) =>
      sizes.push(request.sizes().then((s) => Math.max(0, s.responseBodySize) + Math.max(0, s.responseHeadersSize), () => 0))
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    let heapPeak = 0;
    const sampleHeap = async () => {
      const {metrics} = await cdp.send("Performance.getMetrics");
      heapPeak = Math.max(heapPeak, metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0);
    };
    const sampler = setInterval(() => void sampleHeap().catch(() => undefined), HEAP_SAMPLE_MS);
    try {
      await page.addInitScript({content: chartWatcher(spec)});
      await page.goto(`${origin}${spec.path}`);
      await page.waitForFunction("window.__likaBench.allCharts !== null", undefined, {timeout: loadTimeoutMs}).catch((error: unknown) => {
        throw new Error(`${spec.key}: charts not drawn within ${loadTimeoutMs} ms${errors.length ? ` (page errors: ${errors.join("; ")})` : ""}: ${String(error)}`);
      });
      const loaded = (await page.evaluate("({first: window.__likaBench.firstChart, all: window.__likaBench.allCharts})")) as {first: number; all: number};
      const plan = filterChangePlan(await readFilters(page, spec), options.changes ?? FILTER_CHANGES);
      const filterChangeMs: number[] = [];
      for (const change of plan) {
        filterChangeMs.push(await timeFilterChange(page, spec, change.filter, change.option, changeTimeoutMs));
        await sampleHeap();
      }
      if (errors.length) throw new Error(`${spec.key}: page errors: ${errors.join("; ")}`);
      const browserCdp = await browser.newBrowserCDPSession();
      const {processInfo} = (await browserCdp.send("SystemInfo.getProcessInfo")) as {processInfo: {type: string; id: number}[]};
      const rendererMb = await rendererPeakMb(processInfo.filter((p) => p.type === "renderer").map((p) => p.id));
      const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
      return {firstChartMs: loaded.first, allChartsMs: loaded.all, filterChangeMs, bytes, jsHeapMb: heapPeak / 2 ** 20, rendererMb};
    } finally {
      clearInterval(sampler);
    }
  } finally {
    await browser.close();
  }
}
