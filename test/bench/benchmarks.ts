import {generateSample} from "../../loaders/sample/generate.js";
import {decisionsCsv} from "../../loaders/sample/write.js";
import {nationalSupervisionTable} from "../../src/lib/measures/national-supervision.js";
import type {DecisionRow} from "../../src/lib/extract/decision-row.js";

export interface Benchmark {
  name: string;
  setup?: () => Promise<unknown> | unknown;
  /** Returns a short description of what was processed. */
  run: (state: any) => Promise<string | void> | string | void;
}

export const BENCHMARKS: Benchmark[] = [
  {name: "generate sample, scale 1", run: () => `${generateSample({seed: 1, scale: 1}).decisions.length} decisions`},
  {name: "generate sample, scale 10", run: () => `${generateSample({seed: 1, scale: 10}).decisions.length} decisions`},
  {
    name: "national-supervision table, scale 10 rows",
    setup: () => generateSample({seed: 1, scale: 10}).decisions,
    run: (rows: DecisionRow[]) => `${nationalSupervisionTable(rows).total.total} decisions counted`
  },
  {
    name: "decisions CSV serialisation, scale 10",
    setup: () => generateSample({seed: 1, scale: 10}).decisions,
    run: (rows: DecisionRow[]) => `${(decisionsCsv(rows).length / 1e6).toFixed(1)} MB`
  }
];
