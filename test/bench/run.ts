/**
 * `npm run bench`: the scale-and-speed suite. Generates the sample at several scales and measures, as whole
 * processes and several runs each (median and range), lika's ingest beside DuckDB's native CSV reader on the
 * same file, `lika check`, `lika analyze` for a tertial and the full `npm run build`, then the overview and the
 * decision-maker page in headless Chromium beside a stock-Framework baseline (pages-step.ts); writes
 * docs/benchmarks.md and docs/benchmarks.json and prints a one-screen summary. Timings live here, never
 * in tests: machines are shared and noisy, so compare medians and ratios.
 *
 * Usage: npm run bench [-- --scales 1,10,40] [--runs 3] [--build-runs 1] [--only check,analyze,…] [--micro] [--no-write]
 */
import {randomBytes} from "node:crypto";
import {mkdtemp, rm, stat, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {parseArgs} from "node:util";
import {PROJECT_ROOT} from "../../loaders/pipeline/data-directory.js";
import {PSEUDONYM_KEY_ENV} from "../../src/lib/privacy/pseudonymise.js";
import {BENCHMARKS} from "./benchmarks.js";
import {spread, timeProcess} from "./measure.js";
import {STEPS, type ScaleResult, type StepResult} from "./steps.js";
import {benchmarkJson, benchmarkMarkdown, benchmarkSummary, machineDescription} from "./report.js";

const {values} = parseArgs({
  options: {
    scales: {type: "string", default: "1,10,40"},
    runs: {type: "string", default: "3"},
    "build-runs": {type: "string", default: "1"},
    only: {type: "string"},
    micro: {type: "boolean", default: false},
    write: {type: "boolean", default: true},
    "no-write": {type: "boolean", default: false}
  }
});

if (values.micro) {
  // The in-process micro benchmarks of single functions (reader against papaparse, sample, table).
  const runs = Math.max(1, Number(values.runs));
  for (const bench of BENCHMARKS) {
    const state = await bench.setup?.();
    const times: number[] = [];
    let detail = "";
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      detail = (await bench.run(state)) ?? "";
      times.push(performance.now() - start);
    }
    const s = spread(times);
    console.log(`${bench.name.padEnd(50)} median ${s.median.toFixed(1).padStart(8)} ms (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)})  ${detail}`);
  }
  process.exit(0);
}

const scales = values.scales.split(",").map(Number);
const runs = Math.max(1, Number(values.runs));
const buildRuns = Math.max(1, Number(values["build-runs"]));
const only = values.only ? new Set(values.only.split(",")) : null;
// A random key for this run only: ingest then pays for keyed pseudonyms, as with a real extract.
const env = {[PSEUDONYM_KEY_ENV]: randomBytes(32).toString("hex")};

const results: ScaleResult[] = [];
for (const scale of scales) {
  const dir = await mkdtemp(join(tmpdir(), "lika-bench-"));
  try {
    const generated = await timeProcess("lika sample", 1, process.execPath, [join(PROJECT_ROOT, "loaders/bin/lika.js"), "sample", "--scale", String(scale), "--out", dir]);
    const decisionRows = Number(/wrote (\d+) decisions/.exec(generated.last.stdout + generated.last.stderr)?.[1] ?? NaN);
    const decisionBytes = (await stat(join(dir, "decisions.csv"))).size;
    const result: ScaleResult = {scale, decisionRows, decisionBytes, steps: {}};
    const completed = new Set<string>();
    for (const step of STEPS) {
      if (only && !only.has(step.name)) continue;
      process.stderr.write(`bench: scale ${scale}, ${step.name} …\n`);
      const stepRuns = step.name === "build" ? buildRuns : runs;
      const measured: StepResult = await step.measure({dir, runs: stepRuns, env, completed});
      result.steps[step.name] = measured;
      completed.add(step.name);
    }
    results.push(result);
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}

const machine = await machineDescription();
const report = {machine, runs, buildRuns, results};
console.log(benchmarkSummary(report));
if (values.write && !values["no-write"] && !only) {
  await writeFile(join(PROJECT_ROOT, "docs/benchmarks.json"), benchmarkJson(report));
  await writeFile(join(PROJECT_ROOT, "docs/benchmarks.md"), benchmarkMarkdown(report));
  console.log("wrote docs/benchmarks.md and docs/benchmarks.json");
}

