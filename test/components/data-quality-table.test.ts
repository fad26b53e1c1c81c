// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {DataQualityByReason, DataQualitySummary, DataQualityTableView, linesText, reasonGroups, SHOWN_PROBLEMS} from "../../src/components/data-quality-table.js";
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
  it("shows one narrow row per file with encoding, delimiter and sv-SE counts", () => {
    const root = DataQualityTableView([report()], {document});
    expect([...root.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Fil", "Teckenkodning", "Avgränsare", "Lästa rader", "Godkända", "Satta åt sidan"]);
    expect(cell(root, "decisions.csv", "encoding")?.textContent).toBe("UTF-8");
    expect(cell(root, "decisions.csv", "delimiter")?.textContent).toBe("semikolon");
    // sv-SE groups thousands with a no-break space (Intl, as src/lib/format/number.ts formats them).
    expect(cell(root, "decisions.csv", "rowsRead")?.textContent).toBe("1\u00a0154");
    expect(cell(root, "decisions.csv", "rowsQuarantined")?.getAttribute("data-value")).toBe("4");
  });


  it("says in words when a file is absent, could not be read, or had nothing set aside", () => {
    const root = DataQualityTableView([
      report({rowsQuarantined: 0, rowsAccepted: 1154, quarantinedByReason: {}, problems: []}),
      report({extract: "inspections", file: "inspections.csv", present: false, encoding: null, delimiter: null, rowsRead: 0, rowsAccepted: 0, rowsQuarantined: 0, quarantinedByReason: {}, problems: []}),
      report({extract: "preparations", file: "preparations.csv", fatal: "preparations.csv: file is empty", encoding: null, delimiter: null, rowsRead: 0, rowsAccepted: 0, rowsQuarantined: 0, quarantinedByReason: {}, problems: []})
    ], {document});
    expect(cell(root, "inspections.csv", "encoding")?.textContent).toContain("Finns inte i uttaget");
    const byReason = DataQualityByReason([
      report({rowsQuarantined: 0, rowsAccepted: 1154, quarantinedByReason: {}, problems: []}),
      report({extract: "preparations", file: "preparations.csv", fatal: "preparations.csv: file is empty", encoding: null, delimiter: null, rowsRead: 0, rowsAccepted: 0, rowsQuarantined: 0, quarantinedByReason: {}, problems: []})
    ], {document});
    expect(byReason.querySelector("[data-file='decisions.csv']")?.textContent).toContain("Inga rader satta åt sidan.");
    expect(byReason.querySelector("[data-file='preparations.csv']")?.textContent).toContain("Filen kunde inte läsas, och ingen rad i den används: preparations.csv: filen är tom");
  });

  it("groups rows set aside by reason, most first, with counts, the first line numbers and the first problems in Swedish", () => {
    const r = report({rowsQuarantined: 13, rowsAccepted: 1141, quarantinedByReason: {"decision_type: impossible order": 12, "decision_id: duplicate id": 1}, problems: [...report().problems, {file: "decisions.csv", line: 40, column: "decision_id", value: "B-1", reason: "duplicate id"}]});
    expect(reasonGroups(r).map((g) => [g.rule, g.rows, g.problems.length])).toEqual([["decision_type: impossible order", 12, 12], ["decision_id: duplicate id", 1, 1]]);
    const root = DataQualityByReason([r], {document});
    const items = [...root.querySelectorAll("li[data-rule]")];
    expect(items.map((li) => li.querySelector("p")?.textContent)).toEqual(["12 rader: decision_type: omöjlig ordning – rader 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 …", "1 rad: decision_id: id:t finns redan – rad 40"]);
    const shown = [...items[0]!.querySelectorAll("details li")].map((li) => li.textContent);
    expect(shown).toHaveLength(SHOWN_PROBLEMS);
    expect(shown[0]).toBe("decisions.csv rad 2, kolumn decision_type: omöjlig ordning: 'report_back_2'");
    expect(root.textContent).toContain("Teckenkodning: UTF-8 – giltig UTF-8. Avgränsare: semikolon.");
    expect(root.textContent).not.toMatch(/valid UTF-8|impossible|duplicate/);
  });

  it("linesText lists distinct lines with 'och' when all rows are shown", () => {
    expect(linesText({rule: "x", rows: 3, problems: [2, 2, 5, 9].map((line) => ({file: "f.csv", line, column: null, value: null, reason: "x"}))})).toBe("rader 2, 5 och 9");
  });

  it("is a sentence, not an empty table, when there is no report", () => {
    const root = DataQualityTableView([], {document});
    expect(root.tagName).toBe("P");
    expect(root.textContent).toContain("Inga uttag har lästs");
  });
});

describe("DataQualitySummary(reports)", () => {
  it("leads with the rows read and set aside, names the commonest reason and the next step, from the report's counts", () => {
    const text = DataQualitySummary([report(), report({extract: "inspections", file: "inspections.csv", rowsRead: 100, rowsAccepted: 100, rowsQuarantined: 0, quarantinedByReason: {}, problems: []})], {document}).textContent!;
    expect(text).toBe(
      "lika läste 1\u00a0254 rader ur 2 filer och satte 4 av dem åt sidan, 0,3\u00a0%. Vanligast är ”decision_type: omöjlig ordning” i decisions.csv, 3 rader. " +
        "Rader som satts åt sidan räknas inte i något mått. Under varje fil står orsakerna och radnumren, så att raderna kan rättas i uttaget."
    );
    expect(text).not.toMatch(/--quarantine|lika check/);
  });

  it("says when every row could be used, and names a file that could not be read", () => {
    const text = DataQualitySummary([
      report({rowsQuarantined: 0, rowsAccepted: 1154, quarantinedByReason: {}, problems: []}),
      report({extract: "preparations", file: "preparations.csv", fatal: "preparations.csv: file is empty", encoding: null, delimiter: null, rowsRead: 0, rowsAccepted: 0, rowsQuarantined: 0, quarantinedByReason: {}, problems: []})
    ], {document}).textContent!;
    expect(text).toContain("lika läste 1\u00a0154 rader ur 2 filer och kunde använda alla.");
    expect(text).toContain("preparations.csv kunde inte läsas, så måtten som bygger på den visas inte.");
  });
});
