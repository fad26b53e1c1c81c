// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {DataQualityTableView, SHOWN_PROBLEMS} from "../../src/components/data-quality-table.js";
import type {ExtractReport} from "../../src/lib/extract/report.js";

function report(overrides: Partial<ExtractReport> = {}): ExtractReport {
  return {
    extract: "decisions", file: "decisions.csv", present: true, encoding: "utf-8", encodingReason: "valid UTF-8", delimiter: ";",
    rowsRead: 1154, rowsAccepted: 1150, rowsQuarantined: 4, quarantinedByReason: {"decision_type: impossible order": 3, "decision_id: duplicate id": 1},
    problems: Array.from({length: 12}, (_, i) => ({file: "decisions.csv", line: i + 2, column: "decision_type", value: "report_back_2", reason: "impossible order"})),
    warnings: [], fatal: null, ...overrides
  };
}
const cell = (root: HTMLElement, file: string, column: string) => root.querySelector(`tr[data-file="${file}"] [data-column="${column}"]`);

describe("DataQualityTableView(reports)", () => {
  it("shows one row per file with encoding, delimiter, sv-SE counts, reasons and the first problems, all in Swedish", () => {
    const root = DataQualityTableView([report()], {document});
    expect([...root.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Fil", "Teckenkodning", "Avgränsare", "Lästa rader", "Godkända", "Satta åt sidan", "Satta åt sidan per orsak", "Första problemen"]);
    expect(cell(root, "decisions.csv", "encoding")?.textContent).toBe("UTF-8 (giltig UTF-8)");
    expect(cell(root, "decisions.csv", "delimiter")?.textContent).toBe("semikolon");
    // sv-SE groups thousands with a no-break space (Intl, as src/lib/format/number.ts formats them).
    expect(cell(root, "decisions.csv", "rowsRead")?.textContent).toBe("1\u00a0154");
    expect(cell(root, "decisions.csv", "rowsQuarantined")?.getAttribute("data-value")).toBe("4");
    expect([...cell(root, "decisions.csv", "byReason")!.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["3: decision_type: omöjlig ordning", "1: decision_id: id:t finns redan"]);
    const problems = [...cell(root, "decisions.csv", "problems")!.querySelectorAll("li")].map((li) => li.textContent);
    expect(problems).toHaveLength(SHOWN_PROBLEMS);
    expect(problems[0]).toBe("decisions.csv rad 2, kolumn decision_type: omöjlig ordning: 'report_back_2'");
  });

  it("says in words when a file is absent, could not be read, or had nothing set aside", () => {
    const root = DataQualityTableView([
      report({rowsQuarantined: 0, rowsAccepted: 1154, quarantinedByReason: {}, problems: []}),
      report({extract: "inspections", file: "inspections.csv", present: false, encoding: null, delimiter: null, rowsRead: 0, rowsAccepted: 0, rowsQuarantined: 0, quarantinedByReason: {}, problems: []}),
      report({extract: "preparations", file: "preparations.csv", fatal: "preparations.csv: file is empty", encoding: null, delimiter: null, rowsRead: 0, rowsAccepted: 0, rowsQuarantined: 0, quarantinedByReason: {}, problems: []})
    ], {document});
    expect(cell(root, "decisions.csv", "byReason")?.textContent).toBe("Inga rader satta åt sidan.");
    expect(cell(root, "inspections.csv", "encoding")?.textContent).toContain("Filen finns inte i uttaget");
    expect(cell(root, "preparations.csv", "problems")?.textContent).toContain("Filen kunde inte läsas: preparations.csv: filen är tom");
  });

  it("is a sentence, not an empty table, when there is no report", () => {
    const root = DataQualityTableView([], {document});
    expect(root.tagName).toBe("P");
    expect(root.textContent).toContain("Inga uttag har lästs");
  });
});
