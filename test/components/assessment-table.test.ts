// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {AssessmentTable, assessmentCsv, flagWords, qText} from "../../src/components/assessment-table.js";
import {generatedMeasure} from "./generated-measure.js";

const measure = generatedMeasure({seed: 0.37, units: 30, plantedOdds: 8, maxCases: 300});
const options = {unitType: "decision-maker" as const, polarity: "none" as const, caption: "Test"};

describe("AssessmentTable(units, context, options)", () => {
  it("shows every unit with its counts in data attributes and its flag as letter and words", () => {
    const root = AssessmentTable(measure.units, measure.context, {...options, document});
    const rows = [...root.querySelectorAll("tbody tr")];
    expect(rows).toHaveLength(measure.units.length);
    for (const a of measure.units) {
      const tr = root.querySelector(`tr[data-unit="${a.unit}"]`)!;
      expect(Number(tr.querySelector("[data-column='n']")!.getAttribute("data-value"))).toBe(a.n);
      expect(Number(tr.querySelector("[data-column='observed']")!.getAttribute("data-value"))).toBe(a.observed);
      const flag = tr.querySelector("[data-column='flag']")!;
      expect(flag.getAttribute("data-level")).toBe(a.level);
      expect(flag.textContent).toBe(flagWords(a, measure.context, "none"));
      if (a.level !== null) expect(flag.textContent).toMatch(a.direction === "high" ? /^(Larm|Varning) H: högre än väntat$/ : /^(Larm|Varning) L: lägre än väntat$/);
    }
    expect(measure.units.some((a) => a.level !== null)).toBe(true);
  });

  it("says 'för få beslut (n)' for a unit below the minimum and greys its row", () => {
    const tiny = {...measure.units[0]!, unit: "tiny", unitLabel: "tiny", n: 8, observed: 8, p: NaN, level: null, direction: null};
    const root = AssessmentTable([tiny], measure.context, {...options, document});
    expect(root.querySelector("tr[data-unit='tiny'] [data-column='flag']")!.textContent).toBe("för få beslut (8)");
    expect(root.querySelector("tr[data-unit='tiny']")!.className).toBe("lika-too-few");
  });

  it("sorts by a column when its header is clicked, and the other way on a second click", () => {
    const root = AssessmentTable(measure.units, measure.context, {...options, document});
    const order = () => [...root.querySelectorAll("tbody tr [data-column='n']")].map((td) => Number(td.getAttribute("data-value")));
    const button = root.querySelector("th[data-column='n'] button") as HTMLButtonElement;
    button.click();
    expect(order()).toEqual([...order()].sort((a, b) => b - a));
    expect(root.querySelector("th[data-column='n']")!.getAttribute("aria-sort")).toBe("descending");
    button.click();
    expect(order()).toEqual([...order()].sort((a, b) => a - b));
  });
});

describe("assessmentCsv(units, context, options)", () => {
  it("writes semicolons, a BOM, a Swedish header and decimal commas, one line per unit", () => {
    const csv = assessmentCsv(measure.units, measure.context, {unitType: "decision-maker", polarity: "none"});
    expect(csv.startsWith("\uFEFFBeslutsfattare;Beslut;Utan brister;Förväntat;Andel;Justerad andel;Flagga;q;")).toBe(true);
    const lines = csv.trimEnd().split("\n");
    expect(lines).toHaveLength(measure.units.length + 1);
    const a = measure.units[0]!;
    expect(lines[1]!.startsWith(`${a.unitLabel};${a.n};${a.observed};`)).toBe(true);
    expect(lines[1]).toMatch(/;0,\d+;/);
  });
});

describe("qText(q)", () => {
  it("gives two significant digits and '< 0,001' below that", () => {
    expect([qText(0.0412), qText(0.00001), qText(NaN)]).toEqual(["0,041", "< 0,001", "–"]);
  });
});
