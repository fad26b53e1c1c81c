import {describe, expect, it} from "vitest";
import {directionPhrase, explainAssessment, type MeasureWording} from "../../../src/lib/format/flag-sentence.js";
import {unitAssessment} from "../../../src/lib/flags/unit-assessment.js";
import {flagPolicy} from "../../../src/lib/flags/policy.js";

/** Intl's sv-SE percent format puts a no-break space before %; compare with plain spaces. */
const plainSpaces = (s: string) => s.replace(/\u00a0/g, " ");
const context = {policy: flagPolicy(), target: 0.5, phi: 1, tau2: 0};
const none: MeasureWording = {rateLabel: "beslut utan brister", caseNoun: "beslut", eventPredicate: "var utan brister", adjustedFor: "verksamhetstyp och ärendeslag", polarity: "none"};
const better: MeasureWording = {rateLabel: "hem med barnsamtal", caseNoun: "hem", eventPredicate: "hade barnsamtal", adjustedFor: null, polarity: "higher-better"};

describe("directionPhrase(direction, polarity)", () => {
  it("says högre/lägre without better or worse when the measure has no polarity", () => {
    expect([directionPhrase("high", "none"), directionPhrase("low", "none")]).toEqual(["högre", "lägre"]);
  });

  it("adds bättre/sämre by polarity", () => {
    expect(directionPhrase("low", "higher-better")).toBe("lägre (sämre)");
    expect(directionPhrase("low", "lower-better")).toBe("lägre (bättre)");
    expect(directionPhrase("high", "higher-better")).toBe("högre (bättre)");
  });
});

describe("explainAssessment(assessment, unitType, label, wording)", () => {
  const flagged = unitAssessment({unit: "dm_x", n: 100, observed: 70, expected: 50}, context);

  it("is one Swedish sentence with the counts, expectation, level, limit and the cases that would have to differ", () => {
    const s = plainSpaces(explainAssessment(flagged, "decision-maker", "dm_x", none));
    expect(s).toBe(
      "Beslutsfattare dm_x har 70 % beslut utan brister (70 av 100 beslut; förväntat 50 % med hänsyn till verksamhetstyp och ärendeslag, justerat 70 %), högre än väntat – larm: utanför 99,8 %-gränsen för justerad andel (65 %); flaggan försvinner om 11 färre beslut var utan brister."
    );
    expect(s).not.toMatch(/bättre|sämre/);
    expect(s.split(/\.\s/)).toHaveLength(1);
  });

  it("says sämre for a low unit of a higher-is-better measure", () => {
    const low = unitAssessment({unit: "ost", n: 100, observed: 30, expected: 50}, context);
    expect(plainSpaces(explainAssessment(low, "department", "Öst", better))).toMatch(/^Avdelning Öst har 30 % hem med barnsamtal \(30 av 100 hem; riket 50 %\), lägre \(sämre\) än väntat – larm.*flaggan försvinner om \d+ fler hem hade barnsamtal\.$/);
  });

  it("says why a small unit is not flagged", () => {
    const small = unitAssessment({unit: "dm_y", n: 8, observed: 0, expected: 4}, context);
    expect(plainSpaces(explainAssessment(small, "decision-maker", "dm_y", none))).toBe("Beslutsfattare dm_y har 0 % beslut utan brister (0 av 8 beslut) men flaggas inte: färre än 20 fall (8).");
  });
  it("gives the alert limits for a unit within them, and one decimal for a share below 10 %", () => {
    const within = unitAssessment({unit: "c", n: 100, observed: 50, expected: 50}, context);
    const s = plainSpaces(explainAssessment(within, "team", "12", better));
    expect(s).toMatch(/^Team 12 har 50 % hem med barnsamtal \(50 av 100 hem; riket 50 %\), inom 95 %-gränserna \(\d+ %–\d+ %\)\.$/);
    const rare = unitAssessment({unit: "r", n: 1000, observed: 46, expected: 46}, {...context, target: 0.046});
    expect(plainSpaces(explainAssessment(rare, "department", "Nord", better))).toMatch(/^Avdelning Nord har 4,6 % hem med barnsamtal \(46 av 1 000 hem; riket 4,6 %\), inom 95 %-gränserna \(\d,\d %–\d,\d %\)\.$/);
  });

  it("says why no flag can be raised when the expected share is 0 or 100 %", () => {
    const certain = unitAssessment({unit: "z", n: 40, observed: 40, expected: 40}, {...context, target: 1});
    expect(plainSpaces(explainAssessment(certain, "department", "Syd", better))).toMatch(/inom 95 %-gränserna \(.*\); ingen flagga: förväntad andel är 0 eller 100 %, så inget utfall kan avvika\.$/);
  });

  it("names a warning (95 %) and quotes the share, not the adjusted share, without case mix", () => {
    const alert = unitAssessment({unit: "a", n: 100, observed: 62, expected: 50}, context);
    expect(alert.level).toBe("alert");
    expect(plainSpaces(explainAssessment(alert, "department", "A", better))).toMatch(/högre \(bättre\) än väntat – varning: utanför 95 %-gränsen för andelen \(\d+ %\); flaggan försvinner om \d+ färre hem hade barnsamtal\.$/);
  });

  it("says no change would remove the flag when there are no cases to differ", () => {
    const flagged = unitAssessment({unit: "dm_x", n: 100, observed: 70, expected: 50}, context);
    expect(plainSpaces(explainAssessment({...flagged, casesToDiffer: null}, "decision-maker", "dm_x", none))).toMatch(/; ingen ändring av antalet skulle ta bort flaggan\.$/);
  });
});
