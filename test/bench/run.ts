/**
 * `npm run bench`: times lika's heavy steps in-process and prints median and range over repeated runs.
 * Timings live here, not in tests: machines are shared and noisy, so compare medians and ratios.
 * Usage: npm run bench [-- --runs N] [-- --only NAME]
 */
import {parseArgs} from "node:util";
import {BENCHMARKS} from "./benchmarks.js";

const {values} = parseArgs({options: {runs: {type: "string", default: "5"}, only: {type: "string"}}});
const runs = Math.max(1, Number(values.runs));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

console.log(`lika benchmarks, ${runs} runs each (node ${process.version})`);
for (const bench of BENCHMARKS.filter((b) => !values.only || b.name.includes(values.only))) {
  const state = await bench.setup?.();
  const times: number[] = [];
  let detail = "";
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    detail = (await bench.run(state)) ?? "";
    times.push(performance.now() - start);
  }
  const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
  console.log(`${bench.name.padEnd(50)} median ${fmt(median(times)).padStart(9)}  (min ${fmt(Math.min(...times))}, max ${fmt(Math.max(...times))})  ${detail}`);
}
