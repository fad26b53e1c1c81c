import {describe, expect, it} from "vitest";
import {capitalise, noUnitWord, unitArticle, unitPhrase, unitPlural, unitSingular} from "../../../src/lib/format/unit-noun.js";

describe("unitSingular, unitPlural, unitArticle, noUnitWord (unitType)", () => {
  it("gives the Swedish noun of each kind of unit with its plural and gender", () => {
    expect([unitSingular("decision-maker"), unitSingular("department"), unitSingular("team")]).toEqual(["beslutsfattare", "avdelning", "team"]);
    expect([unitPlural("decision-maker"), unitPlural("department"), unitPlural("team")]).toEqual(["beslutsfattare", "avdelningar", "team"]);
    expect([unitArticle("department"), unitArticle("decision-maker"), unitArticle("team")]).toEqual(["en", "en", "ett"]);
    expect([noUnitWord("department"), noUnitWord("team")]).toEqual(["Ingen", "Inget"]);
  });
});

describe("capitalise(text)", () => {
  it("upper-cases the first letter only, and leaves an empty text empty", () => {
    expect([capitalise("avdelning"), capitalise("ärendeslag"), capitalise("team 12"), capitalise("")]).toEqual(["Avdelning", "Ärendeslag", "Team 12", ""]);
  });
});

describe("unitPhrase(unitType, label)", () => {
  it("names a unit at the start of a sentence", () => {
    expect([unitPhrase("decision-maker", "dm_x"), unitPhrase("department", "Nord"), unitPhrase("team", "12")]).toEqual(["Beslutsfattare dm_x", "Avdelning Nord", "Team 12"]);
  });
});
