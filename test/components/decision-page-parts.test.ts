// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {selectionSummary, selectionWords, spreadTable} from "../../src/components/decision-page-parts.js";
import {DecisionMakerFlags, decisionMakerTable} from "../../src/components/decision-maker-history.js";
import {DEFAULT_FLAG_POLICY} from "../../src/lib/flags/policy.js";
import {countTertials, countsFromDecisions, decisionMakerHistory, decisionView, NO_FILTER, spreadOverTime} from "../../src/lib/measures/decision-view.js";
import {parsePeriod} from "../../src/lib/period.js";
import {decision, decisions} from "../lib/measures/rows.js";

// 30 decision-makers of 30 decisions each spread over 2023's tertials, half without deficiencies; dm_far has every
// decision without deficiencies, dm_few one decision.
const DATES = ["2023-03-01", "2023-06-01", "2023-10-01"];
const spread = (list: ReturnType<typeof decisions>) => list.map((d, j) => ({...d, decision_date: DATES[j % 3]!}));
const rows = [
  ...Array.from({length: 30}, (_, i) => {
    const dm = `dm_p${String(i).padStart(2, "0")}`;
    return spread([...decisions(15, {decision_maker: dm, decision_type: "no_deficiencies"}), ...decisions(15, {decision_maker: dm, decision_type: "criticism", deficiencies: true})]);
  }).flat(),
  ...spread(decisions(30, {decision_maker: "dm_far", decision_type: "no_deficiencies"})),
  decision({decision_maker: "dm_few", decision_date: "2023-10-01"})
];
const countsIn = countsFromDecisions(rows);
const policy = DEFAULT_FLAG_POLICY;

describe("selectionSummary(view, options)", () => {
  it("names the selection, the windows and that units are compared with the nation", () => {
    const view = decisionView(countsIn, parsePeriod("2023"), {...NO_FILTER, department: "nord"});
    expect(selectionWords(view)).toBe("Frekvenstillsyn, alla verksamhetstyper, avdelning Nord, 2023");
    const text = selectionSummary(view, {policy, document}).textContent!;
    expect(text).toContain("Jämförelsen görs alltid med riket");
    expect(text).toContain("2023-01-01 – 2023-12-31");
  });

  it("says in words that a selection is empty, too small, or came with values not in the extract", () => {
    const empty = decisionView(countsIn, parsePeriod("2023"), {...NO_FILTER, operationType: "emergency_hospital"});
    expect(selectionSummary(empty, {policy, document}).textContent).toContain("Urvalet innehåller inga beslut");
    const tiny = decisionView(countsFromDecisions([decision({decision_maker: "dm_one"})]), parsePeriod("2023"));
    expect(selectionSummary(tiny, {policy, document}).textContent).toContain("Urvalet är för litet");
    const ignored = decisionView(countsIn, parsePeriod("2023"));
    expect(selectionSummary(ignored, {policy, ignored: ["avdelning"], document}).textContent).toContain("Länken angav avdelningen med ett värde som inte finns i uttaget");
  });
});

describe("spreadTable(points) and the decision-maker page parts", () => {
  it("writes one row per tertial with τ and I² before and after case mix", () => {
    const points = spreadOverTime(countsIn, ["2023T1", "2023T2", "2023T3"]);
    const table = spreadTable(points, document);
    expect([...table.querySelectorAll("tbody tr")].map((tr) => tr.getAttribute("data-tertial"))).toEqual(points.map((p) => p.tertial));
    expect(spreadTable([], document).textContent).toContain("tolv månader");
  });

  it("lists every flagged tertial of a decision-maker with its explanation, and says 'för få beslut (n)' below the minimum", () => {
    const tertials = countTertials(countsIn(parsePeriod("2023")));
    expect(tertials).toEqual(["2023T1", "2023T2", "2023T3"]);
    const far = decisionMakerHistory(countsIn, "dm_far", tertials, NO_FILTER, {policy});
    expect(far.length).toBeGreaterThan(0);
    const flags = DecisionMakerFlags(far, document);
    expect(flags.querySelectorAll("li").length).toBe(far.filter((h) => h.assessment?.level).length);
    expect(flags.textContent).toContain("högre än väntat");
    const few = decisionMakerHistory(countsIn, "dm_few", tertials, NO_FILTER, {policy});
    expect(decisionMakerTable(few, document).textContent).toContain("för få beslut (1)");
  });
});
