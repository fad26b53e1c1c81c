// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {REASONS_CLASS, ReasonsBar, reasonSegments, reasonsSummary} from "../../src/components/reasons-bar.js";
import {childConversationSummaryOfCounts} from "../../src/lib/measures/child-conversations.js";
import {countRow} from "../lib/measures/child-conversation-rows.js";
import {expectSnapshot} from "./snapshot.js";

type Scaled = HTMLElement & {scale(name: "x"): {apply(v: number): number}};

const rows = [
  {...countRow({department: "nord", month: "2023-02", present: 80, spoken: 71, empty: 20}), reasons: {no_child_present: 20, all_declined: 5, not_offered: 2, other: 2}},
  {...countRow({department: "mitt", month: "2023-03", present: 117, spoken: 85, empty: 8}), reasons: {no_child_present: 8, all_declined: 7, not_offered: 20, other: 5}},
  {...countRow({department: "syd", month: "2023-03", present: 145, spoken: 141, empty: 5}), reasons: {no_child_present: 5, all_declined: 3, not_offered: 0, other: 1}}
];
const summaries = childConversationSummaryOfCounts(rows, "department");

describe("ReasonsBar(summaries, {width, document, unitType})", () => {
  it("stacks each unit's homes without a conversation by reason, as shares of its inspected homes, in the reasons' order", () => {
    const figure = ReasonsBar(summaries, {width: 640, document}) as Scaled;
    const x = figure.scale("x");
    const rects = [...figure.querySelectorAll(`g.${REASONS_CLASS} rect`)];
    const segments = reasonSegments(summaries);
    expect(rects).toHaveLength(segments.length);
    // Each unit's bar ends at its share of homes without a conversation (Mitt: 40 of 125).
    const ends = new Map<string, number>();
    for (const r of rects) {
      const label = r.getAttribute("aria-label")!;
      const unit = label.slice(0, label.indexOf(":"));
      ends.set(unit, Math.max(ends.get(unit) ?? 0, Number(r.getAttribute("x")) + Number(r.getAttribute("width"))));
    }
    expect(ends.get("Mitt")).toBeCloseTo(x.apply(40 / 125), 4);
    expect(ends.get("Nord")).toBeCloseTo(x.apply(29 / 100), 4);
    expect(rects.map((r) => r.getAttribute("aria-label"))).toContain("Mitt: samtal erbjöds inte\n20 av 125 inspekterade hem (16\u00a0%)");
    expect(figure.querySelector("figcaption")!.textContent).toBe(reasonsSummary(summaries));
    expect(reasonsSummary(summaries)).toBe("Inget barn talades med i 78 av 375 inspekterade hem. I 33 av dem var inga barn placerade, och i 22 erbjöd inspektören inget samtal. Andelen hem där inspektören inte erbjöd samtal var störst i Mitt: 20 av 125.");
    expectSnapshot(figure, "reasons-bar");
  });

  it("says in words that no home was inspected", () => {
    expect(ReasonsBar([], {document, unitType: "team"}).textContent).toBe("Inga inspekterade hem bland de team som valts.");
  });
});
