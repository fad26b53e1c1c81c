// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {DepartmentMeasureTable, DepartmentSummary} from "../../src/components/department-history.js";
import {HEADLINES} from "../../src/lib/overview/catalogue.js";
import {tertialOverview} from "../../src/lib/overview/overview.js";
import type {OverviewFlag, TertialSummary} from "../../src/lib/overview/tertial-summary.js";

const flag = (unit: string, level: "alarm" | "alert", measure: string, unitType: string, department: string) =>
  ({measure, unitType, unit, unitLabel: unit, department, level, direction: "high", polarity: "none", explanation: "…"}) as unknown as OverviewFlag;

function summary(tertial: string, flags: OverviewFlag[], rate: number, expectedRate: number): TertialSummary {
  const headlines: TertialSummary["headlines"] = Object.fromEntries(HEADLINES.map((h) => [h.id, {value: null, base: 0}]));
  return {
    tertial, period: {from: "", to: "", label: tertial}, decisionMakerWindow: {from: "", to: ""}, headlines, flags,
    // Mitt: below the nation (45 % against 47 %), yet above what its cases would give (40 %); the adjusted share would be 53 %.
    departments: [{measure: "decisions-without-deficiencies", target: 0.47, cases: 300, units: [{unit: "mitt", n: 60, observed: Math.round(60 * rate), rate, adjustedRate: (rate / expectedRate) * 0.47, expectedRate, level: "alert", direction: "high"}]}]
  };
}

const overview = tertialOverview([
  summary("2024T1", [], 0.5, 0.5),
  summary("2024T2", [flag("mitt", "alarm", "delegation", "department", "mitt"), flag("mitt", "alert", "decisions-without-deficiencies", "department", "mitt"), flag("dm_a", "alert", "escalation-repeats", "decision-maker", "mitt")], 0.45, 0.4)
], "2024T2");

describe("DepartmentMeasureTable", () => {
  it("shows the department's share beside the share expected from its cases and the nation's, never the adjusted share above the nation", () => {
    const root = DepartmentMeasureTable(overview.current ? [overview.previous!, overview.current] : [], "decisions-without-deficiencies", "mitt", "Beslut utan brister, Mitt och riket", {document});
    expect([...root.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Tertial", "Antal", "Andel", "Förväntat", "Riket", "Flagga"]);
    const row = root.querySelector("tr[data-tertial='2024T2']")!;
    expect([...row.querySelectorAll("td")].slice(0, 4).map((td) => td.textContent)).toEqual(["60", "45,0\u00a0%", "40,0\u00a0%", "47,0\u00a0%"]);
  });
});

describe("DepartmentSummary", () => {
  it("leads with the department's flags, its share against the previous tertial and the nation, and links the next steps", () => {
    const lines = {own: overview.flags.filter((l) => l.flag.unitType === "department"), others: overview.flags.filter((l) => l.flag.unitType !== "department")};
    const root = DepartmentSummary(overview, "mitt", "Mitt", lines, {document});
    const text = root.textContent!.replace(/\u00a0/g, " ");
    expect(text).toContain("Avdelningen Mitt har ett larm och en varning under T2 2024, för beslut fattade med delegation och beslut utan brister.");
    expect(text).toContain("Avdelningens beslutsfattare och team har en flagga till.");
    expect(text).toContain("Andelen beslut utan brister var 45 %, mot 50 % förra tertialen; riket hade 47 %.");
    expect(text).toContain("Larm: så stor skillnad beror sällan på slumpen, även med hänsyn till ärendemixen.");
    expect([...root.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([lines.own[0]!.href, "#over-tid", "../sok-beslut.html?period=2024T2&avdelning=mitt"]);
    expect(text).not.toMatch(/τ|p\.e\.|justerad/i);
  });

  it("says in words when neither the department nor its people have a flag", () => {
    const quiet = tertialOverview([summary("2024T2", [], 0.45, 0.4)], "2024T2");
    const text = DepartmentSummary(quiet, "mitt", "Mitt", {own: [], others: []}, {document}).textContent!;
    expect(text).toMatch(/^Avdelningen Mitt har ingen flagga under T2 2024\. Inte heller någon av dess beslutsfattare eller team har en flagga\./);
  });
});
