// @vitest-environment jsdom
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {loadExtracts} from "../../loaders/pipeline/load-extracts.js";
import {ESCALATION_LINKS, escalationMethodNote, escalationPageSummary, escalationReadingPoints, escalationSelectionSummary, stalledSentence} from "../../src/components/escalation-page-parts.js";
import {nationalSupervisionSummary} from "../../src/components/national-supervision-table.js";
import {formatCount} from "../../src/lib/format/number.js";
import {formatSentenceShare, formatShare} from "../../src/lib/format/share.js";
import {escalationCountsFromDecisions} from "../../src/lib/measures/escalation-counts.js";
import {ESCALATION_WORDING} from "../../src/lib/measures/escalation.js";
import {escalationView, type EscalationView} from "../../src/lib/measures/escalation-view.js";
import {nationalSupervisionCounts, nationalTableFromCounts, type NationalCount} from "../../src/lib/measures/national-supervision.js";
import {parsePeriod} from "../../src/lib/period.js";

const ALL = {department: null, operationType: null, caseType: null};
/** The text a reader sees, paragraph by paragraph, with plain spaces. */
const text = (el: Element) => [...el.querySelectorAll("p")].map((p) => p.textContent!).join(" ").replace(/[\u00a0\u202f]/g, " ");
/** Sentences of a text (split after . ! ? followed by a space and a capital or digit). */
const sentences = (t: string) => t.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])/).filter((s) => s.trim() !== "");
/** Numbers in a sentence (an ISO date is one). */
const numbersIn = (s: string) => (s.match(/\d{4}-\d{2}-\d{2}|\d[\d  ,]*/g) ?? []).length;

/** The page's plain-language rules, on one block of text. */
function expectPlainSwedish(t: string): void {
  expect(t).not.toMatch(/τ|φ|I²|σ|χ²|q <|p\.e\.|censur|I risk|Kaplan|krympt/);
  for (const s of sentences(t)) {
    expect(s.split(/\s+/).length, s).toBeLessThanOrEqual(30);
    expect(numbersIn(s), s).toBeLessThanOrEqual(4);
  }
  for (const m of t.matchAll(/(\d+(?:,\d+)?) %/g)) expect(Number(m[1]!.replace(",", "."))).toBeLessThanOrEqual(100);
}

