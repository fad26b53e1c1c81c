/** docs/benchmarks.md, docs/benchmarks.json and the one-screen summary of `npm run bench`. */
import {execFileSync} from "node:child_process";
import {readFile} from "node:fs/promises";
import {cpus, totalmem} from "node:os";
import {join} from "node:path";
import {PROJECT_ROOT} from "../../loaders/pipeline/data-directory.js";
import type {Spread} from "./measure.js";
import {speedup, type PageFigures} from "./page-figures.js";
import {STEPS, type ScaleResult} from "./steps.js";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  versions: Record<string, string>;
}

export interface BenchReport {
  machine: Machine;
  runs: number;
  buildRuns: number;
  results: ScaleResult[];
}

async function packageVersion(name: string): Promise<string> {
  const text = await readFile(join(PROJECT_ROOT, "node_modules", name, "package.json"), "utf8").catch(() => null);
  return text ? (JSON.parse(text) as {version: string}).version : "absent";
}

function chromiumVersion(): string {
  try {
    return execFileSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", ["--version"], {encoding: "utf8"}).trim();
  } catch {
    return "absent";
  }
}

export async function machineDescription(): Promise<Machine> {
  const versions: Record<string, string> = {};
  for (const name of ["@observablehq/framework", "@duckdb/node-api", "@duckdb/duckdb-wasm", "playwright-core"]) versions[name] = await packageVersion(name);
  versions.chromium = chromiumVersion();
  return {cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, versions};
}

/** The budgets of DEVELOPERS.md and issue 13 that this harness measures, judged at the largest scale. */
interface Budget {
  what: string;
  limit: string;
  value: (r: ScaleResult) => number | null;
  unit: string;
  holds: (v: number) => boolean;
}

const median = (r: ScaleResult, step: string) => r.steps[step]?.seconds.median ?? null;
const ratio = (a: number | null, b: number | null) => (a === null || b === null ? null : a / b);

/** The figures of one page in the "pages" step at one scale. */
const pageOf = (r: ScaleResult, key: string): PageFigures | undefined => r.steps.pages?.pages?.find((p) => p.key === key);
/** lika's internal pages the page budgets apply to, and the stock baseline of the decision-maker page. */
const LIKA_PAGE_KEYS = ["overview", "decision-makers"] as const;
const STOCK_KEY = "stock-baseline";

const pageBudgets = (key: string, name: string): Budget[] => [
  {what: `${name}: first chart`, limit: "< 3 000 ms", value: (r) => pageOf(r, key)?.firstChartMs.median ?? null, unit: "ms", holds: (v) => v < 3000},
  {what: `${name}: filter change → updated charts (median)`, limit: "< 200 ms", value: (r) => pageOf(r, key)?.filterChangeMs.median ?? null, unit: "ms", holds: (v) => v < 200},
  {what: `${name}: peak JS heap`, limit: "< 500 MB", value: (r) => pageOf(r, key)?.jsHeapMb.median ?? null, unit: "MB", holds: (v) => v < 500}
];

const BUDGETS: Budget[] = [
  {what: "ingest ÷ DuckDB's native reader (whole processes)", limit: "≤ 3×", value: (r) => ratio(median(r, "ingest"), median(r, "duckdb")), unit: "×", holds: (v) => v <= 3},
  {what: "ingest throughput (decision rows per second)", limit: "≥ 300 000", value: (r) => ratio(r.decisionRows, median(r, "ingest")), unit: "rows/s", holds: (v) => v >= 300_000},
  {what: "ingest peak memory", limit: "< 1 024 MB", value: (r) => r.steps.ingest?.peakMb?.median ?? null, unit: "MB", holds: (v) => v < 1024},
  {what: "`lika analyze` for a tertial", limit: "< 10 s", value: (r) => median(r, "analyze"), unit: "s", holds: (v) => v < 10},
  {what: "full build", limit: "< 90 s", value: (r) => median(r, "build"), unit: "s", holds: (v) => v < 90},
  ...pageBudgets("overview", "Översikt"),
  ...pageBudgets("decision-makers", "Beslut utan brister"),
  {
    what: "Beslut utan brister: first chart, stock baseline ÷ lika",
    limit: "≥ 5×",
    value: (r) => speedup(pageOf(r, "decision-makers"), pageOf(r, STOCK_KEY))?.firstChart ?? null,
    unit: "×",
    holds: (v) => v >= 5
  }
];

const fmt = (v: number, digits = 2) => v.toLocaleString("en-GB", {maximumFractionDigits: digits, minimumFractionDigits: digits});
const fmtSpread = (s: Spread) => `${fmt(s.median)} s (${fmt(s.min)}–${fmt(s.max)}, ${s.runs} runs)`;

