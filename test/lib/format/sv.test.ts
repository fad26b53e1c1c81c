import {readdirSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {loadExtracts} from "../../../loaders/pipeline/load-extracts.js";
import {PROJECT_ROOT} from "../../../loaders/pipeline/data-directory.js";
import {svProblem, svReason} from "../../../src/lib/format/sv.js";

/** Every text the reader shows a person for one folder: rules, reasons, encoding explanations, warnings, file errors. */
async function readerTexts(dir: string): Promise<string[]> {
  const texts: string[] = [];
  for (const r of (await loadExtracts(dir)).reports) {
    texts.push(...Object.keys(r.quarantinedByReason), ...r.problems.map((p) => p.reason), ...r.warnings);
    if (r.encodingReason) texts.push(r.encodingReason);
    if (r.fatal) texts.push(r.fatal);
  }
  return texts;
}

describe("svReason(text)", () => {
  it("has a Swedish text for every reason, rule, warning and explanation the bad-input corpus and the sample give", {timeout: 60_000}, async () => {
    const corpus = join(PROJECT_ROOT, "test/fixtures/bad-input");
    const dirs = [...readdirSync(corpus).map((d) => join(corpus, d)), join(PROJECT_ROOT, "data/sample")];
    const texts = new Set<string>();
    for (const dir of dirs) for (const t of await readerTexts(dir)) texts.add(t);
    expect(texts.size).toBeGreaterThan(40);
    const missing = [...texts].filter((t) => svReason(t) === null);
    expect(missing).toEqual([]);
  });

  it("keeps ids, lines and dates and translates the reason", () => {
    expect(svReason("duplicate id (first on line 2)")).toBe("id:t finns redan (första gången på rad 2)");
    expect(svReason("decision_date: outside the extract period")).toBe("decision_date: utanför uttagets period");
    expect(svReason("decisions.csv: file is empty")).toBe("decisions.csv: filen är tom");
    expect(svReason("valid UTF-8 in the first 65536 bytes (ASCII only)")).toBe("giltig UTF-8 bland de första 65536 byte (bara ASCII-tecken)");
    expect(svReason("a sentence nobody wrote")).toBeNull();
  });

  it("formats a problem with file, rad and kolumn", () => {
    expect(svProblem({file: "decisions.csv", line: 12, column: "decision_date", value: "2023-13-01", reason: "not a date (YYYY-MM-DD)"})).toBe(
      "decisions.csv rad 12, kolumn decision_date: inte ett datum (ÅÅÅÅ-MM-DD): '2023-13-01'"
    );
  });
});

