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
    expect(text).toMatch(/\nBeslut i nationella tillsyner: /);
    expect(text).toMatch(/\nBeslut fattade med delegation\n/);
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

  it("filters escalation like the decision measures and counts stalled cases at the threshold given", {timeout: 90_000}, async () => {
    type Escalation = {stalledAfterDays: number; stalled: {daysSinceLast: number; department: string}[]; flows: {count: number}[]; survival: {total: {cases: number; censored: number}}};
    const run = async (...extra: string[]) => {
      out = [];
      expect(await main(["analyze", SAMPLE, "--period", "2024", "--json", ...extra])).toBe(0);
      return (JSON.parse(out.join("\n")) as {measures: {"escalation-repeats": Escalation}}).measures["escalation-repeats"];
    };
    const all = await run();
    const nord = await run("--department", "nord", "--stalled-after-days", "250");
    expect(all.stalledAfterDays).toBe(180);
    expect(nord.stalledAfterDays).toBe(250);
    expect(all.stalled.every((s) => s.daysSinceLast > 180)).toBe(true);
    expect(nord.stalled.length).toBeGreaterThan(0);
    expect(nord.stalled).toEqual(all.stalled.filter((s) => s.department === "nord" && s.daysSinceLast > 250));
    expect(nord.flows.reduce((t, f) => t + f.count, 0)).toBeLessThan(all.flows.reduce((t, f) => t + f.count, 0));
    expect(all.survival.total.censored).toBeGreaterThan(0);
    expect(await main(["analyze", SAMPLE, "--stalled-after-days", "1.5"])).toBe(2);
    expect(err.join("\n")).toMatch(/--stalled-after-days must be a whole number ≥ 0, got 1.5/);
  });

  it("shows its help with exit code 0", async () => {
    expect(await main(["analyze", "--help"])).toBe(0);
    expect(out[0]).toMatch(/^Usage: lika analyze <dir>/);
  });
});
