import Papa from "papaparse";
import {generateSample} from "../../loaders/sample/generate.js";
import {decisionsCsv} from "../../loaders/sample/write.js";
import {nationalSupervisionTable} from "../../src/lib/measures/national-supervision.js";
import type {DecisionRow} from "../../src/lib/extract/decision-row.js";
import {readCsv} from "../../src/lib/extract/csv/read-csv.js";
import {bytesChunks} from "../../src/lib/extract/csv/chunks.js";

export interface Benchmark {
  name: string;
  setup?: () => Promise<unknown> | unknown;
  /** Returns a short description of what was processed. */
  run: (state: any) => Promise<string | void> | string | void;
}

const decisionsBytes = () => new TextEncoder().encode(decisionsCsv(generateSample({seed: 1, scale: 4}).decisions));

export const BENCHMARKS: Benchmark[] = [
  {name: "generate sample, scale 1", run: () => `${generateSample({seed: 1, scale: 1}).decisions.length} decisions`},
  {name: "generate sample, scale 4", run: () => `${generateSample({seed: 1, scale: 4}).decisions.length} decisions`},
  {
    name: "national-supervision table, scale 4 rows",
    setup: () => generateSample({seed: 1, scale: 4}).decisions,
    run: (rows: DecisionRow[]) => `${nationalSupervisionTable(rows).total.total} decisions counted`
  },
  {
    name: "decisions CSV serialisation, scale 4",
    setup: () => generateSample({seed: 1, scale: 4}).decisions,
    run: (rows: DecisionRow[]) => `${(decisionsCsv(rows).length / 1e6).toFixed(1)} MB`
  },
  {
    // lika's streaming reader (bytes, encoding detection, physical line numbers) …
    name: "read decisions CSV, lika readCsv (64 KiB chunks)",
    setup: decisionsBytes,
    run: async (bytes: Uint8Array) => {
      const reader = await readCsv(bytesChunks(bytes), {file: "decisions.csv"});
      let n = 0;
      for await (const _ of reader.records) n++;
      return `${n} records, ${(bytes.length / 1e6).toFixed(1)} MB`;
    }
  },
  {
    // … against papaparse on the decoded string (no line numbers, no encoding detection), for comparison.
    name: "read decisions CSV, papaparse (whole string)",
    setup: () => new TextDecoder().decode(decisionsBytes()),
    run: (text: string) => `${Papa.parse<string[]>(text, {skipEmptyLines: true}).data.length - 1} records`
  }
];
