import {describe, expect, it} from "vitest";
import {analyzeWarnings, nothingAnalysed, swedishWarning} from "../../../loaders/cli/analyze-warnings.js";
import type {ExtractReport} from "../../../src/lib/extract/report.js";
import type {DecisionRow} from "../../../src/lib/extract/decision-row.js";
import type {InspectionRow} from "../../../src/lib/extract/inspection-row.js";

const report = (extract: string, o: Partial<ExtractReport> = {}): ExtractReport => ({
  extract, file: `${extract}.csv`, present: true, encoding: "utf-8", encodingReason: "", delimiter: ",", rowsRead: 10, rowsAccepted: 10, rowsQuarantined: 0,
  quarantinedByReason: {}, quarantinedByCode: {}, problems: [], warnings: [], fatal: null, ...o
});
const decision = (date: string) => ({decision_date: date}) as DecisionRow;
const inspection = (date: string) => ({inspection_date: date}) as InspectionRow;
const DATA = {from: "2022-01-03", to: "2023-12-20"};

describe("analyzeWarnings(input, period, data)", () => {
  it("is empty for a period with decisions and files read whole", () => {
    expect(analyzeWarnings({decisions: [decision("2023-02-01")], inspections: [], preparations: [], reports: [report("decisions")]}, {from: "2023-01-01", to: "2023-12-31"}, DATA)).toEqual([]);
  });

  it("names a file not used and rows set aside, with their numbers", () => {
    const warnings = analyzeWarnings(
      {decisions: [decision("2023-02-01")], inspections: [], preparations: [], reports: [report("decisions", {rowsQuarantined: 3, rowsAccepted: 7}), report("inspections", {fatal: "inspections.csv is a named pipe (FIFO), not a regular file"})]},
      {from: "2023-01-01", to: "2023-12-31"},
      DATA
    );
    expect(warnings.map((w) => [w.code, w.details])).toEqual([["rows-set-aside", {file: "decisions.csv", rowsSetAside: 3, rowsRead: 10}], ["file-not-used", {file: "inspections.csv"}]]);
    expect(nothingAnalysed(warnings)).toBe(false);
    expect(swedishWarning(warnings[0]!)).toBe("decisions.csv: 3 av 10 rader sattes åt sidan och räknas inte (kör 'lika check').");
  });

  it("says when the period lies outside the data, holds no case, or holds inspections but no decision", () => {
    const input = {decisions: [decision("2022-03-01")], inspections: [inspection("2023-06-01")], preparations: [], reports: [report("decisions")]};
    const outside = analyzeWarnings(input, {from: "2030-01-01", to: "2030-12-31"}, DATA);
    expect([outside.map((w) => w.code), nothingAnalysed(outside)]).toEqual([["period-outside-data"], true]);
    const gap = analyzeWarnings(input, {from: "2022-09-01", to: "2022-12-31"}, DATA);
    expect([gap.map((w) => w.code), nothingAnalysed(gap)]).toEqual([["no-cases-in-period"], true]);
    const noDecisions = analyzeWarnings(input, {from: "2023-05-01", to: "2023-08-31"}, DATA);
    expect([noDecisions.map((w) => w.code), nothingAnalysed(noDecisions)]).toEqual([["no-decisions-in-period"], false]);
  });
});