/** How a step grows from the smallest to the largest scale, relative to the rows: ≤ 1 is at most linear. */
function growth(results: ScaleResult[], step: string): number | null {
  const first = results[0];
  const last = results[results.length - 1];
  if (!first || !last || first === last) return null;
  const t = ratio(median(last, step), median(first, step));
  return t === null ? null : t / (last.decisionRows / first.decisionRows);
}

const fmtMs = (s: Spread) => `${fmt(s.median, 0)} ms (${fmt(s.min, 0)}–${fmt(s.max, 0)})`;
const fmtBytes = (bytes: number) => `${fmt(bytes / 1e6, 1)} MB`;

const PAGE_METHOD = [
  "Each run opens the page in a fresh headless Chromium (Debian's, via playwright-core; nothing cached) at 1280 × 1000 px,",
  "served by a plain static server on 127.0.0.1. *First chart* and *all charts*: navigation start to the first / every chart",
  "in the DOM (a MutationObserver), painted (two animation frames later). *Filter change*: in the page, from setting a",
  "filter's next option and dispatching `input` to every chart replaced by a new one and painted; the period filter and",
  "(on Beslut utan brister) the department filter take turns through their real options, 20 changes a run, every change",
  "of every run pooled (the range is over changes). *Bytes*: encoded response bodies plus headers of every request of the",
  "page and its workers. *Peak JS heap*: the main thread's used heap (CDP `Performance.getMetrics` JSHeapUsedSize,",
  "sampled every 100 ms and after each change). *Renderer peak RSS*: the tab's renderer process high-water mark (VmHWM;",
  "workers and WebAssembly memory included, which the JS heap leaves out); the tab-heap budget is judged on the JS heap",
  "(lika's pages run no worker). The stock baseline is a throwaway Framework",
  "project (test/bench/stock-baseline.ts) that attaches the whole decisions.csv with `FileAttachment`, loads it into",
  "DuckDB-WASM with `DuckDBClient` and aggregates the share of decisions without deficiencies per decision-maker for the",
  "chosen tertial and department in SQL on each change (raw shares, a Plot bar chart and a table), built offline from",
  "the same npm cache lika fills."
];

/** How a page figure grows from the smallest to the largest scale: the ratio, and that ratio ÷ the rows' ratio. */
function pageGrowth(first: ScaleResult, last: ScaleResult, key: string, value: (p: PageFigures) => number): string {
  const a = pageOf(first, key);
  const b = pageOf(last, key);
  if (!a || !b || value(a) === 0) return "–";
  const g = value(b) / value(a);
  return `${fmt(g)}× (÷ rows ${fmt(g / (last.decisionRows / first.decisionRows))})`;
}

function pagesSection(results: ScaleResult[]): string[] {
  const measured = results.filter((r) => r.steps.pages?.pages?.length);
  if (measured.length === 0) return [];
  const lines = ["## Pages in headless Chromium", "", ...PAGE_METHOD, ""];
  for (const r of measured) {
    lines.push(
      `### Scale ${r.scale}`,
      "",
      "| page | first chart | all charts | filter change → charts | bytes | peak JS heap | renderer peak RSS |",
      "|---|---|---|---|---|---|---|",
      ...r.steps.pages!.pages!.map(
        (p) =>
          `| ${p.title} | ${fmtMs(p.firstChartMs)} | ${fmtMs(p.allChartsMs)} | ${fmtMs(p.filterChangeMs)}, ${p.filterChangeMs.runs} changes | ` +
          `${fmtBytes(p.bytes.median)} | ${fmt(p.jsHeapMb.median, 0)} MB | ${p.rendererMb ? `${fmt(p.rendererMb.median, 0)} MB` : "–"} |`
      ),
      ""
    );
    const s = speedup(pageOf(r, "decision-makers"), pageOf(r, STOCK_KEY));
    if (s) lines.push(`Stock baseline ÷ lika on Beslut utan brister: first chart **${fmt(s.firstChart)}×**, filter change **${fmt(s.filterChange)}×** (above 1: lika is faster).`, "");
  }
  const first = measured[0]!;
  const last = measured[measured.length - 1]!;
  if (first !== last) {
    lines.push(
      `### Growth from scale ${first.scale} to ${last.scale}`,
      "",
      "Figure at the largest scale ÷ the same at the smallest, and that ÷ the rows' ratio (at most 1: at most linear).",
      "",
      "| page | first chart | filter change | bytes | peak JS heap |",
      "|---|---|---|---|---|",
      ...[...LIKA_PAGE_KEYS, STOCK_KEY].map((key) => {
        const title = pageOf(last, key)?.title ?? key;
        return `| ${title} | ${pageGrowth(first, last, key, (p) => p.firstChartMs.median)} | ${pageGrowth(first, last, key, (p) => p.filterChangeMs.median)} | ${pageGrowth(first, last, key, (p) => p.bytes.median)} | ${pageGrowth(first, last, key, (p) => p.jsHeapMb.median)} |`;
      }),
      ""
    );
  }
  return lines;
}

