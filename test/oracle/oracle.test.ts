/**
 * The independent oracle (test/oracle/, which imports nothing from src/lib/measures or src/lib/flags) against lika. For
 * each period and filter of selections.ts, the figures the oracle counts straight from data/sample/*.csv — every unit's
 * cases, events and expected events (indirect standardisation against the reference lika reports using), the strata,
 * the child-conversation summaries, the escalation summaries, flows and survival counts, and the national-supervision
 * table — must equal
 * - what `lika analyze --json` prints, and
 * - the same figures summed by the oracle from the counts the pages load (the data loaders' outputs, decoded).
 */
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {analyzeJson, likaFigures, referencesOf, ROOT} from "./analyze-json.js";
import {compareAll} from "./compare.js";
import {decodeCounts} from "./decode-counts.js";
import {oracleFigures, type Ingredients} from "./figures.js";
import {ingredientsOfCounts} from "./loader-counts.js";
import {loaderOutputs} from "./loader-outputs.js";
import {readSample} from "./read-sample.js";
import {ingredientsOfRows} from "./rows.js";
import {describeSelection, SELECTIONS} from "./selections.js";

const SAMPLE = join(ROOT, "data/sample");

describe("the oracle counted from the sample's CSV rows", () => {
  let rows: Ingredients;
  let pages: Ingredients;

  beforeAll(async () => {
    rows = ingredientsOfRows(readSample(SAMPLE));
    pages = ingredientsOfCounts(decodeCounts(await loaderOutputs()));
  }, 120_000);

  it.each(SELECTIONS.map((s) => [describeSelection(s), s] as const))("equals lika analyze --json and the pages' counts for %s", (_, selection) => {
    const json = analyzeJson(SAMPLE, selection);
    const refs = referencesOf(json);
    const oracle = oracleFigures(rows, selection, refs);
    // Not a vacuous pass: the selection holds decision-makers, and most lists hold something.
    expect(oracle["decisions-without-deficiencies.byDecisionMaker.units"]!.length).toBeGreaterThan(0);
    expect(Object.values(oracle).filter((list) => list.length > 0).length).toBeGreaterThanOrEqual(15);
    expect(compareAll(oracle, likaFigures(json)), "lika analyze --json").toEqual([]);
    expect(compareAll(oracle, oracleFigures(pages, selection, refs)), "the pages' counts").toEqual([]);
  });
});
