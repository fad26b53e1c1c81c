/**
 * Om statistiken's Ordlista: every concept of src/lib/format/ordlista.ts by group, its one name and its explanation,
 * as a definition list per group. Pure DOM, so it renders in Node (jsdom) for the unit test.
 */
import {CONCEPT_GROUP_NAMES, ORDLISTA, type Concept, type ConceptGroup} from "../lib/format/ordlista.js";
import {capitalise} from "../lib/format/unit-noun.js";
import {elementMaker} from "./dom.js";

export function OrdlistaList({document = globalThis.document, concepts = ORDLISTA}: {document?: Document; concepts?: readonly Concept[]} = {}): HTMLElement {
  const el = elementMaker(document);
  const root = el("div");
  root.className = "lika-ordlista";
  const shown = new Set<string>();
  for (const group of Object.keys(CONCEPT_GROUP_NAMES) as ConceptGroup[]) {
    // A name that is already explained (the first rung is the measure "beslut utan brister") is not repeated.
    const items = concepts.filter((c) => c.group === group && !shown.has(c.name));
    if (items.length === 0) continue;
    root.append(el("h3", CONCEPT_GROUP_NAMES[group]));
    const dl = el("dl");
    for (const c of items) {
      shown.add(c.name);
      const dt = el("dt", capitalise(c.name));
      dt.dataset.concept = c.id;
      dl.append(dt, el("dd", c.explanation));
    }
    root.append(dl);
  }
  return root;
}
