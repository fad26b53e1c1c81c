// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {ReadingGuide, readingPoints} from "../../src/components/reading-guide.js";

describe("ReadingGuide(points, {methodHref, document})", () => {
  it("is a visible section titled 'Så läser du diagrammet' with the points and a link to the method page", () => {
    const section = ReadingGuide(readingPoints("funnel"), {methodHref: "../metod.html#flaggor", document});
    expect(section.tagName).toBe("SECTION");
    expect(section.querySelector("strong")!.textContent).toBe("Så läser du diagrammet");
    expect(section.querySelectorAll("li")).toHaveLength(3);
    expect(section.querySelector("a")!.getAttribute("href")).toBe("../metod.html#flaggor");
  });

  it("speaks of högre/lägre, never bättre/sämre, for a measure without polarity, and in the measure's words", () => {
    const none = readingPoints("funnel").join(" ");
    expect(none).toContain("H betyder högre och L lägre än väntat; det säger inget om bättre eller sämre.");
    expect(readingPoints("funnel", {caseNoun: "hem", polarity: "higher-better"}, "department").join(" ")).toContain("Varje punkt är en avdelning: hur många hem");
    for (const chart of ["ranked", "spread", "table"] as const) expect(readingPoints(chart).length).toBeGreaterThan(0);
  });

  it("names no statistic (τ, I², q, arcsinus) and no share above 100 % in the main text", () => {
    for (const chart of ["funnel", "ranked", "spread", "table"] as const) {
      const text = readingPoints(chart).join(" ");
      expect(text).not.toMatch(/τ|I²|φ|\bq\b|arcsin|Benjamini|krympt|p\.e\./i);
    }
    expect(readingPoints("funnel").join(" ")).toContain("Det kortare strecket är varningsgränsen, det längre larmgränsen.");
  });
});
