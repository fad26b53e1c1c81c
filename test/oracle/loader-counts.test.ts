/**
 * The independent oracle against the counts the pages load: the data loaders' outputs (their produce functions, as
 * the build runs them), decoded by decode-counts.ts, must hold the cells the oracle counts from data/sample/*.csv (the
 * sums per period and filter are compared in oracle.test.ts). And the comparison is sensitive: one count changed by one
 * is reported, and only it.
 */
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {ROOT} from "./analyze-json.js";
import {compareAll, compareRecords} from "./compare.js";
import {decodeCounts, type DecodedCounts} from "./decode-counts.js";
import {NO_FILTER} from "./filter.js";
import {loaderOutputs} from "./loader-outputs.js";
import {oracleFigures, type Ingredients, type References} from "./figures.js";
import {countCells, ingredientsOfCounts} from "./loader-counts.js";
import {readSample, type SampleRows} from "./read-sample.js";
import {ingredientsOfRows} from "./rows.js";

const SAMPLE = join(ROOT, "data/sample");

describe("the counts the pages load equal the oracle counted from the sample's CSV rows", () => {
  let sample: SampleRows;
  let counts: DecodedCounts;
  let rows: Ingredients;
  // The observed counts do not depend on the reference; the textbook one needs no run of lika.
  const allUnits: References = () => ({reference: "all", setAside: []});

  beforeAll(async () => {
    sample = readSample(SAMPLE);
    rows = ingredientsOfRows(sample);
    counts = decodeCounts(await loaderOutputs());
  }, 120_000);

  it("hold the cells the oracle counts: decisions per decision-maker × department × type × case type × tertial, homes and preparations per month", () => {
    const {oracle, files} = countCells(sample, counts);
    expect(files["decision-counts.withoutDeficiencies"]!.length).toBeGreaterThan(1000);
    expect(compareAll(oracle, files)).toEqual([]);
  });

  it("report one count changed by one, and only it: the cell, and the figures of the units it counts for", () => {
    // The first cell of 2023 in frequency supervision: a decision-maker's decisions without deficiencies.
    const at = counts.withoutDeficiencies.findIndex((r) => r.tertial === "2023T1" && r.case_type === "frequency" && r.cases > r.events);
    const row = counts.withoutDeficiencies[at]!;
    const changed: DecodedCounts = {...counts, withoutDeficiencies: counts.withoutDeficiencies.map((r, j) => (j === at ? {...r, events: r.events + 1} : r))};
    const {oracle, files} = countCells(sample, changed);
    const cell = `${row.unit}|${row.department}|${row.operation_type}|${row.case_type}|${row.tertial}`;
    expect(compareRecords("cells", oracle["decision-counts.withoutDeficiencies"]!, files["decision-counts.withoutDeficiencies"]!, "cell")).toEqual([`cells[${cell}].events: oracle ${row.events}, lika ${row.events + 1}`]);
    // Summed for 2023: the decision-maker's and the department's observed count is off by one, and so is the stratum's.
    const selection = {period: "2023", filter: NO_FILTER};
    const found = compareAll(oracleFigures(rows, selection, allUnits), oracleFigures(ingredientsOfCounts(changed), selection, allUnits));
    const off = (o: number) => `oracle ${o}, lika ${o + 1}`;
    const dm = oracleFigures(rows, selection, allUnits)["decisions-without-deficiencies.byDecisionMaker.units"]!.find((u) => u.unit === row.unit)!;
    const dept = oracleFigures(rows, selection, allUnits)["decisions-without-deficiencies.byDepartment.units"]!.find((u) => u.unit === row.department)!;
    const stratum = oracleFigures(rows, selection, allUnits)["decisions-without-deficiencies.byDepartment.strata"]!.find((s) => s.stratum === `${row.operation_type}|frequency`)!;
    // Cases and events of the units and strata it counts for; expected events move too (the stratum's rate changed), and nothing else.
    expect(found.filter((line) => !line.includes(".expected:"))).toEqual([
      `decisions-without-deficiencies.byDecisionMaker.units[${row.unit}].observed: ${off(dm.observed as number)}`,
      `decisions-without-deficiencies.byDecisionMaker.strata[${row.operation_type}|frequency].events: ${off(stratum.events as number)}`,
      `decisions-without-deficiencies.byDepartment.units[${row.department}].observed: ${off(dept.observed as number)}`,
      `decisions-without-deficiencies.byDepartment.strata[${row.operation_type}|frequency].events: ${off(stratum.events as number)}`
    ]);
    expect(found.every((line) => line.startsWith("decisions-without-deficiencies."))).toBe(true);
  });
});
