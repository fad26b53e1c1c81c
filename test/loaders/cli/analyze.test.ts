import {afterEach, beforeEach, describe, expect, it, vi} from "vitest";
import {join} from "node:path";
import {main} from "../../../loaders/cli/main.js";
import {PROJECT_ROOT} from "../../../loaders/pipeline/data-directory.js";

const SAMPLE = join(PROJECT_ROOT, "data/sample");

let out: string[];
let err: string[];
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void out.push(args.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void err.push(args.join(" ")));
});
afterEach(() => vi.restoreAllMocks());

describe("lika analyze <dir> [--period] [--json]", () => {
  it("prints the documented JSON for a period of the built-in sample", async () => {
    expect(await main(["analyze", SAMPLE, "--period", "2023", "--json"])).toBe(0);
    const json = JSON.parse(out.join("\n")) as {period: {from: string; to: string}; measures: Record<string, unknown>; flags: {measure: string; unitType: string; unit: string; level: string; direction: string; n: number; observed: number; expected: number; explanation: string}[]};
    expect(json.period).toMatchObject({from: "2023-01-01", to: "2023-12-31", kind: "year"});
    expect(Object.keys(json.measures)).toContain("decisions-without-deficiencies");
    // The sample plants deviations that are flagged in 2023, so the loop below must have flags to check.
    expect(json.flags.length).toBeGreaterThan(0);
    expect(json.flags.some((f) => f.measure === "decisions-without-deficiencies" && f.unitType === "decision-maker" && f.level === "alarm")).toBe(true);
    for (const f of json.flags) {
      expect(["decision-maker", "department", "team"]).toContain(f.unitType);
      expect(["alarm", "alert"]).toContain(f.level);
      expect(["high", "low"]).toContain(f.direction);
      expect(typeof f.n + typeof f.observed + typeof f.expected).toBe("numbernumbernumber");
      expect(f.explanation).toMatch(/^(Beslutsfattare|Avdelning|Team) /);
    }
  });

  it("prints a Swedish summary without --json, over every date in the extracts when no period is given", async () => {
    expect(await main(["analyze", SAMPLE])).toBe(0);
    const text = out.join("\n");
    expect(text).toMatch(/^Period \d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2} /);
    expect(text).toMatch(/Nationella tillsyner: /);
  });

  it("rejects a bad period with one plain sentence and exit code 2", async () => {
    expect(await main(["analyze", SAMPLE, "--period", "2023T5"])).toBe(2);
    expect(err.join("\n")).toMatch(/^lika analyze: --period: '2023T5' names tertial 5; a year has tertials T1, T2 and T3\n/);
    expect(err.join("\n")).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("asks for the folder when none is given, and rejects an unknown method", async () => {
    expect(await main(["analyze"])).toBe(2);
    expect(err[0]).toMatch(/name the folder of extracts to analyse/);
    expect(await main(["analyze", SAMPLE, "--method", "bayes"])).toBe(2);
    expect(err.join("\n")).toMatch(/--method must be arcsine or exact, got 'bayes'/);
  });

  it("shows its help with exit code 0", async () => {
    expect(await main(["analyze", "--help"])).toBe(0);
    expect(out[0]).toMatch(/^Usage: lika analyze <dir>/);
  });
});
