// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {ExtractFactsView, FlagChangesView, FlagCountTable, FlagLinesByMeasure, formatChange, formatHeadline, HeadlineTable} from "../../src/components/overview-parts.js";
import {HEADLINES} from "../../src/lib/overview/catalogue.js";
import {tertialOverview} from "../../src/lib/overview/overview.js";
import type {OverviewFlag, TertialSummary} from "../../src/lib/overview/tertial-summary.js";

const flag = (unit: string, level: "alarm" | "alert", direction: "high" | "low", measure = "delegation", unitType = "department") =>
  ({measure, unitType, unit, unitLabel: unit.toUpperCase(), level, direction, polarity: "none", explanation: `Avdelning ${unit} har en högre andel.`}) as unknown as OverviewFlag;

function summary(tertial: string, flags: OverviewFlag[], dwd: number): TertialSummary {
  const headlines: TertialSummary["headlines"] = Object.fromEntries(HEADLINES.map((h) => [h.id, {value: null, base: 0}]));
  headlines["decisions-without-deficiencies"] = {value: dwd, base: 1154};
  headlines["national-supervision"] = {value: 130, base: 40};
  return {tertial, period: {from: "2024-05-01", to: "2024-08-31", label: tertial}, decisionMakerWindow: {from: "", to: ""}, headlines, flags, departments: []};
}

const overview = tertialOverview(
  [summary("2023T2", [], 0.5), summary("2024T1", [flag("syd", "alert", "low"), flag("nord", "alarm", "high")], 0.45), summary("2024T2", [flag("nord", "alert", "high"), flag("ost", "alarm", "low", "preparations-sent-back")], 0.483)],
  "2024T2"
);

describe("formatHeadline, formatChange", () => {
  it("write shares as percent, changes in percentage points (p.e.) with a sign, counts whole, missing as a dash", () => {
    expect(formatHeadline(0.4839, "share")).toBe("48,4\u00a0%");
    expect(formatChange(0.033, "share")).toBe("+3,3 p.e.");
    expect(formatChange(-2, "count")).toBe("−2");
    expect([formatHeadline(null, "share"), formatChange(null, "count")]).toEqual(["–", "–"]);
  });
});

describe("overview parts", () => {
  it("HeadlineTable shows the tertial, its base, the previous tertial and a year earlier with both changes", () => {
    const root = HeadlineTable(overview, {document});
    const row = root.querySelector("tr[data-measure='decisions-without-deficiencies']")!;
    expect([...row.querySelectorAll("td")].map((td) => td.textContent)).toEqual(["48,3\u00a0%", "1\u00a0154 beslut", "45,0\u00a0%", "+3,3 p.e.", "50,0\u00a0%", "−1,7 p.e."]);
    expect([...root.querySelectorAll("thead th")].map((th) => th.textContent)).toContain("Förändring mot T1 2024");
  });

  it("FlagCountTable counts alarms and alerts per measure and in total", () => {
    const root = FlagCountTable(overview, {document});
    const cells = (sel: string) => [...root.querySelector(sel)!.querySelectorAll("td")].map((td) => td.textContent);
    expect(cells("tr[data-measure='delegation']")).toEqual(["0", "1", "1 / 1"]);
    expect(cells("tr.lika-total")).toEqual(["1", "1", "1 / 1"]);
  });

  it("FlagChangesView lists new, cleared and persisting flags with links to their explainers and level changes", () => {
    const root = FlagChangesView(overview, {document});
    const units = (key: string) => [...root.querySelectorAll(`[data-changes='${key}'] li`)].map((li) => (li as HTMLElement).dataset.unit);
    expect([units("new"), units("cleared"), units("persisting")]).toEqual([["ost"], ["syd"], ["nord"]]);
    expect(root.querySelector("[data-changes='persisting'] li")!.textContent).toContain("från larm till varning");
    expect(root.querySelector("[data-changes='new'] a")!.getAttribute("href")).toBe("./beredning.html?period=2024T2#flagga-preparations-sent-back-department-ost");
  });

  it("FlagLinesByMeasure gives each flag its sentence under its measure", () => {
    const root = FlagLinesByMeasure(overview, {document});
    expect([...root.querySelectorAll("section")].map((s) => (s as HTMLElement).dataset.measure)).toEqual(["delegation", "preparations-sent-back"]);
    expect(root.textContent).toContain("Avdelning nord har en högre andel.");
    expect(root.querySelector("li[data-unit='nord']")!.textContent).toContain("Varning: högre än väntat – NORD");
  });

  it("ExtractFactsView states period, extraction date, fingerprint, version and parameters in Swedish", () => {
    const root = ExtractFactsView({
      extract: {period: {from: "2021-01-01", to: "2024-12-31"}, extracted: "2025-01-15", fingerprint: "ab".repeat(32), files: ["decisions.csv"]},
      lika: {version: "0.1.0"},
      parameters: {method: "arcsine", alertLevel: 0.95, alarmLevel: 0.998, minimumCases: 20, overdispersion: "auto", minimumUnitsForOverdispersion: 10}
    }, {document});
    const text = root.textContent!;
    for (const part of ["2021-01-01 – 2024-12-31", "2025-01-15", "ab".repeat(32), "0.1.0", "99,8\u00a0%", "20 per enhet", "arcsinusgränser"]) expect(text).toContain(part);
  });
});
