/**
 * The oracle's figures for the built-in sample (data/sample), read once per process: for tests that check what a page
 * shows. Expected events are computed against the textbook reference (every unit); pass `references` (e.g. from
 * `lika analyze --json`, `referencesOf`) when a test compares expected events.
 */
import {join} from "node:path";
import {ROOT} from "./analyze-json.js";
import type {Figures} from "./compare.js";
import {oracleFigures, type Ingredients, type References} from "./figures.js";
import {NO_FILTER, type Filter} from "./filter.js";
import {readSample} from "./read-sample.js";
import {ingredientsOfRows} from "./rows.js";

let rows: Ingredients | undefined;

export function sampleFigures(period: string, filter: Partial<Filter>, references: References = () => ({reference: "all", setAside: []})): Record<string, Figures[]> {
  rows ??= ingredientsOfRows(readSample(join(ROOT, "data/sample")));
  return oracleFigures(rows, {period, filter: {...NO_FILTER, ...filter}}, references);
}
