// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {OrdlistaList} from "../../src/components/ordlista-list.js";
import {CONCEPT_GROUP_NAMES, ORDLISTA} from "../../src/lib/format/ordlista.js";

describe("OrdlistaList (Om statistiken's Ordlista)", () => {
  it("lists every concept's name once, capitalised, with its explanation, under its group's heading", () => {
    const list = OrdlistaList({document});
    const terms = Array.from(list.querySelectorAll("dt"), (dt) => ({id: (dt as HTMLElement).dataset.concept, name: dt.textContent, explanation: dt.nextElementSibling?.textContent}));
    const expected = ORDLISTA.filter((c) => c.id !== "rung-1");
    expect(terms.map((t) => t.id).sort()).toEqual(expected.map((c) => c.id).sort());
    for (const c of expected) {
      const t = terms.find((x) => x.id === c.id)!;
      expect(t.name).toBe(c.name[0]!.toUpperCase() + c.name.slice(1));
      expect(t.explanation).toBe(c.explanation);
    }
    expect(Array.from(list.querySelectorAll("h3"), (h) => h.textContent)).toEqual(Object.values(CONCEPT_GROUP_NAMES));
    expect(list.querySelector("dt[data-concept='delegation']")?.textContent).toBe("Beslut fattade med delegation");
  });
});
