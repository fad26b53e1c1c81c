import {describe, expect, it} from "vitest";
import {directionPhrase, explainAssessment, type MeasureWording} from "../../../src/lib/flags/explanation.js";
import {unitAssessment} from "../../../src/lib/flags/unit-assessment.js";
import {flagPolicy} from "../../../src/lib/flags/policy.js";
import {measureFlags} from "../../../src/lib/flags/measure-flags.js";

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
});

describe("measureFlags(input, policy)", () => {
  it("returns a Flag with every required field for each unit beyond the alert limits, alarms first", () => {
    // Overdispersion off and every unit in the reference: this tests the Flag record, not the reference.
    const r = measureFlags({
      measure: "m",
      unitType: "department",
      wording: better,
      labelOf: (u) => u.toUpperCase(),
      units: [
        {unit: "a", n: 100, observed: 62, expected: 50},
        {unit: "b", n: 100, observed: 20, expected: 50},
        {unit: "c", n: 100, observed: 50, expected: 50},
        {unit: "d", n: 100, observed: 68, expected: 50}
      ],
      target: 0.5
    }, flagPolicy({overdispersion: "off", reference: "all"}));
    expect(r.flags.map((f) => [f.unit, f.level, f.direction])).toEqual([
      ["b", "alarm", "low"],
      ["d", "alarm", "high"],
      ["a", "alert", "high"]
    ]);
    expect(Object.keys(r.flags[0]!).sort()).toEqual(
      ["adjustedLimits", "adjustedRate", "casesToDiffer", "direction", "expected", "expectedRate", "explanation", "level", "limits", "measure", "method", "n", "observed", "p", "phi", "polarity", "q", "rate", "target", "tau2", "unit", "unitType", "z"].sort()
    );
    expect(plainSpaces(r.units.find((u) => u.unit === "c")!.explanation)).toMatch(/^Avdelning C har 50 %.*inom 95 %-gränserna/);
  });
});
