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

/** The guide points of the charts of a flagged measure, in the measure's words. */
export function readingPoints(chart: "funnel" | "ranked" | "spread" | "table", wording: Pick<ViewWording, "caseNoun" | "polarity"> = DECISIONS_WORDING, unitType: UnitType = "decision-maker"): string[] {
  const units = unitPlural(unitType);
  const direction = wording.polarity === "none" ? "H betyder högre och L lägre än väntat; det säger inget om bättre eller sämre." : "H betyder högre och L lägre än väntat; färgen och texten säger om det är bättre eller sämre.";
  switch (chart) {
    case "funnel":
      return [
        `Varje punkt är ${unitArticle(unitType)} ${unitSingular(unitType)}: hur många ${wording.caseNoun} (vågrätt) och justerad andel (lodrätt), det vill säga andelen med hänsyn till ärendemixen.`,
        "De korta strecken vid varje punkt är dess egna gränser: utanför de korta (95\u00a0%) ger varning, utanför de långa (99,8\u00a0%) larm.",
        `${direction} Gråa ringar har för få ${wording.caseNoun} för att bedömas.`
      ];
    case "ranked":
      return [
        `${capitalise(units)} är ordnade från lägst till högst andel. Strecket är ett 95\u00a0%-intervall: där ligger andelen troligen.`,
        "Andelar som bygger på få ärenden är dragna mot genomsnittet; överlappande streck betyder att skillnaden kan vara slump."
      ];
    case "spread":
      return [
        `τ är den typiska skillnaden mellan ${units} i procentenheter, utöver slumpen; I² är hur stor del av variationen som inte är slump.`,
        "Jämför linjen efter justering för ärendemix över tid: sjunker den blir besluten mer enhetliga."
      ];
    case "table":
      return [
        `En rad per ${unitSingular(unitType)}. Klicka på en kolumnrubrik för att sortera.`,
        `q är p-värdet justerat för att många jämförs samtidigt (Benjamini–Hochberg): ju lägre, desto mindre troligt att flaggan är ett falsklarm; "som skulle behöva skilja" är hur många ${wording.caseNoun} som skulle behöva ha fått ett annat utfall för att flaggan skulle försvinna.`
      ];
  }
}
