import {describe, expect, it} from "vitest";
import {tempDir} from "../../helpers/temp-dir.js";
import {execFileSync} from "node:child_process";
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import {generateSample} from "../../../loaders/sample/generate.js";
import {decisionsCsv, extractJson, inspectionsCsv, preparationsCsv} from "../../../loaders/sample/write.js";
import {PROJECT_ROOT} from "../../../loaders/pipeline/data-directory.js";

const lika = (args: string[]) => execFileSync("node", [join(PROJECT_ROOT, "loaders/bin/lika.js"), ...args], {cwd: PROJECT_ROOT, encoding: "utf8"});
const FILES = ["decisions.csv", "inspections.csv", "preparations.csv", "extract.json"] as const;

describe("generateSample(options)", () => {
  it("is the committed data/sample (all four files), byte for byte, at the default seed and scale", async () => {
    const sample = generateSample();
    const expected = [decisionsCsv(sample.decisions), inspectionsCsv(sample.inspections), preparationsCsv(sample.preparations), extractJson(sample.extract)];
    const committed = await Promise.all(FILES.map((f) => readFile(join(PROJECT_ROOT, "data/sample", f), "utf8")));
    expect(committed.map((text, i) => text === expected[i])).toEqual([true, true, true, true]);
  });

  it("writes extract.json with the period 2021–2024, the extraction date and the generator's seed and scale", () => {
    expect(JSON.parse(extractJson(generateSample({seed: 3, scale: 0.5}).extract))).toEqual({period: {from: "2021-01-01", to: "2024-12-31"}, extracted: "2025-01-15", generator: {seed: 3, scale: 0.5}});
  });

  it("differs with another seed, and grows in proportion to the scale", () => {
    const a = generateSample({seed: 1, scale: 1});
    const b = generateSample({seed: 2, scale: 1});
    expect(decisionsCsv(a.decisions)).not.toBe(decisionsCsv(b.decisions));
    const c = generateSample({seed: 1, scale: 3});
    for (const key of ["decisions", "inspections", "preparations"] as const) {
      expect(c[key].length / a[key].length).toBeGreaterThan(2.8);
      expect(c[key].length / a[key].length).toBeLessThan(3.2);
    }
  });

  it("rejects a seed that is not a whole number and a scale outside (0, 1000]", () => {
    expect(() => generateSample({seed: 1.5, scale: 1})).toThrow(RangeError);
    expect(() => generateSample({seed: 1, scale: 0})).toThrow(RangeError);
  });

  it("numbers decisions in date order and cases in order of opening", () => {
    const {decisions} = generateSample();
    const dates = decisions.map((d) => d.decision_date);
    expect([...dates].sort()).toEqual(dates);
    const opened = new Map(decisions.map((d) => [d.case_id, d.case_opened]));
    const byId = [...opened].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, o]) => o);
    expect([...byId].sort()).toEqual(byId);
  });
});

describe("lika sample --seed N --scale X --out DIR", () => {
  it("writes byte-identical files for the same seed and scale", async () => {
    const [a, b] = [tempDir("a"), tempDir("b")];
    const message = lika(["sample", "--seed", "5", "--scale", "2", "--out", a]);
    lika(["sample", "--seed", "5", "--scale", "2", "--out", b]);
    expect(message).toMatch(/^lika sample: wrote \d+ decisions, \d+ inspections and \d+ OPS items \(seed 5, scale 2\)/);
    for (const f of FILES) expect({f, same: (await readFile(join(a, f))).equals(await readFile(join(b, f)))}).toEqual({f, same: true});
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
