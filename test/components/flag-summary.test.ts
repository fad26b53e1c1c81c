// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {FlagSummary, formatDifference} from "../../src/components/flag-summary.js";
import {measureFlags} from "../../src/lib/flags/measure-flags.js";
import {DECISIONS_WORDING} from "../../src/components/measure-view.js";
import {isAssessedUnit} from "../../src/lib/flags/alarm-fatigue.js";
import {generatedMeasure} from "./generated-measure.js";

describe("FlagSummary(view, {unitType, wording, document})", () => {
  it("states the flags and the false alarms expected among the units assessed, in sv-SE numbers", () => {
    const measure = generatedMeasure({seed: 0.11, units: 60});
    const assessed = measure.units.filter(isAssessedUnit).length;
    const section = FlagSummary(measure, {document});
    const [counts, expected] = [...section.querySelectorAll(":scope > p")].map((p) => p.textContent);
    const alarms = measure.units.filter((a) => a.level === "alarm").length;
    const tooFew = measure.units.filter((a) => a.n < measure.context.policy.minimumCases).length;
    expect(counts).toMatch(new RegExp(`^${alarms} larm och \\d+ varningar bland ${assessed} bedömda beslutsfattare\\. ${tooFew} av 60 har för få beslut för att bedömas\\.$`));
    // Expected false alarms in words and whole units, not decimals; the decimals are in the disclosure.
    const words = ["ingen", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"];
    const alerts = Math.round(assessed * 0.05);
    const falseAlarms = Math.round(assessed * 0.002);
    expect(alerts).toBeGreaterThan(0);
    expect(expected).toBe(`Även om alla beslutade lika skulle ungefär ${words[alerts] ?? alerts} av ${assessed} få en varning av slump, ${falseAlarms === 0 ? "men troligen inget larm" : `och ungefär ${words[falseAlarms]} av dem ett larm`}.`);
    expect(expected).not.toMatch(/\d,\d/);
    const more = section.querySelector("details")!;
    expect(more.querySelector("summary")!.textContent).toBe("För den som vill veta mer");
    const sv = new Intl.NumberFormat("sv-SE", {maximumSignificantDigits: 2});
    expect(more.textContent).toContain(`${sv.format(assessed * 0.002)} utanför 99,8\u00a0%-gränserna och ${sv.format(assessed * 0.05)} utanför 95\u00a0%-gränserna`);
    // No q outside the disclosure.
    const main = [...section.children].filter((c) => c !== more).map((c) => c.textContent).join(" ");
    expect(main).not.toMatch(/\bq\b|q\u00a0</);
    expect(section.dataset.broad).toBe("false");
    expect(section.querySelector(".lika-broad-variation")).toBeNull();
  });

  it("says the variation is broad when 5 of 6 departments are flagged, and lists each difference's size beside its significance", () => {
    const departments = [0.21, 0.35, 0.5, 0.6, 0.66, 0.8].map((p, i) => ({unit: `d${i}`, n: 500, observed: Math.round(500 * p), expected: 250}));
    const measure = measureFlags({measure: "delegation", unitType: "department", wording: {...DECISIONS_WORDING, rateLabel: "delegerade beslut"}, units: departments, target: 0.5});
    const section = FlagSummary(measure, {unitType: "department", document});
    expect(section.dataset.broad).toBe("true");
    expect(section.querySelector(".lika-broad-variation")!.textContent).toMatch(/^De flesta är flaggade: 5 av 6 bedömda avdelningar\./);
    const items = [...section.querySelectorAll<HTMLElement>(":scope > ul > li")];
    // One line per flagged department, largest difference from expected first, each with its size in sv-SE
    // percentage points (U+2212 for minus) and its level; q only in the disclosure.
    const flagged = measure.units.filter((u) => u.level !== null);
    expect(items.map((li) => li.dataset.unit).sort()).toEqual(flagged.map((u) => u.unit).sort());
    const fmt = (x: number) => `${x >= 0 ? "+" : "\u2212"}${Math.abs(x).toFixed(1).replace(".", ",")}`;
    for (const li of items) {
      const u = flagged.find((f) => f.unit === li.dataset.unit)!;
      expect(li.textContent).toMatch(new RegExp(`${u.unit}: ${fmt(100 * (u.rate - u.expectedRate)).replace("+", "\\+")} procentenheter mot förväntat \\(larm\\)$`));
    }
    const d0 = items.find((li) => li.dataset.unit === "d0")!;
    expect(d0.querySelector(".lika-flag-badge")!.getAttribute("aria-label")).toBe("Larm: lägre än väntat");
    expect(items.slice(0, 2).map((li) => li.dataset.unit).sort()).toEqual(["d0", "d5"]);
    const qs = [...section.querySelectorAll("details li")].map((li) => li.textContent);
    expect(qs).toHaveLength(items.length);
    for (const q of qs) expect(q).toMatch(/^d\d: q( = 0,\d+|\u00a0<\u00a00,001)$/);
  });

  it("says so when nothing is flagged, and is a sentence when there are no units", () => {
    const calm = measureFlags({measure: "m", unitType: "department", wording: DECISIONS_WORDING, units: [{unit: "a", n: 100, observed: 50, expected: 50}, {unit: "b", n: 100, observed: 51, expected: 50}], target: 0.5});
    expect(FlagSummary(calm, {unitType: "department", document}).textContent).toContain("Ingen avdelning är flaggad.");
    expect(FlagSummary(calm, {unitType: "team", document}).textContent).toContain("Inget team är flaggat.");
    expect(FlagSummary(calm, {unitType: "team", document}).querySelector(".lika-expected-false-alarms")!.textContent).toBe("Även om alla beslutade lika skulle troligen inget av 2 få en varning av slump.");
    expect(FlagSummary({context: calm.context, units: []}, {document}).textContent).toBe("Det finns inga beslutsfattare att visa för det här urvalet.");
    expect(formatDifference(0)).toBe("0,0 procentenheter");
  });
});
