import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {loadExtracts, type LoadedExtracts} from "../../../loaders/pipeline/load-extracts.js";
import {PROJECT_ROOT} from "../../../loaders/pipeline/data-directory.js";
import {analyze} from "../../../src/lib/measures/analysis.js";
import {decodeCountsFile, encodeCountsFile} from "../../../src/lib/counts-file/codec.js";
import {DECISION_COUNTS_FILE} from "../../../src/lib/measures/decision-counts-file.js";
import {countsFromTertials, countTertials, decisionCounts, decisionView, NO_FILTER, spreadOverTime, type DecisionCounts, type DecisionFilter} from "../../../src/lib/measures/decision-view.js";
import {ASSESSMENT_DECISION_TYPES} from "../../../src/lib/measures/decisions-without-deficiencies.js";
import type {AssessedMeasure} from "../../../src/lib/measures/assessed-measure.js";
import {parsePeriod} from "../../../src/lib/period.js";
import {compareRecords} from "../../oracle/compare.js";
import {oracleFigures, type Ingredients, type References} from "../../oracle/figures.js";
import {readSample} from "../../oracle/read-sample.js";
import {ingredientsOfRows} from "../../oracle/rows.js";

/** The reference each of the page's flagged measures used (which units were set aside), for the oracle's expected counts. */
function referencesOf(results: Record<string, AssessedMeasure>): References {
  return (name) => (results[name] ? {reference: results[name].reference, setAside: results[name].setAside} : {reference: "all", setAside: []}) as ReturnType<References>;
}

/** Floats summed in another order differ in the last bits: compare them to 1e-9, everything else exactly. */
function expectSame(a: unknown, b: unknown, path = ""): void {
  if (typeof a === "number" && typeof b === "number" && !Number.isInteger(a)) {
    if (Number.isNaN(a)) expect(b, path).toBeNaN();
    else expect(Math.abs(a - b), `${path}: ${a} vs ${b}`).toBeLessThan(1e-9);
    return;
  }
  if (a && b && typeof a === "object") {
    expect(Object.keys(b as object), path).toEqual(Object.keys(a as object));
    for (const k of Object.keys(a as object)) expectSame((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    return;
  }
  expect(b, path).toEqual(a);
}

const FILTERS: [string, string, DecisionFilter][] = [
  ["2024T3", "no filter", NO_FILTER],
  ["2024T2", "department Öst", {...NO_FILTER, department: "ost"}],
  ["2023", "HVB homes", {...NO_FILTER, operationType: "hvb"}],
  ["2024T1", "self-initiated supervision in Syd", {...NO_FILTER, department: "syd", caseType: "self_initiated"}],
  ["2023T3", "LSS homes for children in Mitt", {department: "mitt", operationType: "lss_child_home", caseType: null}]
];

describe("the page's stage (b) on the loader's counts (the sample)", () => {
  let extracts: LoadedExtracts;
  let loaderCounts: DecisionCounts;
  let rows: Ingredients;

  beforeAll(async () => {
    extracts = await loadExtracts(join(PROJECT_ROOT, "data/sample"));
    // As src/data/decision-counts.json.ts writes them and the page reads them back.
    loaderCounts = decodeCountsFile(DECISION_COUNTS_FILE, JSON.parse(JSON.stringify(encodeCountsFile(DECISION_COUNTS_FILE, decisionCounts(extracts.decisions)))));
    rows = ingredientsOfRows(readSample(join(PROJECT_ROOT, "data/sample")));
  }, 60_000);

  it("reads back from the counts file's JSON the counts that were written", () => {
    expect(loaderCounts).toEqual(decisionCounts(extracts.decisions));
  });

  // The independent oracle (test/oracle/) counts from the CSV rows; `lika analyze` runs this same stage (b), so
  // comparing the page with it would compare the function with itself.
  it.each(FILTERS)("gives the oracle's cases, events and expected events per unit and stratum for %s, %s", (periodText, _, filter) => {
    const page = decisionView(countsFromTertials(loaderCounts), parsePeriod(periodText), filter);
    const results: Record<string, AssessedMeasure> = {
      "decisions-without-deficiencies.byDecisionMaker": page.byDecisionMaker,
      "decisions-without-deficiencies.byDepartment": page.byDepartment,
      "delegation.byDepartment": page.delegation
    };
    const oracle = oracleFigures(rows, {period: periodText, filter}, referencesOf(results));
    expect(page.byDecisionMaker.units.length).toBeGreaterThan(0);
    for (const [name, result] of Object.entries(results)) {
      expect(compareRecords(name, oracle[`${name}.units`]!, result.units as never, "unit")).toEqual([]);
      expect(compareRecords(name, oracle[`${name}.strata`]!, result.strata as never, "stratum")).toEqual([]);
    }
  });

  it("shows a department's decision-makers with the assessment they have in the whole country's view", () => {
    const period = parsePeriod("2024T2");
    const all = decisionView(countsFromTertials(loaderCounts), period);
    const ost = decisionView(countsFromTertials(loaderCounts), period, {...NO_FILTER, department: "ost"});
    expect(ost.byDecisionMaker.units.length).toBeGreaterThan(0);
    expect(ost.byDecisionMaker.units.length).toBeLessThan(all.byDecisionMaker.units.length);
    for (const u of ost.byDecisionMaker.units) {
      expect(ost.departmentOf[u.unit]).toBe("ost");
      expect(u).toEqual(all.byDecisionMaker.units.find((a) => a.unit === u.unit));
    }
    expect(ost.byDepartment.units.map((u) => u.unit)).toEqual(["ost"]);
    expect(ost.byDepartment.target).toBe(all.byDepartment.target);
  });

  it("counts a type of operation only: n of every decision-maker is their decisions on that type", () => {
    const period = parsePeriod("2023");
    const hvb = decisionView(countsFromTertials(loaderCounts), period, {...NO_FILTER, operationType: "hvb"});
    const rows = extracts.decisions.filter((d) => d.operation_type === "hvb" && d.case_type === "frequency" && d.decision_date >= "2023-01-01" && d.decision_date <= "2023-12-31");
    for (const u of hvb.byDecisionMaker.units.slice(0, 5)) {
      const own = rows.filter((d) => d.decision_maker === u.unit && ASSESSMENT_DECISION_TYPES.includes(d.decision_type));
      expect([u.unit, u.n, u.observed]).toEqual([u.unit, own.length, own.filter((d) => d.decision_type === "no_deficiencies").length]);
    }
  });

  it("gives the spread per tertial over the twelve months ending with it, from the third tertial with data on", () => {
    const tertials = countTertials(loaderCounts);
    const points = spreadOverTime(countsFromTertials(loaderCounts), tertials);
    expect(points.map((p) => p.tertial)).toEqual(tertials.slice(2));
    const last = points.at(-1)!;
    const direct = analyze(extracts, parsePeriod(`${last.tertial.slice(0, 4)}T${last.tertial.slice(5)}`)).measures["decision-maker-spread"];
    expectSame(direct.afterCaseMix, last.afterCaseMix);
  });
});
