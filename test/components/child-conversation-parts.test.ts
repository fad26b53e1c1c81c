// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {AssuranceAnswer, AssuranceTable, ChildConversationHeadline, ChildConversationTable, ChildMethodDetails, CHILD_CONVERSATIONS_WORDING, HomesNeverHeardTable, assuranceAnswer, childPageSummary, childReadingPoints, childSelectionSummary, headlineFigures, standardShares} from "../../src/components/child-conversation-parts.js";
import {MORE_TO_KNOW} from "../../src/components/spc-chart.js";
import {leadDifferences} from "../../src/components/flag-lead.js";
import {formatPercent} from "../../src/lib/format/number.js";
import {formatPercentagePoints} from "../../src/lib/format/share.js";
import {FLAG_COLOURS} from "../../src/components/flag-badge.js";
import {FUNNEL_CLASSES, FunnelPlot} from "../../src/components/funnel-plot.js";
import {DEFAULT_FLAG_POLICY} from "../../src/lib/flags/policy.js";
import {assessedMeasureView} from "../../src/lib/measures/assessed-measure.js";
import {childConversationView, childCountsFromMonths, departmentOverTime} from "../../src/lib/measures/child-conversation-view.js";
import {parsePeriod} from "../../src/lib/period.js";
import {countRow, months} from "../lib/measures/child-conversation-rows.js";
import {expectSnapshot} from "./snapshot.js";

// Six departments in 2023, 12 months each; Mitt hears children at 60 % of homes with a child present, the others at 90 %;
// Nord has many homes with no child placed (a low share of all homes, an ordinary share of homes with children).
const DEPARTMENTS = ["nord", "mitt", "ost", "sydost", "syd", "vast"] as const;
const rows = DEPARTMENTS.flatMap((department) =>
  months("2023-01", 12).map((month) => countRow({department, month, present: 10, spoken: department === "mitt" ? 6 : 9, empty: department === "nord" ? 3 : 0}))
);
const view = childConversationView(childCountsFromMonths(rows), parsePeriod("2023"), {department: null, homeType: null});
const departments = assessedMeasureView(view.byDepartment, DEFAULT_FLAG_POLICY);

