/** Timing helpers for `npm run bench`: whole-process wall time and peak memory, medians and spreads. */
import {spawn} from "node:child_process";
import {existsSync} from "node:fs";

/** One run of a command: wall seconds, peak resident memory in MB (null where it cannot be read), exit code. */
export interface ProcessRun {
  seconds: number;
  peakMb: number | null;
  code: number;
  stdout: string;
  stderr: string;
}

/** Median, minimum and maximum of repeated measurements. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

// GNU time reports the peak resident set of the whole process tree's largest member; without it, wall time only.
const GNU_TIME = "/usr/bin/time";
const TIME_MARK = "lika-bench-time:";

/** Runs `command args` to completion and measures it as a whole process (startup included), as a user would. */
export function runProcess(command: string, args: string[], options: {env?: NodeJS.ProcessEnv; cwd?: string} = {}): Promise<ProcessRun> {
  const withTime = existsSync(GNU_TIME);
  const [cmd, argv] = withTime ? [GNU_TIME, ["-f", `${TIME_MARK}%e %M`, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(cmd, argv, {cwd: options.cwd, env: {...process.env, ...options.env}, stdio: ["ignore", "pipe", "pipe"]});
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.length > 0 && stdout.length < 1 << 20 ? d.toString() : ""));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const wall = (performance.now() - start) / 1000;
      let peakMb: number | null = null;
      const mark = stderr.lastIndexOf(TIME_MARK);
      if (mark >= 0) {
        const [, kb] = stderr.slice(mark + TIME_MARK.length).trim().split(/\s+/);
        peakMb = Number(kb) / 1024;
        stderr = stderr.slice(0, mark);
      }
      resolve({seconds: wall, peakMb, code: code ?? 1, stdout, stderr});
    });
  });
}

export function spread(values: readonly number[]): Spread {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  const median = s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  return {median, min: s[0]!, max: s[s.length - 1]!, runs: s.length};
}

/** Runs a command `runs` times; fails loudly when it does not exit 0 (a benchmark of an error is no benchmark). */
export async function timeProcess(label: string, runs: number, command: string, args: string[], options: {env?: NodeJS.ProcessEnv; cwd?: string} = {}) {
  const seconds: number[] = [];
  const peaks: number[] = [];
  let last: ProcessRun | null = null;
  for (let i = 0; i < runs; i++) {
    last = await runProcess(command, args, options);
    if (last.code !== 0) throw new Error(`${label} exited with ${last.code}: ${last.stderr.trim().split("\n").slice(-3).join(" ")}`);
    seconds.push(last.seconds);
    if (last.peakMb !== null) peaks.push(last.peakMb);
  }
  return {seconds: spread(seconds), peakMb: peaks.length ? spread(peaks) : null, last: last!};
}
