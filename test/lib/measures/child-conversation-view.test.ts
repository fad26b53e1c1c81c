import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {PROJECT_ROOT} from "../../../loaders/pipeline/data-directory.js";
import {loadExtracts} from "../../../loaders/pipeline/load-extracts.js";
import {PLANTED} from "../../../loaders/sample/planted.js";
import type {InspectionRow} from "../../../src/lib/extract/inspection-row.js";
import {decodeCountsFile, encodeCountsFile} from "../../../src/lib/counts-file/codec.js";
import {CHILD_CONVERSATION_COUNTS_FILE} from "../../../src/lib/measures/child-conversation-counts-file.js";
import {
  childConversationData,
  childConversationView,
  childCountsFromMonths,
  departmentOverTime,
  homeTypeOf,
  SPC_MINIMUM_POINTS
} from "../../../src/lib/measures/child-conversation-view.js";
import {homesNeverHeard, homesNeverHeardIn} from "../../../src/lib/measures/homes-never-heard.js";
import type {AssessedMeasure} from "../../../src/lib/measures/assessed-measure.js";
import {parsePeriod} from "../../../src/lib/period.js";
import {compareRecords} from "../../oracle/compare.js";
import {oracleFigures, type Ingredients, type References} from "../../oracle/figures.js";
import {readSample} from "../../oracle/read-sample.js";
import {ingredientsOfRows} from "../../oracle/rows.js";
import {countRow, months} from "./child-conversation-rows.js";
import {inspection} from "./rows.js";

describe("homesNeverHeard(inspections) and homesNeverHeardIn(homes, window, filter)", () => {
  const a = "home_aaaaaaaaaaaa";
  const b = "home_cccccccccccc";
  const rows = [
    inspection({home_id: a, inspection_date: "2022-03-01", children_spoken: 0, children_agreed: 0, no_conversation_reason: "not_offered"}),
    inspection({home_id: a, inspection_date: "2023-03-01", children_spoken: 0, children_agreed: 0, children_placed: 0, no_conversation_reason: "no_child_present"}),
    inspection({home_id: a, inspection_date: "2024-03-01", children_spoken: 0, children_agreed: 0, children_placed: 0, no_conversation_reason: "no_child_present"}),
    // Heard in between: no pair.
    inspection({home_id: b, department: "syd", inspection_date: "2022-05-01", children_spoken: 0, children_agreed: 0, no_conversation_reason: "all_declined"}),
    inspection({home_id: b, department: "syd", inspection_date: "2023-05-01"}),
    inspection({home_id: b, department: "syd", inspection_date: "2024-05-01", children_spoken: 0, children_agreed: 0, no_conversation_reason: "other"})
  ];

  it("keys each pair of consecutive inspections without a conversation by the later one, whatever the row order", () => {
    const homes = homesNeverHeard([...rows].reverse());
    expect(homes.map((h) => [h.home, h.previousDate, h.date, h.previousReason, h.reason, h.childPlaced])).toEqual([
      [a, "2022-03-01", "2023-03-01", "not_offered", "no_child_present", true],
      [a, "2023-03-01", "2024-03-01", "no_child_present", "no_child_present", false]
    ]);
  });

  it("keeps the homes whose later inspection lies in the window, department and type of home", () => {
    const homes = homesNeverHeard(rows);
    expect(homesNeverHeardIn(homes, parsePeriod("2023"), {department: null, homeType: null})).toHaveLength(1);
    expect(homesNeverHeardIn(homes, parsePeriod("2023"), {department: "syd", homeType: null})).toHaveLength(0);
    expect(homesNeverHeardIn(homes, parsePeriod("2023"), {department: null, homeType: "lss_child_home"})).toHaveLength(0);
  });
});

