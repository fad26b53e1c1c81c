import {describe, expect, it} from "vitest";
import {join} from "node:path";
import {nationalSupervisionTable, nationalSupervisionLong, type NationalDecisionInput} from "../../../src/lib/measures/national-supervision.js";
import {nationalSupervisionCsv} from "../../../src/lib/measures/national-supervision-export.js";
import {loadExtracts} from "../../../loaders/pipeline/load-extracts.js";
import {generateSample} from "../../../loaders/sample/generate.js";
import {PROJECT_ROOT} from "../../../loaders/pipeline/data-directory.js";
import {PUBLISHED_COLUMNS, PUBLISHED_NATIONAL_SUPERVISION} from "../../fixtures/published/national-supervision.js";

/** The table as 6 rows × 7 numbers, in the published layout. */
function cells(table: ReturnType<typeof nationalSupervisionTable>) {
  return [...table.areas, table.total].map((row) => [row.area, ...PUBLISHED_COLUMNS.map((c) => row[c])]);
}
const PUBLISHED_CELLS = [...PUBLISHED_NATIONAL_SUPERVISION.areas, PUBLISHED_NATIONAL_SUPERVISION.total].map((row) => [row.area, ...PUBLISHED_COLUMNS.map((c) => row[c])]);

describe("nationalSupervisionTable(decisions)", () => {
  it("reproduces all 42 published numbers from the committed sample extract (data/sample, read by loadExtracts)", async () => {
    const rows = (await loadExtracts(join(PROJECT_ROOT, "data/sample"))).decisions;
    const table = nationalSupervisionTable(rows);
    expect(cells(table).flat().filter((v) => typeof v === "number")).toHaveLength(42);
    expect(cells(table)).toEqual(PUBLISHED_CELLS);
  });

  it("reproduces the published table from a freshly generated sample (seed 1, scale 1)", () => {
    expect(cells(nationalSupervisionTable(generateSample({seed: 1, scale: 1}).decisions))).toEqual(PUBLISHED_CELLS);
  });

  it("keeps the published structure with other seeds: every cell depends on the rows, not the seed", () => {
    expect(cells(nationalSupervisionTable(generateSample({seed: 7, scale: 1}).decisions))).toEqual(PUBLISHED_CELLS);
  });

  it("counts distinct operations, sums decision columns into total, and ignores non-national rows", () => {
    const d = (national_area: NationalDecisionInput["national_area"], operation_id: string, decision_type: NationalDecisionInput["decision_type"]): NationalDecisionInput => ({national_area, operation_id, decision_type});
    const table = nationalSupervisionTable([
      d("lss_adults", "op_a", "report_back_1"),
      d("lss_adults", "op_a", "report_back_2"),
      d("lss_adults", "op_a", "injunction_with_fine"),
      d("lss_adults", "op_a", "fine_imposed"),
      d("lss_adults", "op_b", "criticism"),
      d("lss_adults", "op_b", "final"),
      d("maternity_care", "op_c", "prosecution_report"),
      d(null, "op_d", "report_back_1")
    ]);
    expect(table.areas.map((r) => r.area)).toEqual(["lss_adults", "maternity_care"]);
    expect(table.areas[0]).toEqual({area: "lss_adults", operations: 2, reportBack1: 1, reportBack2: 1, reportBack3: 0, final: 1, sanctions: 2, total: 5});
    expect(table.total).toEqual({area: "total", operations: 3, reportBack1: 1, reportBack2: 1, reportBack3: 0, final: 1, sanctions: 3, total: 6});
  });

  it("is empty, with a zero totals row, when no decision belongs to a national supervision", () => {
    const table = nationalSupervisionTable([]);
    expect(table.areas).toEqual([]);
    expect(table.total.total).toBe(0);
  });
});

describe("nationalSupervisionLong(table)", () => {
  it("has one entry per area and decision column whose sums equal the totals column", () => {
    const table = nationalSupervisionTable(generateSample().decisions);
    const long = nationalSupervisionLong(table);
    expect(long).toHaveLength(5 * 5);
    for (const row of table.areas) {
      expect(long.filter((d) => d.area === row.area).reduce((s, d) => s + d.decisions, 0)).toBe(row.total);
    }
  });
});

describe("nationalSupervisionCsv(table)", () => {
  it("writes a BOM, semicolon-separated Swedish headers, one line per area and the totals last", () => {
    const csv = nationalSupervisionCsv(nationalSupervisionTable(generateSample().decisions));
    expect(csv.startsWith("\uFEFFOmråde;Verksamheter som granskats;")).toBe(true);
    const lines = csv.trimEnd().split("\n");
    expect(lines).toHaveLength(7);
    expect(lines[6]).toBe("Totalt;542;450;150;28;436;90;1154");
  });
});
