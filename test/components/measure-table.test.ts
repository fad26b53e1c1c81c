// @vitest-environment jsdom
import Papa from "papaparse";
import {describe, expect, it} from "vitest";
import {MeasureTable, measureTableCsv, measureTableRows} from "../../src/components/measure-table.js";
import {adjustedShrinkage} from "../../src/lib/measures/adjusted-shrinkage.js";
import {generatedMeasure} from "./generated-measure.js";

const measure = generatedMeasure({seed: 0.37, units: 30, plantedOdds: 8, maxCases: 300});
const departmentOf = (unit: string) => (Number(unit.slice(3)) % 2 === 0 ? "Nord" : "Syd");

const column = (root: Element, key: string) => [...root.querySelectorAll(`tbody [data-column="${key}"]`)];

describe("MeasureTable(view, {departmentOf, document})", () => {
  it("has the measure's columns in Swedish and one row per unit, alarms first", () => {
    const root = MeasureTable(measure, {departmentOf, document});
    expect([...root.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual([
      "Beslutsfattare", "Avdelning", "Beslut", "Beslut utan brister", "Förväntat", "Andel", "Förväntad andel", "Skillnad mot förväntat (procentenheter)", "Uppskattad andel (95\u00a0%-intervall)", "Flagga", "Beslut som skulle behöva skilja"
    ]);
    expect(root.querySelectorAll("tbody tr")).toHaveLength(30);
    const flags = column(root, "flag").map((td) => td.textContent ?? "");
    expect(flags[0]).toMatch(/^[HL] Larm: /);
    const dm01 = root.querySelector('tr[data-unit="dm_01"]')!;
    expect(dm01.querySelector('[data-column="department"]')!.textContent).toBe("Syd");
    expect(dm01.querySelector('[data-column="expectedRate"]')!.textContent).toMatch(/^\d+,\d\u00a0%$/);
    const a01 = measure.units.find((a) => a.unit === "dm_01")!;
    expect(dm01.querySelector('[data-column="difference"]')!.textContent).toBe(`+${(100 * (a01.rate - a01.expectedRate)).toFixed(1).replace(".", ",")}`);
    // No share above 100 % anywhere in the table.
    for (const td of root.querySelectorAll("tbody td")) for (const m of td.textContent!.matchAll(/(\d+),\d\u00a0%/g)) expect(Number(m[1])).toBeLessThanOrEqual(100);
    expect(dm01.querySelector('[data-column="interval"]')!.textContent).toMatch(/^\d+,\d\u00a0% \(\d+,\d\u00a0%–\d+,\d\u00a0%\)$/);
    expect(dm01.querySelector(".lika-flag-badge")!.getAttribute("aria-label")).toBe("Larm: högre än väntat");
    // The flag opens its explainer, with the unit's own sentence.
    const explainer = dm01.querySelector('[data-column="flag"] details.lika-flag-explainer')!;
    expect(explainer.querySelector("summary")!.textContent).toBe("H Larm: högre än väntat – visa varför");
    expect(explainer.querySelector(".lika-flag-sentence")!.textContent).toBe(measure.units.find((a) => a.unit === "dm_01")!.explanation);
    const few = measure.units.find((a) => a.n < 20)!;
    const fewRow = root.querySelector(`tr[data-unit="${few.unit}"]`)!;
    expect(fewRow.className).toBe("lika-too-few");
    expect(fewRow.querySelector('[data-column="flag"]')!.textContent).toBe(`För få beslut för att bedömas (${few.n} av minst 20)`);
  });

  it("sorts by a column when its header button is clicked, and back the other way on a second click", () => {
    const root = MeasureTable(measure, {document});
    const th = root.querySelector('thead th[data-column="n"]')!;
    const button = th.querySelector("button")!;
    button.click();
    expect(th.getAttribute("aria-sort")).toBe("ascending");
    const up = column(root, "n").map((td) => Number(td.getAttribute("data-value")));
    expect(up).toEqual([...up].sort((a, b) => a - b));
    button.click();
    expect(th.getAttribute("aria-sort")).toBe("descending");
    const down = column(root, "n").map((td) => Number(td.getAttribute("data-value")));
    expect(down).toEqual([...up].sort((a, b) => b - a));
    expect(root.querySelector('thead th[data-column="flag"]')!.getAttribute("aria-sort")).toBe("none");
    // No q column on the page (it is in the CSV); units without a difference (no cases) stay last whichever way it is sorted.
    expect(root.querySelector('thead th[data-column="q"]')).toBeNull();
    const difference = root.querySelector('thead th[data-column="difference"] button') as HTMLButtonElement;
    difference.click();
    const values = column(root, "difference").map((td) => Number(td.getAttribute("data-value")));
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it("offers the table as CSV for Swedish Excel: BOM, semicolons, decimal comma, one line per unit", () => {
    const root = MeasureTable(measure, {departmentOf, document, fileName: "beslut-utan-brister.csv"});
    const link = root.querySelector("a.lika-csv-download") as HTMLAnchorElement;
    expect(link.download).toBe("beslut-utan-brister.csv");
    const csv = decodeURIComponent(link.href.replace(/^data:text\/csv;charset=utf-8,/, ""));
    expect(csv).toBe(measureTableCsv(measureTableRows(measure, {departmentOf}), {}));
    expect(csv.startsWith("\uFEFFBeslutsfattare;Avdelning;Beslut;Beslut utan brister;Förväntat;Andel (%);Förväntad andel (%);Skillnad mot förväntat (procentenheter);Uppskattad andel (%);Intervall nedre (%);Intervall övre (%);Flagga;q;")).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1).trim(), {delimiter: ";"}).data;
    expect(parsed).toHaveLength(31);
    const dm01 = parsed.find((r) => r[0] === "dm_01")!;
    const a = measure.units.find((u) => u.unit === "dm_01")!;
    expect(dm01[2]).toBe(String(a.n));
    expect(dm01[6]).toBe((100 * a.expectedRate).toFixed(1).replace(".", ","));
    expect(dm01[7]).toBe((100 * (a.rate - a.expectedRate)).toFixed(1).replace(".", ","));
    expect(dm01[11]).toBe("Larm: högre än väntat");
    expect(Number(dm01[12]!.replace(",", "."))).toBeCloseTo(a.q, 2);
  });

  it("links each unit to its page when asked, and takes the shrinkage of a wider set of units when given", () => {
    const root = MeasureTable(measure, {document, hrefOf: (unit) => (unit === "dm_02" ? null : `./beslutsfattare/${unit}.html`)});
    expect(root.querySelector('tr[data-unit="dm_01"] th a')!.getAttribute("href")).toBe("./beslutsfattare/dm_01.html");
    expect(root.querySelector('tr[data-unit="dm_02"] th a')).toBeNull();
    const wider = adjustedShrinkage(measure.units, measure.context.target);
    const part = {context: measure.context, units: measure.units.slice(0, 5)};
    const rows = measureTableRows(part, {shrinkage: wider});
    rows.forEach((r, i) => expect(r.shrunken.estimate).toBe(wider.units[i]!.shrunken));
    expect(measureTableRows(part)[0]!.shrunken.estimate).not.toBe(wider.units[0]!.shrunken);
  });

  it("is a sentence when there are no units", () => {
    expect(MeasureTable({context: measure.context, units: []}, {document}).textContent).toBe("Det finns inga beslutsfattare att visa för det här urvalet.");
  });
});
