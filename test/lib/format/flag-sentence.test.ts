import {describe, expect, it} from "vitest";
import {casesToDifferSentence, chanceLegend, directionPhrase, explainAssessment, type MeasureWording} from "../../../src/lib/format/flag-sentence.js";
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
  const sentences = (s: string) => s.split(/(?<=\.)\s(?=[A-ZÅÄÖ0-9])/);
  const numbers = (s: string) => (s.match(/\d+(?:[ ,]\d+)*/g) ?? []).length;

  it("leads with the difference in procentenheter, then the counts and the expectation, then the uncertainty in words", () => {
    const s = plainSpaces(explainAssessment(flagged, "decision-maker", "dm_x", none));
    expect(s).toBe(
      "Beslutsfattare dm_x hade en andel beslut utan brister som var 20 procentenheter högre än väntat. 70 av 100 beslut (70 %) var utan brister; väntat var omkring 50 % med hänsyn till verksamhetstyp och ärendeslag. Så stor skillnad beror sällan på slumpen (larm)."
    );
    expect(s).not.toMatch(/bättre|sämre|justera|gräns|q =/);
    expect(sentences(s)).toHaveLength(3);
    for (const sentence of sentences(s)) {
      expect(numbers(sentence)).toBeLessThanOrEqual(4);
      expect(sentence.split(" ").length).toBeLessThanOrEqual(30);
    }
  });

  it("never quotes a share above 100 %, even where the adjusted share would be", () => {
    const all = unitAssessment({unit: "dm_z", n: 29, observed: 29, expected: 12.8}, {...context, target: 0.46});
    expect(all.adjustedRate).toBeGreaterThan(1);
    const s = plainSpaces(explainAssessment(all, "decision-maker", "dm_z", none));
    expect(s).toMatch(/^Beslutsfattare dm_z hade en andel beslut utan brister som var 56 procentenheter högre än väntat\. 29 av 29 beslut \(100 %\) var utan brister; väntat var omkring 44 %/);
    for (const m of s.matchAll(/(\d+) %/g)) expect(Number(m[1])).toBeLessThanOrEqual(100);
  });

  it("says so in words when the unit's own share is below the nation's but it is flagged higher than expected", () => {
    const mix = unitAssessment({unit: "mitt", n: 100, observed: 45, expected: 30}, context);
    expect(mix).toMatchObject({level: "alarm", direction: "high"});
    expect(plainSpaces(explainAssessment(mix, "department", "Mitt", none))).toMatch(/^Avdelning Mitt hade en andel beslut utan brister som var 15 procentenheter högre än väntat, trots att andelen är lägre än i riket \(50 %\)\. 45 av 100 beslut \(45 %\) var utan brister; väntat var omkring 30 %/);
  });

  it("says the share is about the nation's when both round alike", () => {
    const close = unitAssessment({unit: "ost", n: 534, observed: 255, expected: 176}, {...context, target: 0.481});
    expect(close).toMatchObject({level: "alarm", direction: "high"});
    expect(plainSpaces(explainAssessment(close, "department", "Öst", none))).toMatch(/^Avdelning Öst hade en andel beslut utan brister som var 15 procentenheter högre än väntat, trots att andelen är ungefär densamma som i riket \(48 %\)\. 255 av 534 beslut \(48 %\)/);
  });

  it("says sämre for a low unit of a higher-is-better measure", () => {
    const low = unitAssessment({unit: "ost", n: 100, observed: 30, expected: 50}, context);
    expect(plainSpaces(explainAssessment(low, "department", "Öst", better))).toBe("Avdelning Öst hade en andel hem med barnsamtal som var 20 procentenheter lägre (sämre) än väntat. 30 av 100 hem (30 %) hade barnsamtal; väntat var omkring 50 %, som i riket. Så stor skillnad beror sällan på slumpen (larm).");
  });

  it("says why a small unit is not flagged", () => {
    const small = unitAssessment({unit: "dm_y", n: 8, observed: 0, expected: 4}, context);
    expect(plainSpaces(explainAssessment(small, "decision-maker", "dm_y", none))).toBe("Beslutsfattare dm_y: 0 av 8 beslut var utan brister. Det är för få beslut för att bedömas.");
    const none0 = unitAssessment({unit: "dm_0", n: 0, observed: 0, expected: 0}, context);
    expect(explainAssessment(none0, "decision-maker", "dm_0", none)).toBe("Beslutsfattare dm_0 hade inga beslut att bedöma.");
  });

  it("says a unit within the limits may differ by chance, with one decimal for a share below 10 %", () => {
    const within = unitAssessment({unit: "c", n: 100, observed: 50, expected: 50}, context);
    expect(plainSpaces(explainAssessment(within, "team", "12", better))).toBe("Team 12 hade ungefär den andel hem med barnsamtal som var väntat. 50 av 100 hem (50 %) hade barnsamtal; väntat var omkring 50 %, som i riket. Skillnaden kan bero på slumpen (ingen flagga).");
    const rare = unitAssessment({unit: "r", n: 1000, observed: 50, expected: 46}, {...context, target: 0.046});
    expect(plainSpaces(explainAssessment(rare, "department", "Nord", better))).toBe("Avdelning Nord hade en andel hem med barnsamtal som var 0,4 procentenheter högre än väntat. 50 av 1 000 hem (5,0 %) hade barnsamtal; väntat var omkring 4,6 %, som i riket. Skillnaden kan bero på slumpen (ingen flagga).");
  });

  it("says why no flag can be raised when the expected share is 0 or 100 %", () => {
    const certain = unitAssessment({unit: "z", n: 40, observed: 40, expected: 40}, {...context, target: 1});
    expect(plainSpaces(explainAssessment(certain, "department", "Syd", better))).toMatch(/ Ingen flagga: förväntad andel är 0 eller 100 %, så inget utfall kan avvika\.$/);
  });

  it("names a warning in words", () => {
    const alert = unitAssessment({unit: "a", n: 100, observed: 62, expected: 50}, context);
    expect(alert.level).toBe("alert");
    expect(plainSpaces(explainAssessment(alert, "department", "A", better))).toMatch(/^Avdelning A hade en andel hem med barnsamtal som var 12 procentenheter högre \(bättre\) än väntat\. .* Kan bero på slumpen, men är värd att titta på \(varning\)\.$/);
  });
});