describe("the blocks of the page Barnsamtal", () => {
  it("states each headline figure with its denominator", () => {
    const figures = headlineFigures(view.headline!);
    expect(figures.map((f) => f.value.replace(/\s/g, " "))).toEqual(["81 %", "85 %", "144 av 756", "100 %"]);
    expect(figures[1]!.counts).toContain("612 av 720 hem med placerade barn");
    expect(figures.map((f) => f.label)).toEqual(["Hem där barn talades med, av alla inspekterade", "Hem där barn talades med, av hem med placerade barn", "Hem där inget barn talades med", "Barn som ville och talades med"]);
    const box = ChildConversationHeadline(view.headline!, document);
    expect(box.querySelectorAll("[data-figure]")).toHaveLength(4);
    expect(ChildConversationHeadline(null, document).textContent).toBe("Inga inspekterade hem i urvalet.");
  });

  it("flags the department that does not offer conversations (worse, orange) and not the one with homes without children, in the funnel and the table", () => {
    const mitt = view.byDepartment.units.find((u) => u.unit === "mitt")!;
    expect([mitt.level, mitt.direction]).toEqual(["alarm", "low"]);
    expect(view.byDepartment.units.find((u) => u.unit === "nord")!.level).toBeNull();
    const funnel = FunnelPlot(departments, {width: 640, unitType: "department", wording: CHILD_CONVERSATIONS_WORDING, document});
    const letters = [...funnel.querySelectorAll(`g.${FUNNEL_CLASSES.letters} text`)];
    expect(letters.map((t) => [t.textContent, t.getAttribute("fill")])).toEqual([["L", FLAG_COLOURS.worse]]);
    expectSnapshot(funnel, "child-conversations-funnel");
    const table = ChildConversationTable(view.summary.byDepartment, departments, {unitType: "department", caption: "Barnsamtal per avdelning, 2023", fileName: "barnsamtal.csv", document});
    const flag = table.querySelector("tr[data-unit='mitt'] [data-column='flag']") as HTMLElement;
    expect([flag.dataset.level, flag.dataset.direction]).toEqual(["alarm", "low"]);
    expect(flag.textContent).toContain("sämre");
    const csv = decodeURIComponent(table.querySelector("a[download]")!.getAttribute("href")!.replace("data:text/csv;charset=utf-8,", ""));
    expect(csv.startsWith("\uFEFFAvdelning;Inspekterade hem;Barn talades med;Andel av alla hem (%)")).toBe(true);
    expect(csv).toContain("Nord;156;108;69,2;120;90,0;Ingen flagga;36;12;0;0;100,0");
  });

  it("shows assurance in words (klarar alltid / klarar inte / klarar ibland), never colour or letters alone", () => {
    const failing = departmentOverTime(months("2021-01", 48).map((month) => countRow({department: "mitt", month, present: 100, spoken: 80, agreed: 100, agreedSpoken: 80})), "mitt");
    const passing = departmentOverTime(months("2021-01", 48).map((month) => countRow({department: "syd", month, present: 10, spoken: 9})), "syd");
    const table = AssuranceTable([failing, passing], document);
    const badges = [...table.querySelectorAll(".lika-assurance")].map((b) => b.textContent);
    expect(badges).toEqual(["Klarar inte", "Klarar alltid"]);
    expect(table.querySelector("thead")!.textContent).toContain("Klarar kravet?");
    expect(table.textContent).not.toMatch(/Säkerhet|\bP\b|\bF\b/);
    // The answer above the table counts the departments and quotes their shares from the same charts.
    const shares = standardShares([failing, passing]);
    expect(shares.map((x) => x.share)).toEqual([0.8, 1]);
    expect(assuranceAnswer([failing, passing]).slice(0, 2)).toEqual(["En avdelning klarar kravet alltid och en avdelning klarar inte kravet.", `Inspektörerna talade med barn i 80–${formatPercent(1)} av de hem där ett barn ville samtala.`]);
  });

  it("answers 'klarar ibland at 97–100 %: are we failing?' in words", () => {
    const nearly = (department: "nord" | "syd") => departmentOverTime(months("2021-01", 48).map((month, i) => countRow({department, month, present: 30, spoken: 29, agreed: 30, agreedSpoken: i % 3 === 0 ? 29 : 30})), department);
    const both = [nearly("nord"), nearly("syd")];
    expect(both.map((o) => o.assurance)).toEqual(["hit_and_miss", "hit_and_miss"]);
    const text = AssuranceAnswer(both, document).textContent!;
    expect(text).toContain("Båda avdelningarna klarar kravet ibland.");
    expect(text).toContain(`Inspektörerna talade med barn i ${formatPercent(standardShares(both)[0]!.share)} av de hem där ett barn ville samtala.`);
    expect(text).toContain("”Klarar ibland” betyder inte att avdelningen misslyckas.");
    expect(text).toContain(`Kravet är ${formatPercent(1)}, så ett enda barn som ville men inte fick samtala gör att kravet inte nås den perioden.`);
    // The method (NHSRplotthedots, σ) only in the disclosure, never in the reading guide.
    expect(childReadingPoints("assurance").join(" ")).not.toMatch(/NHSR|σ|P betyder/);
    const details = ChildMethodDetails("assurance", document);
    expect(details.querySelector("summary")!.textContent).toBe(MORE_TO_KNOW);
    expect(details.textContent).toContain("NHSRplotthedots");
    expect(childReadingPoints("spc").join(" ")).not.toMatch(/σ|NHS|sätter dem/);
    expect(childReadingPoints("spc").join(" ")).toContain("medellinjen");
  });

  it("sums the page up first: the share, who differs from what was expected (in procentenheter) and where to read on", () => {
    const summary = childPageSummary(view, departments, document);
    const text = summary.textContent!;
    const [mitt] = leadDifferences(departments);
    expect(mitt!.unit).toBe("mitt");
    expect(text).toContain(`Under 2023 talade inspektörerna med barn i ${formatPercent(view.headline!.shareOfHomesWithChildPresent)} av de hem där barn var placerade.`);
    expect(text).toContain(`En avdelning talade med barn i färre hem än väntat: Mitt (${formatPercentagePoints(mitt!.differencePercentagePoints, {signed: true})}).`);
    expect(text).toContain("Så stor skillnad beror sällan på slumpen (larm).");
    expect([...summary.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["#avdelningar", "#over-tid-mitt"]);
    expect(text.split(/(?<=\.) /)).toHaveLength(4);
  });

  it("says in words when the list of homes is left out of the build, or empty, and when a selection is empty", () => {
    expect(HomesNeverHeardTable(null, document).textContent).toBe("Listan över hem finns bara i den interna versionen.");
    expect(HomesNeverHeardTable([], document).textContent).toBe("I urvalet finns inget hem där inget barn talades med vid två inspektioner i rad.");
    const empty = childConversationView(childCountsFromMonths(rows), parsePeriod("2021"), {department: null, homeType: null});
    expect(childSelectionSummary(empty, {document}).textContent).toContain("Urvalet innehåller inga inspekterade hem");
    const small = childConversationView(childCountsFromMonths(rows), parsePeriod("2023T1"), {department: "syd", homeType: null});
    expect(small.headline!.inspectedHomes).toBe(40);
    const tiny = childConversationView(childCountsFromMonths(rows.filter((r) => r.month === "2023-01")), parsePeriod("2023T1"), {department: "syd", homeType: null});
    expect(childSelectionSummary(tiny, {document}).textContent).toContain("Urvalet är litet: bara 10 inspekterade hem.");
  });
});
