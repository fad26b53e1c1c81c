/**
 * `npm run calibrate [-- --datasets N --seed S]`: runs the flag-policy truth harness at full size (default 2 000 datasets
 * of each kind, seed 1) for the default policy, the exact method and the textbook reference, and writes
 * docs/flag-calibration.md. Exits 1 when the default policy misses a target.
 */
import {writeFile} from "node:fs/promises";
import {join} from "node:path";
import {parseArgs} from "node:util";
import {flagPolicy} from "../../src/lib/flags/policy.js";
import {PROJECT_ROOT} from "../pipeline/data-directory.js";
import {renderCalibrationReport, type CalibratedPolicy} from "./report.js";
import {calibrate, meetsTargets} from "./simulate.js";

const {values} = parseArgs({options: {datasets: {type: "string", default: "2000"}, seed: {type: "string", default: "1"}}});
const size = {datasets: Number(values.datasets), seed: Number(values.seed)};
if (!(Number.isInteger(size.datasets) && size.datasets > 0 && Number.isInteger(size.seed) && size.seed >= 0)) {
  console.error("calibrate: --datasets must be a whole number > 0 and --seed a whole number ≥ 0");
  process.exit(2);
}
const policies: [string, ReturnType<typeof flagPolicy>][] = [
  ["Default (arcsine, robust reference)", flagPolicy()],
  ["Exact (mid-p), robust reference", flagPolicy({method: "exact-binomial"})],
  ["Every unit in the reference, arcsine only", flagPolicy({reference: "all", smallExpected: 0})]
];
const results: CalibratedPolicy[] = [];
for (const [name, policy] of policies) {
  const started = Date.now();
  results.push({name, figures: calibrate(policy, size)});
  console.error(`calibrate: ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
const defaults = size.datasets === 2000 && size.seed === 1;
const command = `npm run calibrate${defaults ? "" : ` -- --datasets ${size.datasets} --seed ${size.seed}`}`;
await writeFile(join(PROJECT_ROOT, "docs/flag-calibration.md"), renderCalibrationReport(results, size, command));
console.error("calibrate: wrote docs/flag-calibration.md");
if (!meetsTargets(results[0]!.figures)) {
  console.error("calibrate: the default policy misses a target");
  process.exitCode = 1;
}
