import {describe, expect, it} from "vitest";
import {assessmentOutcome, isBetterDirection} from "../../../src/lib/flags/explanation.js";
import type {MeasureWording} from "../../../src/lib/format/flag-sentence.js";
import {unitAssessment} from "../../../src/lib/flags/unit-assessment.js";
import {flagPolicy} from "../../../src/lib/flags/policy.js";
import {measureFlags} from "../../../src/lib/flags/measure-flags.js";

/** Intl's sv-SE percent format puts a no-break space before %; compare with plain spaces. */
const plainSpaces = (s: string) => s.replace(/\u00a0/g, " ");
const context = {policy: flagPolicy(), target: 0.5, phi: 1, tau2: 0};
const better: MeasureWording = {rateLabel: "hem med barnsamtal", caseNoun: "hem", eventPredicate: "hade barnsamtal", adjustedFor: null, polarity: "higher-better"};

describe("isBetterDirection(direction, polarity)", () => {
  it("is null without polarity, else whether the direction is the better side", () => {
    expect([isBetterDirection("high", "none"), isBetterDirection("low", "none")]).toEqual([null, null]);
    expect([isBetterDirection("high", "higher-better"), isBetterDirection("low", "higher-better")]).toEqual([true, false]);
    expect([isBetterDirection("high", "lower-better"), isBetterDirection("low", "lower-better")]).toEqual([false, true]);
  });
});

describe("assessmentOutcome(assessment)", () => {
  it("is not-assessed with the reason for a unit below the minimum", () => {
    const small = unitAssessment({unit: "dm_y", n: 8, observed: 0, expected: 4}, context);
    expect(assessmentOutcome(small)).toEqual({kind: "not-assessed", reason: small.noFlagReason});
  });

  it("is within, with the alert limits, for a unit as expected", () => {
    const a = unitAssessment({unit: "c", n: 100, observed: 50, expected: 50}, context);
    expect(assessmentOutcome(a)).toEqual({kind: "within", lower: a.adjustedLimits.alert.lower, upper: a.adjustedLimits.alert.upper, reason: null});
  });

  it("is flagged with the alarm limit on the side crossed and the cases that would have to differ", () => {
    const high = unitAssessment({unit: "dm_x", n: 100, observed: 70, expected: 50}, context);
    expect(assessmentOutcome(high)).toEqual({kind: "flagged", level: "alarm", direction: "high", limit: high.adjustedLimits.alarm.upper, casesToDiffer: high.casesToDiffer});
    const low = unitAssessment({unit: "ost", n: 100, observed: 30, expected: 50}, context);
    expect(assessmentOutcome(low)).toMatchObject({kind: "flagged", direction: "low", limit: low.adjustedLimits.alarm.lower});
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
    expect(plainSpaces(r.units.find((u) => u.unit === "c")!.explanation)).toMatch(/^Avdelning C hade ungefär den andel .* Skillnaden kan bero på slumpen \(ingen flagga\)\.$/);
  });
});
