import {describe, expect, it} from "vitest";
import {join} from "node:path";
import {nationalSupervisionTable, nationalSupervisionLong, nationalSupervisionCounts, nationalTableFromCounts, nationalTertials, nationalAreaOverTime, NATIONAL_DECISION_COLUMNS, type NationalDecisionInput} from "../../../src/lib/measures/national-supervision.js";
import {decodeCountsFile, encodeCountsFile} from "../../../src/lib/counts-file/codec.js";
import {NATIONAL_SUPERVISION_COUNTS_FILE} from "../../../src/lib/measures/national-supervision-counts-file.js";
import {tertialBounds} from "../../../src/lib/period.js";
import type {NationalArea} from "../../../src/lib/extract/codes.js";
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

describe("stage (a) nationalSupervisionCounts and stage (b) nationalTableFromCounts", () => {
  const rows = generateSample({seed: 3, scale: 1}).decisions;
  const counts = nationalSupervisionCounts(rows);

  it("over all periods equals nationalSupervisionTable on the rows, and the published numbers on the sample", () => {
    expect(nationalTableFromCounts(counts, "all")).toEqual(nationalSupervisionTable(rows));
    expect(cells(nationalTableFromCounts(nationalSupervisionCounts(generateSample({seed: 1, scale: 1}).decisions)))).toEqual(PUBLISHED_CELLS);
  });

  it("for every tertial and year equals nationalSupervisionTable on the rows dated in it", () => {
    const tertials = nationalTertials(counts);
    expect(tertials.length).toBeGreaterThan(2);
    for (const t of tertials) {
      const {from, to} = tertialBounds(t);
      const inT = rows.filter((r) => r.decision_date >= from && r.decision_date <= to);
      expect(nationalTableFromCounts(counts, t)).toEqual(nationalSupervisionTable(inT));
    }
    const year = tertials[0]!.slice(0, 4);
    expect(nationalTableFromCounts(counts, year)).toEqual(nationalSupervisionTable(rows.filter((r) => r.decision_date.startsWith(year))));
  });

  it("has at most one count per national decision and sums to the national decisions", () => {
    const national = rows.filter((r) => r.national_area !== null);
    expect(counts.length).toBeLessThanOrEqual(national.length);
    expect(counts.reduce((s, c) => s + c.decisions, 0)).toBe(national.length);
  });

  it("survives the loader's file format: decode(encode(counts)) equals the counts", () => {
    expect(decodeCountsFile(NATIONAL_SUPERVISION_COUNTS_FILE, JSON.parse(JSON.stringify(encodeCountsFile(NATIONAL_SUPERVISION_COUNTS_FILE, counts))))).toEqual(counts);
  });

  it("gives an empty table for a period without data", () => {
    const table = nationalTableFromCounts(counts, "1999T1");
    expect(table.areas).toEqual([]);
    expect(table.total.total).toBe(0);
  });
});

describe("nationalAreaOverTime(counts, area)", () => {
  it("counts decisions and distinct operations per tertial and column of one area", () => {
    const d = (operation_id: string, decision_type: NationalDecisionInput["decision_type"], decision_date: string): NationalDecisionInput => ({national_area: "lss_adults", operation_id, decision_type, decision_date});
    const counts = nationalSupervisionCounts([
      d("op_a", "report_back_1", "2023-02-01"),
      d("op_b", "report_back_1", "2023-03-01"),
      d("op_a", "report_back_2", "2023-06-01"),
      d("op_a", "report_back_2", "2023-07-01"),
      d("op_a", "criticism", "2023-07-01"),
      {national_area: "maternity_care", operation_id: "op_c", decision_type: "report_back_1", decision_date: "2023-02-01"}
    ]);
    const series = nationalAreaOverTime(counts, "lss_adults");
    expect(series.map((s) => s.tertial)).toEqual(["2023T1", "2023T2"]);
    expect(series[0]!.decisions).toEqual({reportBack1: 2, reportBack2: 0, reportBack3: 0, final: 0, sanctions: 0});
    expect(series[0]!.operations.reportBack1).toBe(2);
    expect(series[1]!.decisions.reportBack2).toBe(2);
    expect(series[1]!.operations.reportBack2).toBe(1);
    expect(nationalAreaOverTime(counts, "lss_adults", "2023T2").map((s) => s.tertial)).toEqual(["2023T2"]);
  });

  it("sums over tertials to the area's row of the table for the sample", () => {
    const counts = nationalSupervisionCounts(generateSample({seed: 1, scale: 1}).decisions);
    const table = nationalTableFromCounts(counts);
    for (const row of table.areas) {
      const series = nationalAreaOverTime(counts, row.area as NationalArea);
      for (const col of NATIONAL_DECISION_COLUMNS) expect(series.reduce((s, t) => s + t.decisions[col.id], 0)).toBe(row[col.id]);
    }
  });
});
