import {describe, expect, it} from "vitest";
import {execFileSync} from "node:child_process";
import {mkdtemp, readFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {generateSample} from "../../../loaders/sample/generate.js";
import {decisionsCsv} from "../../../loaders/sample/write.js";
import {PROJECT_ROOT} from "../../../loaders/pipeline/data-directory.js";
import {isPseudonym} from "../../../src/lib/privacy/pseudonym-format.js";
import {SAMPLE_PERIOD} from "../../../loaders/sample/calibration.js";

const lika = (args: string[]) => execFileSync("node", [join(PROJECT_ROOT, "loaders/bin/lika.js"), ...args], {cwd: PROJECT_ROOT, encoding: "utf8"});

describe("generateSample(options)", () => {
  it("is the committed data/sample/decisions.csv, byte for byte, at the default seed and scale", async () => {
    const committed = await readFile(join(PROJECT_ROOT, "data/sample/decisions.csv"), "utf8");
    expect(decisionsCsv(generateSample().decisions) === committed).toBe(true);
  });

  it("differs with another seed, and grows with the scale", () => {
    const a = generateSample({seed: 1, scale: 1}).decisions;
    const b = generateSample({seed: 2, scale: 1}).decisions;
    expect(decisionsCsv(a)).not.toBe(decisionsCsv(b));
    expect(generateSample({seed: 1, scale: 3}).decisions.length).toBeGreaterThan(2.9 * a.length);
  });

  it("uses only pseudonymous ids, dates inside the sample period, unique decision ids, and about 60 decision-makers in six departments", () => {
    const rows = generateSample().decisions;
    expect(rows.every((r) => isPseudonym("decisionMaker", r.decision_maker) && isPseudonym("operation", r.operation_id))).toBe(true);
    expect(rows.every((r) => r.decision_date >= SAMPLE_PERIOD.from && r.decision_date <= SAMPLE_PERIOD.to)).toBe(true);
    expect(new Set(rows.map((r) => r.decision_id)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.department)).size).toBe(6);
    expect(new Set(rows.map((r) => r.decision_maker)).size).toBeGreaterThanOrEqual(50);
  });

  it("orders each case's decisions by date in ladder order (report-back rounds before sanctions before the final decision)", () => {
    const byCase = new Map<string, {date: string; type: string}[]>();
    for (const r of generateSample().decisions) byCase.set(r.case_id, [...(byCase.get(r.case_id) ?? []), {date: r.decision_date, type: r.decision_type}]);
    for (const decisions of byCase.values()) {
      const dates = decisions.map((d) => d.date);
      expect([...dates].sort()).toEqual(dates);
      const finalIndex = decisions.findIndex((d) => d.type === "final");
      if (finalIndex >= 0) expect(finalIndex).toBe(decisions.length - 1);
    }
  });
});

describe("lika sample --seed N --scale X --out DIR", () => {
  it("writes byte-identical files for the same seed and scale", async () => {
    const [a, b] = [await mkdtemp(join(tmpdir(), "lika-a-")), await mkdtemp(join(tmpdir(), "lika-b-"))];
    lika(["sample", "--seed", "5", "--scale", "2", "--out", a]);
    lika(["sample", "--seed", "5", "--scale", "2", "--out", b]);
    expect((await readFile(join(a, "decisions.csv"))).equals(await readFile(join(b, "decisions.csv")))).toBe(true);
  });

  it("rejects a bad option with a one-line usage message and exit code 2, no stack trace", () => {
    let error: {status: number; stderr: string} | undefined;
    try {
      execFileSync("node", [join(PROJECT_ROOT, "loaders/bin/lika.js"), "sample", "--scale", "many"], {encoding: "utf8", stdio: "pipe"});
    } catch (e) {
      error = e as {status: number; stderr: string};
    }
    expect(error?.status).toBe(2);
    expect(error?.stderr).toContain("--scale must be a number");
    expect(error?.stderr).not.toMatch(/\n\s+at /);
  });
});