export function benchmarkJson(report: BenchReport): string {
  return JSON.stringify(report, null, 2) + "\n";
}

export function benchmarkMarkdown(report: BenchReport): string {
  const {machine, results} = report;
  const largest = results[results.length - 1]!;
  const lines = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (test/bench/run.ts); the figures are medians of whole-process runs, with the range. Machines",
    "are shared and noisy: compare ratios measured in the same run, not absolute times across runs.",
    "",
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB; Node ${machine.node}; ` +
      Object.entries(machine.versions).map(([k, v]) => `${k} ${v}`).join(", ") + ".",
    "",
    "## Steps",
    "",
    ...STEPS.map((s) => `- **${s.name}**: ${s.description}`),
    "",
    `| step | ${results.map((r) => `scale ${r.scale} (${r.decisionRows.toLocaleString("en-GB")} decisions, ${fmt(r.decisionBytes / 1e6, 0)} MB)`).join(" | ")} | growth ÷ rows |`,
    `|---|${results.map(() => "---").join("|")}|---|`,
    ...STEPS.filter((s) => s.name !== "pages" && results.some((r) => r.steps[s.name])).map((s) => {
      const cells = results.map((r) => {
        const m = r.steps[s.name];
        return m ? `${fmtSpread(m.seconds)}${m.peakMb ? `, peak ${fmt(m.peakMb.median, 0)} MB` : ""}` : "–";
      });
      const g = growth(results, s.name);
      return `| ${s.name} | ${cells.join(" | ")} | ${g === null ? "–" : fmt(g)} |`;
    }),
    "",
    "Growth ÷ rows is (time at the largest scale ÷ time at the smallest) ÷ (rows at the largest ÷ rows at the smallest):",
    "at most 1 means the step grows at most linearly (fixed start-up costs make it well below 1).",
    "",
    ...pagesSection(results),
    `## Budgets at scale ${largest.scale}`,
    "",
    "| budget | limit | measured | holds |",
    "|---|---|---|---|",
    ...BUDGETS.map((b) => {
      const v = b.value(largest);
      return `| ${b.what} | ${b.limit} | ${v === null ? "not measured" : `${fmt(v, b.unit === "rows/s" || b.unit === "ms" || b.unit === "MB" ? 0 : 2)} ${b.unit}`} | ${v === null ? "–" : b.holds(v) ? "yes" : "**no**"} |`;
    }),
    ""
  ];
  return lines.join("\n");
}

export function benchmarkSummary(report: BenchReport): string {
  const out = [`lika bench: ${report.machine.cpu}, ${report.machine.cores} cores, node ${report.machine.node}`];
  const largest = report.results[report.results.length - 1];
  for (const r of report.results) {
    out.push(`scale ${r.scale}: ${r.decisionRows} decisions, ${(r.decisionBytes / 1e6).toFixed(0)} MB`);
    for (const [name, m] of Object.entries(r.steps)) {
      if (m.pages) {
        for (const p of m.pages) {
          out.push(`  page ${p.key.padEnd(16)} first chart ${fmt(p.firstChartMs.median, 0)} ms, filter change ${fmt(p.filterChangeMs.median, 0)} ms, ${fmtBytes(p.bytes.median)}, JS heap ${fmt(p.jsHeapMb.median, 0)} MB${p.rendererMb ? `, renderer ${fmt(p.rendererMb.median, 0)} MB` : ""}`);
        }
        const s = speedup(pageOf(r, "decision-makers"), pageOf(r, STOCK_KEY));
        if (s) out.push(`  stock baseline ÷ lika: first chart ${fmt(s.firstChart)}×, filter change ${fmt(s.filterChange)}×`);
        continue;
      }
      out.push(`  ${name.padEnd(8)} ${fmtSpread(m.seconds).padEnd(36)} ${m.peakMb ? `peak ${fmt(m.peakMb.median, 0)} MB` : ""}`);
    }
    const vsDuck = ratio(median(r, "ingest"), median(r, "duckdb"));
    if (vsDuck !== null) out.push(`  ingest ÷ duckdb ${fmt(vsDuck)}×, ${fmt(r.decisionRows / median(r, "ingest")!, 0)} decision rows/s`);
  }
  if (largest) {
    out.push(`budgets at scale ${largest.scale}:`);
    for (const b of BUDGETS) {
      const v = b.value(largest);
      if (v !== null) out.push(`  ${b.holds(v) ? "holds" : "FAILS"}  ${b.what} ${b.limit}: ${fmt(v, b.unit === "×" ? 2 : 0)} ${b.unit}`);
    }
  }
  return out.join("\n");
}
