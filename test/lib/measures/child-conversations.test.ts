import {describe, expect, it} from "vitest";
import {childConversations, childConversationSummary} from "../../../src/lib/measures/child-conversations.js";
import {inspection, YEAR_2023} from "./rows.js";

const rows = [
  inspection({department: "mitt", team: "mitt-1", children_placed: 3, children_agreed: 2, children_spoken: 2}),
  inspection({department: "mitt", team: "mitt-1", children_placed: 4, children_agreed: 4, children_spoken: 3}),
  inspection({department: "mitt", team: "mitt-2", children_placed: 0, children_agreed: 0, children_spoken: 0, no_conversation_reason: "no_child_present"}),
  inspection({department: "mitt", team: "mitt-2", children_placed: 2, children_agreed: 0, children_spoken: 0, no_conversation_reason: "all_declined"}),
  inspection({department: "mitt", team: "mitt-2", home_type: "special_youth_home", children_placed: 5, children_agreed: 3, children_spoken: 0, no_conversation_reason: "not_offered"}),
  inspection({department: "syd", team: "syd-1", children_placed: 1, children_agreed: 1, children_spoken: 1}),
  inspection({department: "syd", team: "syd-1", inspection_date: "2022-12-31"})
];

describe("childConversationSummary(inspections, unitType, window)", () => {
  it("gives the published share of all inspected homes, the share of homes with a child present, conversations per agreeing child and reasons", () => {
    const [mitt, syd] = childConversationSummary(rows, "department", YEAR_2023);
    expect(mitt).toEqual({
      unit: "mitt",
      label: "Mitt",
      inspectedHomes: 5,
      homesWithConversation: 2,
      shareOfInspectedHomes: 0.4,
      homesWithChildPresent: 4,
      shareOfHomesWithChildPresent: 0.5,
      childrenPlaced: 14,
      childrenAgreed: 9,
      childrenSpoken: 5,
      conversationsPerAgreeingChild: 5 / 9,
      reasons: {no_child_present: 1, all_declined: 1, not_offered: 1, other: 0}
    });
    expect(syd).toMatchObject({inspectedHomes: 1, homesWithConversation: 1});
  });

  it("sums the whole country under 'total' and splits by team", () => {
    const [total] = childConversationSummary(rows, "total", YEAR_2023);
    expect(total).toMatchObject({unit: "total", label: "Riket", inspectedHomes: 6, homesWithConversation: 3});
    expect(childConversationSummary(rows, "team", YEAR_2023).map((t) => [t.unit, t.inspectedHomes])).toEqual([["mitt-1", 2], ["mitt-2", 3], ["syd-1", 1]]);
  });
});

describe("childConversations(inspections, unitType, window)", () => {
  it("counts only homes with a child present, by type of home, with higher is better", () => {
    const byDepartment = childConversations(rows, "department", YEAR_2023);
    expect(byDepartment.cases).toBe(5);
    // Mitt: three HVB homes with a child present (two with a conversation) and one special youth home (none).
    expect(byDepartment.units.find((u) => u.unit === "mitt")).toMatchObject({n: 4, observed: 2});
    expect(byDepartment.strata.map((s) => s.stratum)).toEqual(["hvb", "special_youth_home"]);
    const r = childConversations(rows, "team", YEAR_2023);
    expect(r.polarity).toBe("higher-better");
    expect(r.units.map((u) => [u.unit, u.n, u.observed])).toEqual([["mitt-1", 2, 2], ["mitt-2", 2, 0], ["syd-1", 1, 1]]);
  });

  it("flags a department that speaks with children less often, saying lägre (sämre)", () => {
    const many = [
      ...(["nord", "ost", "syd", "vast", "sydost"] as const).flatMap((department) =>
        Array.from({length: 50}, (_, i) => inspection({department, team: `${department}-1`, children_spoken: i < 45 ? 2 : 0, no_conversation_reason: i < 45 ? null : "other"}))
      ),
      ...Array.from({length: 50}, (_, i) => inspection({department: "mitt", team: "mitt-1", children_spoken: i < 30 ? 2 : 0, no_conversation_reason: i < 30 ? null : "not_offered"}))
    ];
    const r = childConversations(many, "department", YEAR_2023);
    expect(r.flags.map((f) => [f.unit, f.level, f.direction])).toEqual([["mitt", "alarm", "low"]]);
    expect(r.flags[0]!.explanation).toMatch(/^Avdelning Mitt hade en andel .* som var \d+ procentenheter lägre \(sämre\) än väntat.* \(60\s%\) hade samtal med barn/);
  });
});
