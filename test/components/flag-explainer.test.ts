// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {FlagBadge, flagLetter} from "../../src/components/flag-badge.js";
import {explainerFacts, FlagExplainer} from "../../src/components/flag-explainer.js";
import {DECISIONS_WORDING} from "../../src/components/measure-view.js";
import {generatedMeasure} from "./generated-measure.js";

describe("FlagBadge(flag, {polarity, document})", () => {
  it("shows the letter H or L and a triangle pointing that way, with a Swedish aria-label", () => {
    const high = FlagBadge({level: "alarm", direction: "high"}, {document});
    const low = FlagBadge({level: "alert", direction: "low"}, {document});
    expect(high.getAttribute("aria-label")).toBe("Larm: högre än väntat");
    expect(low.getAttribute("aria-label")).toBe("Varning: lägre än väntat");
    expect(high.querySelector("b")!.textContent).toBe("H");
    expect(low.querySelector("b")!.textContent).toBe(flagLetter("low"));
    // Alarm filled, alert hollow: level is carried by shape fill as well as by words.
    expect(high.querySelector("path")!.getAttribute("fill")).not.toBe("none");
    expect(low.querySelector("path")!.getAttribute("fill")).toBe("none");
    // Up and down triangles: the apex is above the centre for high, below for low.
    const apexY = (badge: HTMLElement) => Number(/^M[-\d.e]+,([-\d.e]+)/.exec(badge.querySelector("path")!.getAttribute("d")!)![1]);
    expect(apexY(high)).toBeLessThan(0);
    expect(apexY(low)).toBeGreaterThan(0);
  });

  it("says better or worse only when the measure has a polarity, and uses the same ink for both directions without one", () => {
    expect(FlagBadge({level: "alarm", direction: "high"}, {polarity: "higher-better", document}).getAttribute("aria-label")).toBe("Larm: högre (bättre) än väntat");
    expect(FlagBadge({level: "alarm", direction: "high"}, {polarity: "lower-better", document}).getAttribute("aria-label")).toBe("Larm: högre (sämre) än väntat");
    const ink = (polarity: "none" | "higher-better", direction: "high" | "low") => FlagBadge({level: "alarm", direction}, {polarity, document}).querySelector("path")!.getAttribute("stroke");
    expect(ink("none", "high")).toBe(ink("none", "low"));
    expect(ink("higher-better", "high")).not.toBe(ink("higher-better", "low"));
  });
});

describe("FlagExplainer(assessment, context, {wording, window, document})", () => {
  const measure = generatedMeasure({seed: 0.11, units: 60});
  const alarm = measure.units.find((a) => a.level === "alarm")!;

  it("shows the flag's sentence, rule, n, observed, expected, limits, φ and τ², q, cases to differ and the window", () => {
    const details = FlagExplainer(alarm, measure.context, {window: {from: "2023-09-01", to: "2024-08-31"}, document});
    expect(details.tagName).toBe("DETAILS");
    expect(details.querySelector("summary")!.textContent).toContain(`Larm: ${alarm.direction === "high" ? "högre" : "lägre"} än väntat – ${alarm.unit}, visa varför`);
    expect(details.querySelector(".lika-flag-sentence")!.textContent).toBe(alarm.explanation);
    const facts = Object.fromEntries([...details.querySelectorAll("dt")].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]));
    expect(Object.keys(facts)).toEqual([
      "Regel", "Antal beslut (n)", "Observerat", "Förväntat givet ärendemixen", "Justerad andel", "95 %-gränser (justerad andel)", "99,8 %-gränser (justerad andel)",
      "φ och τ²", "q (Benjamini–Hochberg)", "Beslut som skulle behöva skilja", "Period som räknats"
    ].map((k) => k.replace(/ %/g, "\u00a0%")));
    expect(facts["Antal beslut (n)"]).toBe(String(alarm.n).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0"));
    expect(facts["Observerat"]).toMatch(new RegExp(`^${alarm.observed} beslut utan brister \\(\\d+,\\d\\u00a0%\\)$`));
    expect(facts["99,8\u00a0%-gränser (justerad andel)"]).toMatch(/^\d+,\d\u00a0%–\d+,\d\u00a0%$/);
    expect(facts["φ och τ²"]).toMatch(/^φ = \d+(,\d+)?, τ² = /);
    expect(facts["Beslut som skulle behöva skilja"]).toBe(String(alarm.casesToDiffer));
    expect(facts["Period som räknats"]).toBe("2023-09-01 – 2024-08-31");
    expect(facts["Regel"]).toContain("enheter med färre än 20 beslut bedöms inte");
  });

  it("states the limits the flag used, not recomputed ones", () => {
    const facts = new Map(explainerFacts(alarm, measure.context, DECISIONS_WORDING));
    const pct = (x: number) => new Intl.NumberFormat("sv-SE", {style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1}).format(x);
    expect(facts.get("99,8\u00a0%-gränser (justerad andel)")).toBe(`${pct(alarm.adjustedLimits.alarm.lower)}–${pct(alarm.adjustedLimits.alarm.upper)}`);
  });

  it("says why a unit has no flag: too few cases, or inside its limits", () => {
    const few = measure.units.find((a) => a.n < 20)!;
    expect(FlagExplainer(few, measure.context, {document}).querySelector("summary")!.textContent).toContain(`Ingen bedömning: för få beslut (${few.n})`);
    const calm = measure.units.find((a) => a.level === null && Number.isFinite(a.p))!;
    const details = FlagExplainer(calm, measure.context, {document});
    expect(details.querySelector("summary")!.textContent).toMatch(/^Ingen flagga/);
    expect(details.querySelector(".lika-flag-sentence")!.textContent).toContain("inom 95 %-gränserna");
  });
});
