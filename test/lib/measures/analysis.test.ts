import {describe, expect, it} from "vitest";
import {analyze, decisionMakerWindowFor} from "../../../src/lib/measures/analysis.js";
import {analysisJson, analysisSummary} from "../../../src/lib/measures/analysis-report.js";
import {findSecondNames, MEASURE_NAMES} from "../../../src/lib/format/ordlista.js";
import {capitalise} from "../../../src/lib/format/unit-noun.js";
import {parsePeriod} from "../../../src/lib/period.js";
import {decision, decisions, inspection, preparation} from "./rows.js";

describe("decisionMakerWindowFor(period)", () => {
  it("is the twelve months ending with a tertial, and the period itself otherwise", () => {
    expect(decisionMakerWindowFor(parsePeriod("2023T2"))).toEqual({from: "2022-09-01", to: "2023-08-31"});
    expect(decisionMakerWindowFor(parsePeriod("2023"))).toEqual({from: "2023-01-01", to: "2023-12-31"});
  });
});

describe("analyze(extracts, period)", () => {
  const input = {
    decisions: [
      ...decisions(2, {decision_date: "2022-10-01"}), // in the decision-maker window of T2 2023, not in the tertial
      decision({decision_date: "2023-06-01", decision_type: "criticism", deficiencies: true}),
      decision({decision_date: "2023-06-02", case_type: "national", national_area: "maternity_care", decision_type: "report_back_1", deficiencies: true})
    ],
    inspections: [inspection({inspection_date: "2023-05-10"})],
    preparations: [preparation({presented_date: "2023-07-01", outcome: "sent_back"})]
  };
  const a = analyze(input, parsePeriod("2023T2"));

  it("counts department measures over the period and decision-maker measures over the decision-maker window", () => {
    expect(a.decisionMakerWindow).toEqual({from: "2022-09-01", to: "2023-08-31"});
    expect(a.measures["decisions-without-deficiencies"].byDepartment.cases).toBe(1);
    expect(a.measures["decisions-without-deficiencies"].byDecisionMaker.cases).toBe(3);
    expect(a.measures["child-conversations"].summary.total).toMatchObject({inspectedHomes: 1, homesWithConversation: 1});
    expect(a.measures["preparations-sent-back"].byDepartment).toMatchObject({cases: 1, events: 1});
    expect(a.measures["national-supervision"].total).toMatchObject({reportBack1: 1, total: 1});
    expect(a.flags).toEqual([]);
  });

  it("writes JSON with null for numbers JSON cannot hold, and the documented top-level keys", () => {
    const json = JSON.parse(analysisJson(a)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["period", "decisionMakerWindow", "policy", "filter", "measures", "flags"]);
    expect(Object.keys(json.measures as object)).toEqual([
      "decisions-without-deficiencies",
      "decision-maker-spread",
      "delegation",
      "child-conversations",
      "escalation-repeats",
      "preparations-sent-back",
      "national-supervision"
    ]);
    expect(analysisJson(a)).not.toMatch(/NaN|Infinity/);
    const spread = (json.measures as Record<string, {beforeCaseMix: {tau2: unknown}}>)["decision-maker-spread"]!;
    expect(spread.beforeCaseMix.tau2).toBeNull();
  });

  it("charts the share sent back per month from the first item to the period's end, for the department filter", () => {
    const items = [
      preparation({presented_date: "2023-02-01", department: "ost", outcome: "sent_back"}),
      preparation({presented_date: "2023-02-08", department: "nord"}),
      preparation({presented_date: "2023-06-07", department: "ost"}),
      preparation({presented_date: "2023-09-06", department: "ost", outcome: "sent_back"}) // after T2 2023
    ];
    const withItems = {...input, preparations: items};
    const nation = analyze(withItems, parsePeriod("2023T2")).measures["preparations-sent-back"].overTime;
    expect(nation.department).toBeNull();
    expect(nation.points).toEqual([{month: "2023-02", cases: 2, events: 1}, {month: "2023-06", cases: 1, events: 0}]);
    expect(nation.chart!.centre).toBe(1 / 3);
    const ost = analyze(withItems, parsePeriod("2023"), {filter: {department: "ost", operationType: null, caseType: null}}).measures["preparations-sent-back"].overTime;
    expect(ost.points).toEqual([{month: "2023-02", cases: 1, events: 1}, {month: "2023-06", cases: 1, events: 0}, {month: "2023-09", cases: 1, events: 1}]);
    expect(ost.chart!.points.map((p) => p.proportion)).toEqual([1, 0, 1]);
  });

  it("summarises in Swedish, saying when there are no flags", () => {
    const text = analysisSummary(a);
    expect(text).toMatch(/^Period T2 2023 \(2023-05-01 – 2023-08-31\); beslutsfattare räknas över 2022-09-01 – 2023-08-31\./);
    expect(text).toMatch(/Inga flaggor\.$/);
    expect(text).toMatch(/1 ärenden föredrogs, 1 \(100\s%\) återremitterades/);
  });

  it("names the measures in the summary as the ordlista does, and uses no second name", () => {
    const text = analysisSummary(a);
    const headings = text.split("\n").filter((line, i, all) => i > 0 && all[i - 1] === "");
    expect(headings.map((h) => h.replace(/[ :(,].*$/u, "")).slice(0, 6)).toEqual(["Beslut", "Beslut", "Hem", "Upprepning", "Återremitterade", "Beslut"]);
    for (const id of ["decisions-without-deficiencies", "delegation", "child-conversations", "escalation-repeats", "preparations-sent-back", "national-supervision"] as const) {
      expect(headings.some((h) => h.startsWith(capitalise(MEASURE_NAMES[id]))), id).toBe(true);
    }
    expect(findSecondNames(text)).toEqual([]);
  });
});

describe("analyzeCounts(countsOfTertials(tertialCounts(extracts)), tertial) — stage (a) once, as the overview does", () => {
  it("gives exactly what counting every row per window gives (countsOfRows), as does analyze(), for every tertial of the sample, with and without filters", async () => {
    const {generateSample} = await import("../../../loaders/sample/generate.js");
    const {analyzeCounts, countsOfRows, countsOfTertials, tertialCounts} = await import("../../../src/lib/measures/analysis.js");
    const sample = generateSample({seed: 1, scale: 1});
    const counts = countsOfTertials(tertialCounts(sample));
    const byRows = countsOfRows(sample);
    // No filter, and every kind of filter at once on alternate tertials (a home type, so child conversations are filtered too).
    const filters = [undefined, {department: "syd", operationType: "hvb", caseType: "frequency"}] as const;
    let compared = 0;
    for (const year of [2021, 2022, 2023, 2024]) {
      for (const t of [1, 2, 3]) {
        const period = parsePeriod(`${year}T${t}`);
        for (const filter of t % 2 === 0 ? filters : filters.slice(0, 1)) {
          const options = filter === undefined ? {} : {filter: {...filter}};
          const everyRow = JSON.parse(analysisJson(analyzeCounts(byRows, period, options)));
          expect(JSON.parse(analysisJson(analyzeCounts(counts, period, options))), `${year}T${t} ${JSON.stringify(filter)}`).toEqual(everyRow);
          // analyze() itself: stage (a) by tertial on the rows up to the period's end only.
          expect(JSON.parse(analysisJson(analyze(sample, period, options))), `analyze ${year}T${t} ${JSON.stringify(filter)}`).toEqual(everyRow);
          compared++;
        }
      }
    }
    expect(compared).toBe(16);
  }, 120_000);
});
