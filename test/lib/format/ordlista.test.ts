import {describe, expect, it} from "vitest";
import {
  ASSURANCE_NAMES,
  CHART_NAMES,
  FLAG_LEVEL_NAMES,
  MEASURE_NAMES,
  ORDLISTA,
  RUNG_NAMES,
  UNCERTAINTY_SENTENCES,
  concept,
  findSecondNames
} from "../../../src/lib/format/ordlista.js";
import {CHILD_CONVERSATIONS_ID} from "../../../src/lib/measures/child-conversations.js";
import {SPREAD_ID} from "../../../src/lib/measures/decision-maker-spread.js";
import {DECISIONS_WITHOUT_DEFICIENCIES_ID} from "../../../src/lib/measures/decisions-without-deficiencies.js";
import {DELEGATION_ID} from "../../../src/lib/measures/delegation.js";
import {ESCALATION_ID} from "../../../src/lib/measures/escalation.js";
import {PREPARATIONS_ID} from "../../../src/lib/measures/preparations.js";

describe("ordlista", () => {
  it("names every measure by its measure id, in the words of issue 17", () => {
    expect(MEASURE_NAMES).toEqual({
      [DECISIONS_WITHOUT_DEFICIENCIES_ID]: "beslut utan brister",
      [SPREAD_ID]: "spridning mellan beslutsfattare",
      [DELEGATION_ID]: "beslut fattade med delegation",
      [CHILD_CONVERSATIONS_ID]: "hem där barn talades med",
      [ESCALATION_ID]: "upprepning i stället för eskalering",
      [PREPARATIONS_ID]: "återremitterade ärenden",
      "national-supervision": "beslut i nationella tillsyner"
    });
  });

  it("has the agreed names for flag levels, rungs, chart elements, assurance and uncertainty", () => {
    expect(FLAG_LEVEL_NAMES).toEqual({alarm: "larm", alert: "varning", none: "ingen flagga"});
    expect(Object.values(RUNG_NAMES)).toEqual([
      "beslut utan brister", "kritik", "begäran om återredovisning", "föreläggande", "föreläggande med vite", "utdömt vite",
      "förbud eller återkallat tillstånd", "åtalsanmälan"
    ]);
    expect(Object.values(CHART_NAMES)).toEqual(["styrgränser", "medellinjen", "varningsgräns", "larmgräns", "förväntat"]);
    expect(Object.values(ASSURANCE_NAMES)).toEqual(["klarar alltid", "klarar inte", "klarar ibland"]);
    expect(UNCERTAINTY_SENTENCES.alarm).toBe("Så stor skillnad beror sällan på slumpen");
    expect(UNCERTAINTY_SENTENCES.alert).toBe("Kan bero på slumpen, men är värd att titta på");
  });

  it("gives each concept a unique id and name and a one-sentence explanation ending in a period", () => {
    const ids = ORDLISTA.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    // "beslut utan brister" is both a measure and the ladder's first rung: the same thing, named once.
    const names = ORDLISTA.filter((c) => c.id !== "rung-1").map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of ORDLISTA) {
      expect(c.explanation, c.id).toMatch(/^\p{Lu}.*\.$/u);
      expect(c.explanation.split(/\s+/).length, c.id).toBeLessThanOrEqual(30);
    }
    expect(concept("delegation").name).toBe("beslut fattade med delegation");
    expect(() => concept("no-such")).toThrow(/no concept/);
  });

  it("no concept's name or explanation is another concept's second name", () => {
    for (const c of ORDLISTA) {
      expect(findSecondNames(c.name), c.id).toEqual([]);
      expect(findSecondNames(c.explanation), c.id).toEqual([]);
    }
  });

  it("catches the second names issue 17 lists, whole words and any case", () => {
    const found = (text: string) => findSecondNames(text).map((h) => h.concept);
    expect(found("Upprepning utan eskalering per avdelning")).toEqual(["escalation-repeats"]);
    expect(found("Upprepa eller gå uppåt")).toEqual(["escalation-repeats"]);
    expect(found("81 % upprepningar på samma steg av kvarstående brister")).toEqual(["escalation-repeats"]);
    expect(found("Upprepning på samma steg i stället för eskalering")).toEqual(["escalation-repeats"]);
    expect(found("Utdömande av vite")).toEqual(["rung-6"]);
    expect(found("17,3 p.e.")).toEqual(["percentage-points"]);
    expect(found("mittlinjen och processgränserna")).toEqual(["centre-line", "control-limits"]);
    expect(found("Säkerhet mot kravet: P / F")).toEqual(["assurance-always"]);
    expect(found("Den krympta skattningen")).toEqual(["shrunk"]);
    expect(found("sedan som okända (censurerade)")).toEqual(["open-case"]);
    expect(found("I risk dag 90")).toEqual(["still-followed"]);
    expect(found("Uttagets fingeravtryck")).toEqual(["checksum"]);
    expect(found("Beslut fattade av inspektör med delegation")).toEqual(["delegation"]);
    expect(found("Beslut på delegation per avdelning")).toEqual(["delegation"]);
    expect(found("utanför 99,8 %-gränsen och 95\u00a0%-gränsen")).toEqual(["alarm-limit", "alert-limit"]);
  });

  it("reports the longer of two overlapping second names once, with its place", () => {
    const hits = findSecondNames("Syd har 98 % hem med barnsamtal av hem med placerade barn.");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({concept: "child-conversations", match: "hem med barnsamtal av hem med placerade barn", index: 13, name: "hem där barn talades med"});
  });

  it("does not catch the ordlista's own words or ordinary Swedish", () => {
    const text =
      "Upprepning i stället för eskalering. Styrgränser och medellinjen. Utdömt vite. 12 procentenheter. " +
      "Inspektören talade i riskzonen. Triangel och romb. Klarar ibland. Ingen flagga. Upprepning på samma steg.";
    expect(findSecondNames(text)).toEqual([]);
  });
});