describe("departmentOverTime(rows, department)", () => {
  it("passes the standard consistently when every home where a child agreed had a conversation at every point", () => {
    const rows = months("2021-01", 48).map((month) => countRow({department: "syd", month, present: 10, spoken: 9}));
    const o = departmentOverTime(rows, "syd");
    expect(o.grain).toBe("tertial");
    expect(o.points).toHaveLength(SPC_MINIMUM_POINTS);
    expect(o.standardChart!.centre).toBe(1);
    expect(o.assurance).toBe("pass_consistently");
  });

  it("fails the standard consistently when even the upper limit lies below 100 %", () => {
    // 100 homes a month where a child agreed, 80 of them heard: 320 of 400 a tertial, upper limit about 86 %.
    const rows = months("2021-01", 48).map((month) => countRow({department: "mitt", month, present: 100, spoken: 80, agreed: 100, agreedSpoken: 80}));
    const o = departmentOverTime(rows, "mitt");
    expect(o.standardChart!.points.at(-1)!.upper).toBeLessThan(1);
    expect(o.assurance).toBe("fail_consistently");
  });

  it("charts the flagged measure per tertial, a sustained rise as an improvement (7 points above the centre) and a single drop as concern", () => {
    // 12 tertials of 40 homes with a child present (10 a month): 28 heard (70 %) in the first five tertials, 32 (80 %)
    // in the last seven. Centre 364/480 ≈ 75.8 %, σ ≈ 6.8 points: every point within 1σ, so only the shift rule fires.
    const spoken = (i: number) => (i < 20 ? 7 : 8);
    const rows = months("2021-01", 48).map((month, i) => countRow({department: "ost", month, present: 10, spoken: spoken(i)}));
    const o = departmentOverTime(rows, "ost");
    expect(o.points.map((p) => p.events)).toEqual([28, 28, 28, 28, 28, 32, 32, 32, 32, 32, 32, 32]);
    const rules = o.chart!.points.map((p) => [p.rule, p.variation]);
    expect(rules.slice(5)).toEqual(Array(7).fill(["shift", "special_cause_improvement"]));
    // The first five lie below the centre but are only five: common cause.
    expect(rules.slice(0, 5)).toEqual(Array(5).fill([null, "common_cause"]));
    const dropped = departmentOverTime(rows.map((r, i) => (i >= 44 ? countRow({department: "ost", month: r.month, present: 10, spoken: 3}) : r)), "ost");
    expect(dropped.chart!.points.at(-1)).toMatchObject({rule: "limit", side: "low", variation: "special_cause_concern"});
  });

  it("takes months or tertials when asked, whatever the number of tertials", () => {
    const rows = months("2021-01", 48).map((month) => countRow({department: "syd", month, present: 10, spoken: 9}));
    expect(departmentOverTime(rows, "syd", "month").points).toHaveLength(48);
    const short = rows.slice(0, 8);
    expect(departmentOverTime(short, "syd").grain).toBe("month");
    const tertials = departmentOverTime(short, "syd", "tertial");
    expect(tertials.points.map((p) => [p.key, p.n])).toEqual([["2021T1", 40], ["2021T2", 40]]);
    expect(tertials.chart!.shortBaseline).toBe(true);
  });

  it("is hit and miss when the standard lies within the limits", () => {
    const rows = months("2021-01", 48).map((month, i) => countRow({department: "nord", month, present: 8, spoken: 7, agreed: 7, agreedSpoken: i % 5 === 0 ? 6 : 7}));
    expect(departmentOverTime(rows, "nord").assurance).toBe("hit_and_miss");
  });
});

describe("homeTypeOf(operationType)", () => {
  it("is the type of home, null for none, undefined for a type of operation that is no home", () => {
    expect(homeTypeOf("hvb")).toBe("hvb");
    expect(homeTypeOf(null)).toBeNull();
    expect(homeTypeOf("emergency_hospital" as never)).toBeUndefined();
  });
});

/**
 * The sample (data/sample): the page's path (stage (a) written by the loader, encoded, decoded, chosen by months) gives
 * the figures the independent oracle (test/oracle/) counts from the CSV rows for the same filter, and the 2023 figures
 * are the published ones. (`lika analyze` runs this same view, so it is not what the page is compared with.)
 */
