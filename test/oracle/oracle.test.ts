/**
 * The independent oracle against `lika analyze --json`: for each period and filter of selections.ts, every unit's
 * cases, events and expected events (indirect standardisation against the reference lika reports), the strata, the
 * child-conversation summaries, the escalation summaries, flows and survival counts, and the national-supervision table,
 * counted by test/oracle/ straight from data/sample/*.csv, must equal what the CLI prints.
 */
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {analyzeJson, likaFigures, referencesOf, ROOT} from "./analyze-json.js";
import {compareAll} from "./compare.js";
import {oracleFigures, type Ingredients} from "./figures.js";
import {readSample} from "./read-sample.js";
import {ingredientsOfRows} from "./rows.js";
import {describeSelection, SELECTIONS} from "./selections.js";

const SAMPLE = join(ROOT, "data/sample");

describe("lika analyze --json equals the oracle counted from the sample's CSV rows", () => {
  let rows: Ingredients;

  beforeAll(() => {
    rows = ingredientsOfRows(readSample(SAMPLE));
  });

  it.each(SELECTIONS.map((s) => [describeSelection(s), s] as const))("for %s", (_, selection) => {
    const json = analyzeJson(SAMPLE, selection);
    const lika = likaFigures(json);
    const oracle = oracleFigures(rows, selection, referencesOf(json));
    // Not a vacuous pass: the selection holds decision-makers, and most lists hold something.
    expect(oracle["decisions-without-deficiencies.byDecisionMaker.units"]!.length).toBeGreaterThan(0);
    expect(Object.values(oracle).filter((list) => list.length > 0).length).toBeGreaterThanOrEqual(15);
    expect(compareAll(oracle, lika)).toEqual([]);
  });
});
