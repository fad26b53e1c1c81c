// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {ExtractFactsView, FlagChangesView, FlagCountTable, FlagLinesByMeasure, formatChange, formatHeadline, HeadlineNotes, HeadlineTable, MORE_SUMMARY, OverviewSummary} from "../../src/components/overview-parts.js";
import {countInWords} from "../../src/lib/format/words.js";
import {HEADLINES} from "../../src/lib/overview/catalogue.js";
import {tertialOverview} from "../../src/lib/overview/overview.js";
import type {OverviewFlag, TertialSummary} from "../../src/lib/overview/tertial-summary.js";

const flag = (unit: string, level: "alarm" | "alert", direction: "high" | "low", measure = "delegation", unitType = "department") =>
  ({measure, unitType, unit, unitLabel: unit.toUpperCase(), department: unit, level, direction, polarity: "none", explanation: `Avdelning ${unit} har en högre andel.`}) as unknown as OverviewFlag;

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
  it("write shares as percent, changes in procentenheter with a sign, counts whole, missing as a dash", () => {
    expect(formatHeadline(0.4839, "share")).toBe("48,4\u00a0%");
    expect(formatHeadline(17.31, "percentage-points")).toBe("17,3 procentenheter");
    expect(formatChange(0.033, "share")).toBe("+3,3 procentenheter");
    expect(formatChange(-2, "count")).toBe("−2");
    expect([formatHeadline(null, "share"), formatChange(null, "count")]).toEqual(["–", "–"]);
  });
});

describe("overview parts", () => {
  it("HeadlineTable shows the tertial, its base, the previous tertial and a year earlier with both changes", () => {
    const root = HeadlineTable(overview, {document});
    const row = root.querySelector("tr[data-measure='decisions-without-deficiencies']")!;
    expect([...row.querySelectorAll("td")].map((td) => td.textContent)).toEqual(["48,3\u00a0%", "1\u00a0154 beslut", "45,0\u00a0%", "+3,3 procentenheter", "50,0\u00a0%", "−1,7 procentenheter"]);
    expect([...root.querySelectorAll("thead th")].map((th) => th.textContent)).toContain("Förändring mot T1 2024");
    // The measures carry the ordlista's names; no τ, no "p.e." anywhere in the table.
    expect([...root.querySelectorAll("tbody th")].map((th) => th.textContent)).toEqual(["Beslut utan brister", "Spridning mellan beslutsfattare", "Beslut fattade med delegation", "Hem där barn talades med", "Upprepning i stället för eskalering", "Återremitterade ärenden", "Beslut i nationella tillsyner"]);
    expect(root.textContent).not.toMatch(/τ|p\.e\./);
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
    // The checksum, SHA-256, version and method are in the disclosure, not in the main text.
    const details = root.querySelector("details")!;
    expect(details.querySelector("summary")!.textContent).toBe(MORE_SUMMARY);
    const main = [...root.children].filter((c) => c.tagName !== "DETAILS").map((c) => c.textContent).join(" ");
    expect(main).not.toMatch(/SHA-256|arcsinus|τ|φ|fingeravtryck/);
    expect(main).not.toContain("ab".repeat(32));
    for (const part of ["SHA-256", "ab".repeat(32), "arcsinusgränser"]) expect(details.textContent).toContain(part);
  });

  it("says no national supervision in words where there was nothing to count, not a 0 and a fall", () => {
    const none = summary("2024T3", [], 0.41);
    none.headlines["national-supervision"] = {value: 0, base: 0};
    const o = tertialOverview([summary("2023T3", [], 0.5), summary("2024T2", [], 0.45), none], "2024T3");
    const row = HeadlineTable(o, {document}).querySelector("tr[data-measure='national-supervision']")!;
    expect([...row.querySelectorAll("td")].map((td) => td.textContent)).toEqual(["ingen nationell tillsyn den här tertialen", "–", "130", "–", "130", "–"]);
    expect(HeadlineNotes(o, {document}).textContent).toContain("Ingen nationell tillsyn den här tertialen");
  });

  it("HeadlineNotes names the largest changes and explains the spread between decision-makers in procentenheter", () => {
    const withSpread = (t: string, dwd: number, tau: number) => {
      const s = summary(t, [], dwd);
      s.headlines["decision-maker-spread"] = {value: tau, base: 28};
      return s;
    };
    const o = tertialOverview([withSpread("2023T2", 0.5, 19.1), withSpread("2024T1", 0.45, 18.2), withSpread("2024T2", 0.483, 17.3)], "2024T2");
    const root = HeadlineNotes(o, {document});
    const text = root.textContent!.replace(/\u00a0/g, " ");
    expect(text).toContain("Störst förändring sedan förra tertialen gäller beslut utan brister: 48,3 % mot 45,0 %, upp 3,3 procentenheter.");
    expect(text).toContain("Störst förändring mot samma tertial året innan gäller beslut utan brister: 48,3 % mot 50,0 %, ned 1,7 procentenheter.");
    expect(text).toContain("Spridning mellan beslutsfattare: 17,3 procentenheter.");
    expect(text).toContain("Förra tertialen var den 18,2 procentenheter.");
    const main = [...root.children].filter((c) => c.tagName !== "DETAILS").map((c) => c.textContent).join(" ");
    expect(main).not.toMatch(/τ|p\.e\./);
    expect(root.querySelector("details summary")!.textContent).toBe(MORE_SUMMARY);
  });

  it("OverviewSummary leads with the flags against the previous tertial, says chance and case mix in words and links the next steps", () => {
    const root = OverviewSummary(overview, {document});
    const text = root.textContent!;
    expect(text).toMatch(/^Under T2 2024 finns ett larm och en varning, lika många flaggor som förra tertialen\. /);
    expect(text).toContain("Flest flaggor gäller återremitterade ärenden, per avdelning: en av två.");
    expect(text).toContain("så stor skillnad beror sällan på slumpen");
    expect(text).toContain("kan bero på slumpen, men är värd att titta på");
    const hrefs = [...root.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual([overview.flags[0]!.href, "./avdelning/nord.html?period=2024T2", "./sok-beslut.html?period=2024T2&avdelning=nord"]);
    for (const sentence of text.split(/(?<=\.) /)) expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(30);
    expect(countInWords(4)).toBe("fyra");
    expect(countInWords(1, true)).toBe("ett");
    expect(countInWords(14)).toBe("14");
  });
});
