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

  it("shows the flag's sentences and the facts in plain words, with the rule, φ, τ² and q under 'För den som vill veta mer'", () => {
    const details = FlagExplainer(alarm, measure.context, {window: {from: "2023-09-01", to: "2024-08-31"}, document});
    expect(details.tagName).toBe("DETAILS");
    expect(details.querySelector("summary")!.textContent).toContain(`Larm: ${alarm.direction === "high" ? "högre" : "lägre"} än väntat – ${alarm.unit}, visa varför`);
    expect(details.querySelector(".lika-flag-sentence")!.textContent).toBe(alarm.explanation);
    expect(details.querySelector(".lika-cases-to-differ")!.textContent).toBe(`Med ${alarm.casesToDiffer} ${alarm.direction === "high" ? "färre" : "fler"} beslut som var utan brister hade den inte flaggats.`);
    const list = details.querySelector(":scope > dl")!;
    const facts = Object.fromEntries([...list.querySelectorAll("dt")].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]));
    expect(Object.keys(facts)).toEqual(["Antal beslut", "Utfall", "Förväntat med hänsyn till ärendena", "Skillnad mot förväntat", "Varningsgränser", "Larmgränser", "Beslut som skulle behöva skilja", "Period som räknats"]);
    expect(facts["Antal beslut"]).toBe(String(alarm.n).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0"));
    expect(facts["Utfall"]).toMatch(new RegExp(`^${alarm.observed} beslut utan brister \\(\\d+,\\d\\u00a0%\\)$`));
    expect(facts["Skillnad mot förväntat"]).toMatch(/^[+\u2212]\d+,\d procentenheter$/);
    expect(facts["Larmgränser"]).toMatch(/^\d+,\d\u00a0%–\d+,\d\u00a0%$/);
    expect(facts["Beslut som skulle behöva skilja"]).toBe(String(alarm.casesToDiffer));
    expect(facts["Period som räknats"]).toBe("2023-09-01 – 2024-08-31");
    expect(list.textContent).not.toMatch(/φ|τ|\bq\b|arcsin/);
    const more = details.querySelector(":scope > details.lika-more")!;
    expect(more.querySelector("summary")!.textContent).toBe("För den som vill veta mer");
    const stats = Object.fromEntries([...more.querySelectorAll("dt")].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]));
    expect(Object.keys(stats)).toEqual(["Regel", "Förväntat antal", "φ och τ²", "q (Benjamini–Hochberg)"]);
    expect(stats["φ och τ²"]).toMatch(/^φ = \d+(,\d+)?, τ² = /);
    expect(stats["Regel"]).toContain("enheter med färre än 20 beslut bedöms inte");
  });

  it("states the limits the flag used, not recomputed ones, on the share's own scale (never above 100 %)", () => {
    const facts = new Map(explainerFacts(alarm, measure.context, DECISIONS_WORDING));
    const pct = (x: number) => new Intl.NumberFormat("sv-SE", {style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1}).format(x);
    expect(facts.get("Larmgränser")).toBe(`${pct(alarm.limits.alarm.lower)}–${pct(alarm.limits.alarm.upper)}`);
    expect(facts.get("Varningsgränser")).toBe(`${pct(alarm.limits.alert.lower)}–${pct(alarm.limits.alert.upper)}`);
  });

  it("says why a unit has no flag: too few cases, or inside its limits", () => {
    const few = measure.units.find((a) => a.n < 20)!;
    expect(FlagExplainer(few, measure.context, {document}).querySelector("summary")!.textContent).toContain(`Ingen bedömning: för få beslut för att bedömas (${few.n} av minst 20)`);
    const calm = measure.units.find((a) => a.level === null && Number.isFinite(a.p))!;
    const details = FlagExplainer(calm, measure.context, {document});
    expect(details.querySelector("summary")!.textContent).toMatch(/^Ingen flagga/);
    expect(details.querySelector(".lika-flag-sentence")!.textContent).toContain("Skillnaden kan bero på slumpen (ingen flagga).");
  });
});
