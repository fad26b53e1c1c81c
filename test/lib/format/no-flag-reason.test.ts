import {describe, expect, it} from "vitest";
import {noFlagReasonText, shownNoFlagReason, tooFewCasesText} from "../../../src/lib/format/no-flag-reason.js";
import {unitAssessment} from "../../../src/lib/flags/unit-assessment.js";
import {referenceFit} from "../../../src/lib/flags/reference-fit.js";

describe("noFlagReasonText(reason)", () => {
  it("names the minimum and the unit's own count for too few cases", () => {
    expect(noFlagReasonText({code: "too-few-cases", cases: 8, minimumCases: 20})).toBe("färre än 20 fall (8)");
  });

  it("says that no outcome can differ when the expected share is 0 or 100 %", () => {
    expect(noFlagReasonText({code: "no-variation"})).toBe("förväntad andel är 0 eller 100 %, så inget utfall kan avvika");
  });

  it("is the reason unitAssessment gives a unit below the minimum", () => {
    const units = [{unit: "a", n: 8, observed: 2, expected: 4}, ...Array.from({length: 12}, (_, i) => ({unit: `u${i}`, n: 100, observed: 50, expected: 50}))];
    const {context} = referenceFit(units);
    expect(unitAssessment(units[0]!, context).noFlagReason).toBe(noFlagReasonText({code: "too-few-cases", cases: 8, minimumCases: context.policy.minimumCases}));
  });
});

describe("tooFewCasesText(cases, minimumCases, caseNoun) and shownNoFlagReason(reason)", () => {
  it("is the one form the pages use for a unit with too few cases", () => {
    expect(tooFewCasesText(19, 20, "beslut")).toBe("för få beslut för att bedömas (19 av minst 20)");
    expect(tooFewCasesText(1, 20, "hem")).toBe("för få hem för att bedömas (1 av minst 20)");
  });

  it("writes the JSON's no-variation reason with a no-break space before %, and passes other reasons through", () => {
    expect(shownNoFlagReason(noFlagReasonText({code: "no-variation"}))).toBe("förväntad andel är 0 eller 100\u00a0%, så inget utfall kan avvika");
    expect(shownNoFlagReason(null)).toBeNull();
  });
});
