/**
 * The steps `npm run bench` measures at each scale. Each runs as its own process, as a user would run it,
 * with the extract folder of that scale; "duckdb" is the floor the ingest is compared with.
 */
import {join} from "node:path";
import {PROJECT_ROOT} from "../../loaders/pipeline/data-directory.js";
import {spread, timeProcess, type Spread} from "./measure.js";
import type {PageFigures} from "./page-figures.js";
import {measurePages} from "./pages-step.js";

export interface StepResult {
  seconds: Spread;
  peakMb: Spread | null;
  /** Anything the step reports of itself (e.g. DuckDB's in-process load time). */
  detail?: Record<string, number | string>;
  /** The "pages" step: each page's figures in headless Chromium. */
  pages?: PageFigures[];
}

export interface ScaleResult {
  scale: number;
  decisionRows: number;
  decisionBytes: number;
  steps: Record<string, StepResult>;
}

export interface StepContext {
  dir: string;
  runs: number;
  env: NodeJS.ProcessEnv;
  /** The steps already measured at this scale. */
  completed: ReadonlySet<string>;
}

export interface Step {
  name: string;
  /** What is measured, for the report. */
  description: string;
  measure: (context: StepContext) => Promise<StepResult>;
}

const LIKA = join(PROJECT_ROOT, "loaders/bin/lika.js");
const tsx = (script: string) => ["--import", "tsx", join(PROJECT_ROOT, script)];

/** The tertial `lika analyze` is timed on (the one the issue measured). */
export const BENCH_PERIOD = "2023T2";

export const STEPS: Step[] = [
  {
    name: "duckdb",
    description: "DuckDB's native CSV reader (@duckdb/node-api) loads decisions.csv into a table: the floor",
    measure: async ({dir, runs}) => {
      const r = await timeProcess("duckdb", runs, process.execPath, [...tsx("test/bench/duckdb-read.ts"), join(dir, "decisions.csv")]);
      const inProcess = JSON.parse(r.last.stdout) as {rows: number; loadSeconds: number};
      return {seconds: r.seconds, peakMb: r.peakMb, detail: {rows: inProcess.rows, loadSeconds: inProcess.loadSeconds}};
    }
  },
  {
    name: "ingest",
    description: "read, validate and pseudonymise all three extracts and write every page's data (the data loaders, cold cache)",
    measure: async ({dir, runs, env}) => {
      const r = await timeProcess("ingest", runs, process.execPath, tsx("test/bench/page-data.ts"), {env: {...env, LIKA_DATA_DIR: dir}, cwd: PROJECT_ROOT});
      return {seconds: r.seconds, peakMb: r.peakMb};
    }
  },
  {
    name: "check",
    description: "`lika check <dir> --json`: read, validate and pseudonymise all three extracts",
    measure: async ({dir, runs, env}) => {
      const r = await timeProcess("lika check", runs, process.execPath, [LIKA, "check", dir, "--json"], {env});
      return {seconds: r.seconds, peakMb: r.peakMb};
    }
  },
  {
    name: "analyze",
    description: `\`lika analyze <dir> --period ${BENCH_PERIOD} --json\`: every measure and flag for a tertial`,
    measure: async ({dir, runs, env}) => {
      const r = await timeProcess("lika analyze", runs, process.execPath, [LIKA, "analyze", dir, "--period", BENCH_PERIOD, "--json"], {env});
      return {seconds: r.seconds, peakMb: r.peakMb};
    }
  },
  {
    name: "build",
    description: "`npm run build` with LIKA_DATA_DIR: prepare (npm cache, data loaders) and Framework's build",
    measure: async ({dir, runs, env}) => {
      const r = await timeProcess("npm run build", runs, "npm", ["run", "build"], {env: {...env, LIKA_DATA_DIR: dir}, cwd: PROJECT_ROOT});
      return {seconds: r.seconds, peakMb: r.peakMb};
    }
  },
  {
    name: "pages",
    description:
      "headless Chromium on the site the build step built (built first, untimed, when it did not run) and on the stock-Framework baseline: " +
      "first chart, every filter change to updated charts, bytes, peak memory; the step's time is its whole wall time",
    measure: async ({dir, runs, env, completed}) => {
      const start = performance.now();
      if (!completed.has("build")) await timeProcess("npm run build", 1, "npm", ["run", "build"], {env: {...env, LIKA_DATA_DIR: dir}, cwd: PROJECT_ROOT});
      const pages = await measurePages(dir, runs);
      return {seconds: spread([(performance.now() - start) / 1000]), peakMb: null, pages};
    }
  }
];
