/**
 * "Så läser du diagrammet": the short, visible guide under every chart, with a link to the method page. The texts for
 * the charts of a flagged measure are here too, in the measure's words, so every page says the same thing.
 */
import type {UnitType} from "../lib/flags/types.js";
import {elementMaker} from "./dom.js";
import {capitalise, unitArticle, unitPlural, unitSingular} from "../lib/format/unit-noun.js";
import {DECISIONS_WORDING, type ViewWording} from "./measure-view.js";

export interface ReadingGuideOptions {
  document?: Document;
  /** Where the method page is, relative to the page (pages in a subfolder pass "../metod.html"); "#…" anchors allowed. */
  methodHref?: string;
  title?: string;
}

/** A `section.lika-reading-guide`: the title, one list item per point and a link "Mer om metoden". */
export function ReadingGuide(points: readonly string[], {document = globalThis.document, methodHref = "./metod.html", title = "Så läser du diagrammet"}: ReadingGuideOptions = {}): HTMLElement {
  const el = elementMaker(document);
  const section = el("section");
  section.className = "lika-reading-guide";
  section.setAttribute("aria-label", title);
  const heading = el("p");
  heading.append(el("strong", title));
  const list = el("ul");
  for (const point of points) list.append(el("li", point));
  const link = el("a", "Mer om metoden");
  link.href = methodHref;
  const more = el("p");
  more.append(link);
  section.append(heading, list, more);
  return section;
}

/** The guide points of the charts of a flagged measure, in the measure's words (no statistics: those are on the method page). */
export function readingPoints(chart: "funnel" | "ranked" | "spread" | "table", wording: Pick<ViewWording, "caseNoun" | "polarity"> = DECISIONS_WORDING, unitType: UnitType = "decision-maker"): string[] {
  const units = unitPlural(unitType);
  const direction = wording.polarity === "none" ? "H betyder högre och L lägre än väntat; det säger inget om bättre eller sämre." : "H betyder högre och L lägre än väntat; färgen och texten säger om det är bättre eller sämre.";
  switch (chart) {
    case "funnel":
      return [
        `Varje punkt är ${unitArticle(unitType)} ${unitSingular(unitType)}: hur många ${wording.caseNoun} (vågrätt) och hur stor andel (lodrätt).`,
        "Strecken vid varje punkt är dess egna gränser, kring det som var väntat för dess ärenden. Det kortare strecket är varningsgränsen, det längre larmgränsen.",
        `${direction} Gråa ringar har för få ${wording.caseNoun} för att bedömas.`
      ];
    case "ranked":
      return [
        `${capitalise(units)} är ordnade från lägst till högst andel. Strecket visar var andelen troligen ligger.`,
        `Andelar som bygger på få ${wording.caseNoun} är osäkra, så de är flyttade närmare genomsnittet. Streck som överlappar betyder att skillnaden kan vara slump.`
      ];
    case "spread":
      return [
        `Linjen visar hur mycket ${units} typiskt skiljer sig åt, i procentenheter, utöver det slumpen ger.`,
        "Jämför linjen med hänsyn till ärendena över tid: sjunker den blir besluten mer enhetliga."
      ];
    case "table":
      return [
        `En rad per ${unitSingular(unitType)}. Klicka på en kolumnrubrik för att sortera.`,
        "Skillnad mot förväntat är andelen minus den andel som var väntat för ärendena, i procentenheter.",
        `”Som skulle behöva skilja” är hur många ${wording.caseNoun} som skulle behöva ha ett annat utfall för att flaggan skulle försvinna.`
      ];
  }
}
