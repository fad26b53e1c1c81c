/** docs/benchmarks.md, docs/benchmarks.json and the one-screen summary of `npm run bench`. */
import {execFileSync} from "node:child_process";
import {readFile} from "node:fs/promises";
import {cpus, totalmem} from "node:os";
import {join} from "node:path";
import {PROJECT_ROOT} from "../../loaders/pipeline/data-directory.js";
import type {Spread} from "./measure.js";
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

const BUDGETS: Budget[] = [
  {what: "ingest ÷ DuckDB's native reader (whole processes)", limit: "≤ 3×", value: (r) => ratio(median(r, "ingest"), median(r, "duckdb")), unit: "×", holds: (v) => v <= 3},
  {what: "ingest throughput (decision rows per second)", limit: "≥ 300 000", value: (r) => ratio(r.decisionRows, median(r, "ingest")), unit: "rows/s", holds: (v) => v >= 300_000},
  {what: "ingest peak memory", limit: "< 1 024 MB", value: (r) => r.steps.ingest?.peakMb?.median ?? null, unit: "MB", holds: (v) => v < 1024},
  {what: "`lika analyze` for a tertial", limit: "< 10 s", value: (r) => median(r, "analyze"), unit: "s", holds: (v) => v < 10},
  {what: "full build", limit: "< 90 s", value: (r) => median(r, "build"), unit: "s", holds: (v) => v < 90}
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
    ...STEPS.filter((s) => results.some((r) => r.steps[s.name])).map((s) => {
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
    `## Budgets at scale ${largest.scale}`,
    "",
    "| budget | limit | measured | holds |",
    "|---|---|---|---|",
    ...BUDGETS.map((b) => {
      const v = b.value(largest);
      return `| ${b.what} | ${b.limit} | ${v === null ? "not measured" : `${fmt(v, b.unit === "rows/s" ? 0 : 2)} ${b.unit}`} | ${v === null ? "–" : b.holds(v) ? "yes" : "**no**"} |`;
    }),
    ""
  ];
  return lines.join("\n");
}

export function benchmarkSummary(report: BenchReport): string {
  const out = [`lika bench: ${report.machine.cpu}, ${report.machine.cores} cores, node ${report.machine.node}`];
  for (const r of report.results) {
    out.push(`scale ${r.scale}: ${r.decisionRows} decisions, ${(r.decisionBytes / 1e6).toFixed(0)} MB`);
    for (const [name, m] of Object.entries(r.steps)) {
      out.push(`  ${name.padEnd(8)} ${fmtSpread(m.seconds).padEnd(36)} ${m.peakMb ? `peak ${fmt(m.peakMb.median, 0)} MB` : ""}`);
    }
    const vsDuck = ratio(median(r, "ingest"), median(r, "duckdb"));
    if (vsDuck !== null) out.push(`  ingest ÷ duckdb ${fmt(vsDuck)}×, ${fmt(r.decisionRows / median(r, "ingest")!, 0)} decision rows/s`);
  }
  return out.join("\n");
}
