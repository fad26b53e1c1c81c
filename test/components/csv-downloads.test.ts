// @vitest-environment jsdom
// The page downloads ("Ladda ner tabellen (CSV för Excel)") go through the one CSV writer: text from an extract that
// starts a spreadsheet formula (CSV injection, OWASP) reaches Excel as text; numbers stay numbers.
import {describe, expect, it} from "vitest";
import {StalledTable, stalledCsv} from "../../src/components/stalled-table.js";
import type {StalledCase} from "../../src/lib/measures/escalation-summaries.js";
import {csvCells, liveFormulaCells} from "../helpers/csv-cells.js";

const SUM = "@SUM(1+1)*cmd|' /C calc'!A0";
const HYPERLINK = '=HYPERLINK("http://x","y")';

const ROWS: StalledCase[] = [
  {operationId: HYPERLINK, department: "ost", decisionMaker: SUM, operationType: "hvb", caseType: "complaint", lastDecision: "criticism", rung: 2, lastDate: "2023-03-01", daysSinceLast: 120},
  {operationId: "-1+1", department: "nord", decisionMaker: "\t=1+1", operationType: "hvb", caseType: "complaint", lastDecision: "injunction", rung: 3, lastDate: "2023-02-01", daysSinceLast: 95}
];

describe("StalledTable(rows, {document}): the CSV download", () => {
  it("writes the extract's pseudonym columns as text when they start a formula, and the days and rungs as numbers", () => {
    const root = StalledTable(ROWS, {document});
    const link = root.querySelector("a.lika-csv-download") as HTMLAnchorElement;
    expect(link.textContent).toBe("Ladda ner tabellen (CSV för Excel)");
    const csv = decodeURIComponent(link.href.replace(/^data:text\/csv;charset=utf-8,/, ""));
    expect(csv).toBe(stalledCsv(ROWS));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(liveFormulaCells(csv, ";")).toEqual([]);
    const cells = csvCells(csv, ";");
    expect(cells[0]).toEqual(["Verksamhet", "Avdelning", "Dagar sedan", "Steg", "Senaste beslut", "Beslutsdatum", "Ärendeslag", "Senaste beslutsfattare"]);
    expect([cells[1]![0], cells[1]![2], cells[1]![3], cells[1]!.at(-1)]).toEqual([`'${HYPERLINK}`, "120", "2", `'${SUM}`]);
    expect([cells[2]![0], cells[2]!.at(-1)]).toEqual(["'-1+1", "'\t=1+1"]);
  });
});
