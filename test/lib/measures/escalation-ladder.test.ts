import {describe, expect, it} from "vitest";
import {isClosing, isDemanding, moveKind, rungOf} from "../../../src/lib/measures/escalation-ladder.js";

// The rungs are those of DECISION_TYPES (src/lib/extract/codes.ts; domain brief §3).
describe("rungOf(type) and isDemanding(type)", () => {
  it("puts report-back requests on rung 3 up to a fine imposed on rung 6, and the prosecution report and final decision beside the ladder", () => {
    expect((["no_deficiencies", "criticism", "report_back_2", "injunction", "injunction_with_fine", "fine_imposed", "prohibition"] as const).map(rungOf)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect([rungOf("prosecution_report"), rungOf("final")]).toEqual([null, null]);
  });

  it("counts only rungs 3–6 as demanding something of the provider", () => {
    expect((["criticism", "report_back_1", "fine_imposed", "prohibition", "final"] as const).map(isDemanding)).toEqual([false, true, true, false, false]);
  });
});

describe("moveKind(from, to)", () => {
  it("is a repeat at the same rung, a step up or down between rungs, and closed for a final decision or one without deficiencies", () => {
    expect(moveKind("report_back_1", "report_back_2")).toBe("repeat");
    expect(moveKind("report_back_3", "injunction")).toBe("step-up");
    expect(moveKind("injunction_with_fine", "report_back_1")).toBe("step-down");
    expect(moveKind("fine_imposed", "final")).toBe("closed");
    expect(moveKind("injunction", "no_deficiencies")).toBe("closed");
    expect([isClosing("final"), isClosing("no_deficiencies"), isClosing("prohibition")]).toEqual([true, true, false]);
  });
});
