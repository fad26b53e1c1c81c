// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {NationalAreaChart, NationalAreaTable} from "../../src/components/national-area-drilldown.js";
import {nationalAreaOverTime, nationalSupervisionCounts, type NationalDecisionInput} from "../../src/lib/measures/national-supervision.js";

const d = (operation_id: string, decision_type: NationalDecisionInput["decision_type"], decision_date: string): NationalDecisionInput => ({national_area: "lss_adults", operation_id, decision_type, decision_date});
const series = nationalAreaOverTime(
  nationalSupervisionCounts([d("op_a", "report_back_1", "2023-02-01"), d("op_b", "report_back_1", "2023-03-01"), d("op_a", "report_back_2", "2023-06-01"), d("op_a", "fine_imposed", "2023-10-01")]),
  "lss_adults"
);

describe("NationalAreaTable / NationalAreaChart", () => {
  it("shows one row per tertial with 'decisions (operations)' per rung and a dash for none", () => {
    const figure = NationalAreaTable(series, "LSS vuxna", {document});
    const rows = [...figure.querySelectorAll("tbody tr")];
    expect(rows.map((r) => r.querySelector("th")!.textContent)).toEqual(["T1 2023", "T2 2023", "T3 2023"]);
    expect(rows[0]!.querySelector("td[data-column='reportBack1']")!.textContent).toBe("2 (2)");
    expect(rows[0]!.querySelector("td[data-column='sanctions']")!.textContent).toBe("–");
    expect(rows[2]!.querySelector("td[data-column='sanctions']")!.textContent).toBe("1 (1)");
  });

  it("draws one bar per non-zero rung and tertial, and says in words when there is nothing", () => {
    const chart = NationalAreaChart(series, {width: 640, document});
    expect(chart.querySelectorAll("g[aria-label='bar'] rect").length).toBe(3);
    expect(NationalAreaTable([], "LSS vuxna", {document}).textContent).toMatch(/inga daterade beslut/);
    expect(NationalAreaChart([], {document}).textContent).toMatch(/inga daterade beslut/);
  });
});