describe("childConversationView on the sample", () => {
  let inspections: readonly InspectionRow[];
  let countsIn: ReturnType<typeof childCountsFromMonths>;
  let homes: ReturnType<typeof homesNeverHeard> | null;
  let rows: Ingredients;

  beforeAll(async () => {
    const sample = join(PROJECT_ROOT, "data/sample");
    inspections = (await loadExtracts(sample)).inspections;
    const file = JSON.parse(JSON.stringify(encodeCountsFile(CHILD_CONVERSATION_COUNTS_FILE, childConversationData(inspections))));
    const data = decodeCountsFile(CHILD_CONVERSATION_COUNTS_FILE, file);
    countsIn = childCountsFromMonths(data.rows);
    homes = data.homesNeverHeard;
    rows = ingredientsOfRows(readSample(sample));
  }, 60_000);

  it("reads back from the counts file's JSON the rows and homes never heard that were written", () => {
    const data = childConversationData(inspections);
    expect(decodeCountsFile(CHILD_CONVERSATION_COUNTS_FILE, JSON.parse(JSON.stringify(encodeCountsFile(CHILD_CONVERSATION_COUNTS_FILE, data))))).toEqual(data);
  });

  it("shows the published 2023 figures: 94, 68 and 71 % of inspected homes, 175 of 850 with no child heard", () => {
    const v = childConversationView(countsIn, parsePeriod("2023"), {department: null, homeType: null}, {homesNeverHeard: homes});
    // Published (the agency's follow-up of child conversations, 2023; docs/sample.md): 850 homes, about 175 without a conversation.
    expect(v.headline).toMatchObject({inspectedHomes: 850, homesWithConversation: 850 - 175});
    const share = (d: string) => Math.round(100 * v.summary.byDepartment.find((s) => s.unit === d)!.shareOfInspectedHomes);
    expect(["syd", "mitt", "nord"].map(share)).toEqual([94, 68, 71]);
  });

  it("flags the planted low department low at alarm, and not the department whose low share comes from homes with no child placed", () => {
    const v = childConversationView(countsIn, parsePeriod("2023"), {department: null, homeType: null});
    for (const planted of PLANTED.departments.filter((d) => d.measure === "child_conversations")) {
      const unit = v.byDepartment.units.find((u) => u.unit === planted.department)!;
      if (planted.direction === "normal") expect(unit.level, planted.department).toBeNull();
      if (planted.direction === "low") expect([unit.level, unit.direction], planted.department).toEqual(["alarm", "low"]);
    }
  });

  it.each([
    ["2023", null, null],
    ["2023", "mitt", null],
    ["2024T2", null, "hvb"],
    ["2022", "syd", "lss_child_home"],
    ["2021T1", "nord", "special_youth_home"]
  ] as const)("gives the oracle's figures for period %s, department %s, type of home %s", (period, department, homeType) => {
    const page = childConversationView(countsIn, parsePeriod(period), {department, homeType}, {homesNeverHeard: homes});
    const results: Record<string, AssessedMeasure> = {"child-conversations.byDepartment": page.byDepartment, "child-conversations.byTeam": page.byTeam};
    const refs: References = (name) => (results[name] ? {reference: results[name].reference, setAside: results[name].setAside} : {reference: "all", setAside: []});
    const oracle = oracleFigures(rows, {period, filter: {department, operationType: homeType, caseType: null}}, refs);
    expect(page.byTeam.units.length).toBeGreaterThan(0);
    for (const [name, result] of Object.entries(results)) {
      expect(compareRecords(name, oracle[`${name}.units`]!, result.units as never, "unit")).toEqual([]);
      expect(compareRecords(name, oracle[`${name}.strata`]!, result.strata as never, "stratum")).toEqual([]);
    }
    const summary = "child-conversations.summary";
    expect(compareRecords(`${summary}.byDepartment`, oracle[`${summary}.byDepartment`]!, page.summary.byDepartment as never, "unit")).toEqual([]);
    expect(compareRecords(`${summary}.byTeam`, oracle[`${summary}.byTeam`]!, page.summary.byTeam as never, "unit")).toEqual([]);
    // The headline: the department chosen, else the nation.
    const headline = department === null ? {...oracle[`${summary}.total`]![0]!, unit: "total"} : oracle[`${summary}.byDepartment`]![0]!;
    expect(compareRecords("headline", [headline], [page.headline as never], "unit")).toEqual([]);
  });
});
