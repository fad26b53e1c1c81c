// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {decisionSummary, departmentRateSentence, flagCountSentence, moreDetails, nationalRateSentence, selectionSummary, selectionWords, spreadTable} from "../../src/components/decision-page-parts.js";
import {DecisionMakerFlags, DecisionMakerOverTime, decisionMakerSummary, decisionMakerTable} from "../../src/components/decision-maker-history.js";
import {searchSummary} from "../../src/components/decision-search-parts.js";
import {alarmFatigue} from "../../src/lib/flags/alarm-fatigue.js";
import {formatShare} from "../../src/lib/format/share.js";
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
  it("names the selection, the window and the one national share units are compared with, from the same result", () => {
    const view = decisionView(countsIn, parsePeriod("2023"), {...NO_FILTER, department: "nord"});
    expect(selectionWords(view)).toBe("Frekvenstillsyn, alla verksamhetstyper, avdelning Nord, 2023");
    const text = selectionSummary(view, {policy, document}).textContent!;
    expect(text).toContain("Alla jämförs med riket.");
    expect(text).toContain(nationalRateSentence(view));
    expect(text).toContain("Varje beslutsfattare räknas över tolv månader: 1 januari–31 december 2023.");
    expect(nationalRateSentence(view)).toBe(`Alla jämförs med riket. I riket var ${formatShare(view.byDecisionMaker.target)} av de ${view.byDecisionMaker.cases} besluten under samma tolv månader utan brister.`);
    expect(departmentRateSentence(view)).toBe(`Avdelningarna räknas över perioden 2023. För den perioden är rikets andel beslut utan brister ${formatShare(view.byDepartment.target)}.`);
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

describe("decisionSummary(view, options)", () => {
  it("leads with the flags, the typical difference and the largest difference (own decisions against expected, no share above 100 %), and links to the explanation, the decision-maker's page and Sök beslut", () => {
    const view = decisionView(countsIn, parsePeriod("2023"));
    const fatigue = alarmFatigue(view.byDecisionMaker.units, policy);
    expect(fatigue.differences[0]!.unit).toBe("dm_far");
    const far = view.byDecisionMaker.units.find((u) => u.unit === "dm_far")!;
    const box = decisionSummary(view, {policy, document});
    const [first, next] = [...box.querySelectorAll("p")].map((p) => p.textContent!);
    expect(first).toBe(`${flagCountSentence(fatigue.alarms, fatigue.alerts, fatigue.assessed)} ${view.spread.conclusion}`);
    expect(first).toMatch(/^1 beslutsfattare har larm, av 31 som bedöms\. Beslutsfattarna skiljer sig typiskt \d+ procentenheter åt/);
    const pp = Math.round((100 * (far.observed - far.expected)) / far.n);
    expect(next).toBe(`Störst skillnad har dm_far: 30 av 30 beslut var utan brister, en andel ${pp} procentenheter högre än väntat. Läs varför i tabellen, se hens sida över tid eller hens beslut i Sök beslut.`);
    expect([...box.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["#tabell-alla-beslutsfattare", "./beslutsfattare/dm_far.html", "./sok-beslut.html?arendeslag=frequency&beslutsfattare=dm_far"]);
    expect(box.textContent).not.toMatch(/τ|I²|p\.e\.|\d{3},?\d*\s%/);
  });

  it("points to the table and Sök beslut when no decision-maker is flagged", () => {
    const calm = decisionView(countsFromDecisions(rows.filter((d) => d.decision_maker !== "dm_far")), parsePeriod("2023"));
    const box = decisionSummary(calm, {policy, document});
    expect(box.textContent).toMatch(/^Ingen av de 30 beslutsfattare som bedöms skiljer sig mer än slumpen kan förklara\. Beslutsfattarna skiljer sig typiskt \d+ procentenheter åt med hänsyn till ärendena, och det kan slumpen förklara\.Välj en beslutsfattare i tabellen för att se hens sida över tid, eller sök besluten i Sök beslut\.$/);
    expect([...box.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["#tabell-alla-beslutsfattare", "./sok-beslut.html?arendeslag=frequency"]);
  });

  it("counts flags in words, and says when none stands out", () => {
    expect(flagCountSentence(4, 1, 21)).toBe("4 beslutsfattare har larm och 1 har varning, av 21 som bedöms.");
    expect(flagCountSentence(0, 2, 21)).toBe("2 beslutsfattare har varning, av 21 som bedöms.");
    expect(flagCountSentence(0, 0, 21)).toBe("Ingen av de 21 beslutsfattare som bedöms skiljer sig mer än slumpen kan förklara.");
    expect(flagCountSentence(0, 0, 0)).toBe("Ingen beslutsfattare har tillräckligt många beslut för att bedömas.");
  });

  it("puts technical detail in a disclosure whose summary is exactly 'För den som vill veta mer'", () => {
    const details = moreDetails(["τ = 1"], document);
    expect(details.tagName).toBe("DETAILS");
    expect(details.querySelector("summary")!.textContent).toBe("För den som vill veta mer");
  });
});

describe("searchSummary(total, decisionTypes, chosen)", () => {
  it("says how many decisions match and how many of them are without deficiencies, with the total in data-total", () => {
    const p = searchSummary(200, [{value: "criticism", n: 150}, {value: "no_deficiencies", n: 50}], null, {document});
    expect(p.dataset.total).toBe("200");
    expect(p.textContent).toBe("200 beslut matchar urvalet. 50 av dem (25\u00a0%) var beslut utan brister. Sökningen tar inte hänsyn till vilka hem och ärenden besluten gällde. Det gör sidan Beslut utan brister.");
    expect(searchSummary(200, [], "criticism", {document}).textContent).not.toContain("av dem");
    expect(searchSummary(0, [], null, {document}).textContent).toBe("Inga beslut matchar urvalet. Ta bort ett filter för att se fler.");
  });
});

describe("spreadTable(points) and the decision-maker page parts", () => {
  it("writes one row per tertial with the typical difference and the share beyond chance, without and with case mix, in words", () => {
    const points = spreadOverTime(countsIn, ["2023T1", "2023T2", "2023T3"]);
    const table = spreadTable(points, document);
    expect([...table.querySelectorAll("tbody tr")].map((tr) => tr.getAttribute("data-tertial"))).toEqual(points.map((p) => p.tertial));
    expect([...table.querySelectorAll("tbody tr")].map((tr) => Number(tr.querySelector("[data-column='tauAfter']")!.getAttribute("data-value")))).toEqual(points.map((p) => p.afterCaseMix.tauPercentagePoints));
    expect(table.querySelector("thead")!.textContent).toContain("Typisk skillnad med hänsyn till ärendena");
    expect(table.textContent).not.toMatch(/τ|I²/);
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

  it("summarises a decision-maker's latest twelve months against the expected in procentenheter, the flag in words, and links to Sök beslut", () => {
    const tertials = ["2023T1", "2023T2", "2023T3"];
    const far = decisionMakerHistory(countsIn, "dm_far", tertials, NO_FILTER, {policy});
    const a = far.at(-1)!.assessment!;
    expect(a.level).toBe("alarm");
    const box = decisionMakerSummary(far, "dm_far", {minimumCases: policy.minimumCases, document});
    const pp = Math.round((100 * (a.observed - a.expected)) / a.n);
    expect(box.querySelector("p")!.textContent).toBe(`Under de tolv månaderna fram till T3 2023 var 30 av hens 30 beslut utan brister. Det är ${pp} procentenheter högre än väntat med hänsyn till ärendena, och så stor skillnad beror sällan på slumpen (larm).`);
    expect([...box.querySelectorAll("a")].map((l) => l.getAttribute("href"))).toEqual(["#flaggor-foerklarade", "../sok-beslut.html?arendeslag=frequency&beslutsfattare=dm_far"]);
    const few = decisionMakerHistory(countsIn, "dm_few", tertials, NO_FILTER, {policy});
    expect(decisionMakerSummary(few, "dm_few", {minimumCases: policy.minimumCases, document}).textContent).toContain(`Det är för få för att bedöma: minst ${policy.minimumCases} beslut behövs.`);
  });

  it("says a decision-maker with no decisions made none, and never that the share lies within the limits", () => {
    const tertials = ["2023T1", "2023T2", "2023T3"];
    const none = decisionMakerHistory(countsIn, "dm_nobody", tertials, NO_FILTER, {policy});
    expect(none.length).toBeGreaterThan(0);
    const text = [decisionMakerSummary(none, "dm_nobody", {minimumCases: policy.minimumCases, document}), DecisionMakerFlags(none, document), DecisionMakerOverTime(none, {document})].map((e) => e.textContent).join(" ");
    expect(text).toContain("Beslutsfattaren fattade inga beslut i frekvenstillsynen mellan 1 januari 2023 och 31 december 2023.");
    expect(text).not.toContain("inom gränserna");
    expect(decisionMakerTable(none, document).textContent).toContain("inga beslut");
  });

  it("draws the decision-maker's own share against the expected, with the axis and tooltips within 0–100 %", () => {
    const far = decisionMakerHistory(countsIn, "dm_far", ["2023T1", "2023T2", "2023T3"], NO_FILTER, {policy});
    const chart = DecisionMakerOverTime(far, {document});
    const ticks = [...chart.querySelectorAll("[aria-label='y-axis tick label'] text")].map((t) => t.textContent!);
    expect(ticks.at(-1)).toBe("100\u00a0%");
    const shares = (text: string) => [...text.matchAll(/(\d+(?:,\d+)?)\u00a0%/g)].map((m) => Number(m[1]!.replace(",", ".")));
    const drawn = shares([...chart.querySelectorAll("[aria-label], title")].map((e) => `${e.getAttribute("aria-label") ?? ""} ${e.textContent}`).join(" "));
    expect(drawn.length).toBeGreaterThan(0);
    expect(Math.max(...drawn)).toBeLessThanOrEqual(100);
    // The table: dm_far's own share (100 %) where the adjusted share was above 100 %.
    expect(Math.max(...shares([...decisionMakerTable(far, document).querySelectorAll("td")].map((td) => td.textContent).join(" ")))).toBe(100);
    expect(far.some((h) => h.assessment!.adjustedRate > 1)).toBe(true);
  });
});