describe("Eskaleringstrappor: the summary first and the words around the charts (sample, T3 2024)", () => {
  let view: EscalationView;
  let nationalCounts: NationalCount[];

  beforeAll(async () => {
    const extracts = await loadExtracts(join(process.cwd(), "data/sample"));
    view = escalationView(escalationCountsFromDecisions(extracts.decisions), parsePeriod("2024T3"), ALL);
    nationalCounts = nationalSupervisionCounts(extracts.decisions);
  }, 60_000);

  it("names the flagged departments, says whether it is more than chance, explains a flag against the raw share, and links on", () => {
    const box = escalationPageSummary(view, {document});
    const t = text(box);
    const flagged = view.byDepartment.units.filter((u) => u.level !== null);
    expect(flagged.length).toBeGreaterThan(0);
    for (const u of flagged) expect(t).toContain(u.unitLabel);
    if (flagged.some((u) => u.direction === "high")) expect(t).toContain("upprepar oftare än väntat samma steg i stället för att gå ett steg uppåt");
    if (flagged.some((u) => u.level === "alarm")) expect(t).toContain("så stor skillnad beror sällan på slumpen");
    if (flagged.some((u) => u.level === "alert")) expect(t).toContain("kan bero på slumpen, men är värd att titta på");
    // A department higher than expected although its own share is below the nation's: said in words, with the result's numbers.
    const contrary = flagged.find((u) => (u.direction === "high" ? u.rate < view.byDepartment.target : u.rate > view.byDepartment.target));
    if (contrary) {
      const side = contrary.direction === "high" ? "under" : "över";
      expect(t).toContain(`${contrary.unitLabel} upprepade i ${formatShare(contrary.rate)} av fallen, ${side} rikets ${formatShare(view.byDepartment.target)}, men med sina ärendeslag och steg väntades omkring ${formatSentenceShare(contrary.expectedRate)}.`.replace(/[\u00a0\u202f]/g, " "));
    }
    expect(sentences(box.querySelector("p")!.textContent!).length).toBeLessThanOrEqual(4);
    expect([...box.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([ESCALATION_LINKS.explanation, ESCALATION_LINKS.stalled, ESCALATION_LINKS.search]);
    expectPlainSwedish(t);
  });

  it("says so when no department is flagged, and when there is nothing to compare", () => {
    const none = {...view, byDepartment: {...view.byDepartment, units: view.byDepartment.units.map((u) => ({...u, level: null, direction: null}))}};
    expect(text(escalationPageSummary(none, {document}))).toContain("Ingen avdelning upprepar samma steg oftare eller mer sällan än väntat");
    const empty = {...none, summary: {...view.summary, total: {...view.summary.total, repeats: 0, stepUps: 0}}};
    expect(text(escalationPageSummary(empty, {document}))).toContain("inget att jämföra");
  });

  it("gives the measure its one name and the counts of the result in the selection summary", () => {
    const t = text(escalationSelectionSummary(view, {document}));
    const total = view.summary.total;
    expect(t).toContain(`Efter ${formatCount(total.repeats + total.stepUps)} kvarstående brister kom ett nytt beslut: ${formatCount(total.repeats)} upprepade samma steg och ${formatCount(total.stepUps)} gick ett steg uppåt.`.replace(/[\u00a0\u202f]/g, " "));
    expect(t).toContain(`Det ger ${formatSentenceShare(total.repeats / (total.repeats + total.stepUps))} upprepning i stället för eskalering.`.replace(/[\u00a0\u202f]/g, " "));
    expect(t).not.toMatch(/Upprepning utan eskalering|Upprepa eller gå uppåt|upprepningar på samma steg av kvarstående brister/);
    expect(ESCALATION_WORDING.rateLabel).toBe("upprepning i stället för eskalering");
    expectPlainSwedish(t);
  });

  it("counts the stalled cases with the date in words, and keeps the statistics in För den som vill veta mer", () => {
    const p = stalledSentence(view, document);
    expect(p.dataset.stalledCount).toBe(String(view.stalled.length));
    const said = p.textContent!.replace(/[\u00a0\u202f]/g, " ");
    expect(said).toContain(`${formatCount(view.stalled.length)} öppna ärenden hade stått still den 31 december 2024.`);
    expect(said).toContain(`mer än ${formatCount(view.stalledAfterDays)} dagar gammalt`);
    for (const chart of ["flow", "matrix", "repeats-before", "survival", "stalled"] as const) expectPlainSwedish(escalationReadingPoints(chart).join(" "));
    expect(escalationReadingPoints("survival").join(" ")).toContain("Ärenden som var öppna vid periodens slut räknas med fram till dess.");
    const more = escalationMethodNote(view, document);
    expect(more.tagName).toBe("DETAILS");
    expect(more.querySelector("summary")!.textContent).toBe("För den som vill veta mer");
    expect(more.textContent).toContain("Kaplan–Meier");
    // Why the expected value can lie below the nation's share for every department: alarm departments are set aside.
    for (const u of view.byDepartment.setAside) expect(more.textContent).toContain(view.byDepartment.units.find((x) => x.unit === u)!.unitLabel);
  });

  it("Nationella tillsyner: sums up the chosen period from the same table, and says what no national supervision means", () => {
    const table = nationalTableFromCounts(nationalCounts, "all");
    const t = text(nationalSupervisionSummary(table, "hela uttaget", {document}));
    expect(t).toContain(`I hela uttaget fattades ${formatCount(table.total.total)} beslut i nationella tillsyner inom ${table.areas.length} områden.`.replace(/[\u00a0\u202f]/g, " "));
    expect(t).toContain(`${formatCount(table.total.sanctions)} av besluten var sanktioner`.replace(/[\u00a0\u202f]/g, " "));
    expectPlainSwedish(t);
    const none = text(nationalSupervisionSummary({areas: [], total: table.total}, "T1 2019", {document}));
    expect(none).toContain("Under T1 2019 finns inga beslut i nationella tillsyner. Det betyder att det inte fanns något att räkna, inte att antalet beslut sjönk till noll.");
  });
});