describe("casesToDifferSentence(assessment, wording)", () => {
  const flagged = unitAssessment({unit: "dm_x", n: 100, observed: 70, expected: 50}, context);

  it("is one plain sentence, with a count of one in words", () => {
    expect(casesToDifferSentence(flagged, none)).toBe("Med 11 färre beslut som var utan brister hade den inte flaggats.");
    expect(casesToDifferSentence({casesToDiffer: 1, direction: "low"}, better)).toBe("Med ett hem till som hade barnsamtal hade den inte flaggats.");
    expect(casesToDifferSentence({casesToDiffer: 1, direction: "high"}, {caseNoun: "ärenden", eventPredicate: "återremitterades"})).toBe("Med ett ärende färre som återremitterades hade den inte flaggats.");
  });

  it("is null when no change would remove the flag, or there is no flag", () => {
    expect(casesToDifferSentence({...flagged, casesToDiffer: null}, none)).toBeNull();
    expect(casesToDifferSentence(unitAssessment({unit: "c", n: 100, observed: 50, expected: 50}, context), none)).toBeNull();
  });
});

describe("chanceLegend(separator)", () => {
  it("says what larm and varning mean about chance in the ordlista's words, as two sentences or one", () => {
    expect(chanceLegend()).toBe("Larm: så stor skillnad beror sällan på slumpen. Varning: kan bero på slumpen, men är värd att titta på.");
    expect(chanceLegend("; ")).toBe("Larm: så stor skillnad beror sällan på slumpen; varning: kan bero på slumpen, men är värd att titta på.");
  });
});
