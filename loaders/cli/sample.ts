import {generateSampleRecords, DEFAULT_SAMPLE_OPTIONS} from "../sample/generate.js";
import {writeSample} from "../sample/write.js";
import {numberOption, parseCommandArgs} from "./parse-args.js";
import {UsageError} from "./usage-error.js";

export const SAMPLE_HELP = `Usage: lika sample [--seed N] [--scale X] [--out DIR]

Writes the built-in synthetic extracts (decisions.csv, inspections.csv, preparations.csv and
extract.json). The same seed and scale always give byte-identical files. See docs/sample.md.

Options:
  --seed N    seed of the random source (default ${DEFAULT_SAMPLE_OPTIONS.seed})
  --scale X   size multiplier; 1 reproduces the published figures (default ${DEFAULT_SAMPLE_OPTIONS.scale})
  --out DIR   folder to write to (default data/sample)
  --help      show this help`;

export async function sampleCommand(args: string[]): Promise<number> {
  const {values} = parseCommandArgs(args, {
    seed: {type: "string"},
    scale: {type: "string"},
    out: {type: "string"},
    help: {type: "boolean", short: "h"}
  });
  if (values.help) {
    console.log(SAMPLE_HELP);
    return 0;
  }
  const seed = numberOption("seed", values.seed, DEFAULT_SAMPLE_OPTIONS.seed);
  const scale = numberOption("scale", values.scale, DEFAULT_SAMPLE_OPTIONS.scale);
  if (!Number.isInteger(seed) || seed < 0) throw new UsageError(`--seed must be a whole number ≥ 0, got ${seed}`);
  if (!(scale > 0 && scale <= 1000)) throw new UsageError(`--scale must be greater than 0 and at most 1000, got ${scale}`);
  const sample = generateSampleRecords({seed, scale});
  const out = values.out ?? "data/sample";
  await writeSample(sample, out);
  console.log(`lika sample: wrote ${sample.decisions.length} decisions, ${sample.inspections.length} inspections and ${sample.preparations.length} OPS items (seed ${seed}, scale ${scale}) to ${out}`);
  return 0;
}
