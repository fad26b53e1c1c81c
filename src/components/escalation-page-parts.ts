/**
 * The blocks of the page "Eskaleringstrappor" around its charts: the stalled-case threshold in the address, the selection
 * in words (with empty selections said so), the reading-guide points of its own charts, and the flows per department on
 * demand. Pure DOM from an `EscalationView`, so it renders in Node for tests.
 */
import {CASE_TYPES, DEPARTMENTS, OPERATION_TYPES, labelOf} from "../lib/extract/codes.js";
import {formatCount, formatPercent} from "../lib/format/number.js";
import {STALLED_AFTER_DAYS} from "../lib/measures/escalation-summaries.js";
import type {EscalationView} from "../lib/measures/escalation-view.js";
import {elementMaker} from "./dom.js";
import {EscalationFlow} from "./escalation-flow.js";
import {TransitionMatrix} from "./transition-matrix.js";

/** Query key of the stalled-case threshold in days ("?…&avstannad=180"). */
export const STALLED_QUERY_KEY = "avstannad";

/** The threshold in a query string: a whole number of days from 0 to 3 650, else the default (180) and `invalid`. */
export function parseStalledDays(search: string): {days: number; invalid: boolean} {
  const raw = new URLSearchParams(search).get(STALLED_QUERY_KEY);
  if (raw === null || raw === "") return {days: STALLED_AFTER_DAYS, invalid: false};
  const days = Number(raw);
  return Number.isInteger(days) && days >= 0 && days <= 3650 ? {days, invalid: false} : {days: STALLED_AFTER_DAYS, invalid: true};
}

/** The query of the filters' state plus the threshold ("?period=2024T3&avstannad=180"). */
export function withStalledDays(query: string, days: number): string {
  const q = new URLSearchParams(query);
  q.set(STALLED_QUERY_KEY, String(days));
  return `?${q.toString()}`;
}

/** "Alla ärendeslag, alla verksamhetstyper, hela landet, T3 2024". */
export function escalationSelectionWords(view: EscalationView): string {
  const f = view.filter;
  return [
    f.caseType === null ? "alla ärendeslag" : labelOf(CASE_TYPES, f.caseType),
    f.operationType === null ? "alla verksamhetstyper" : labelOf(OPERATION_TYPES, f.operationType),
    f.department === null ? "hela landet" : `avdelning ${labelOf(DEPARTMENTS, f.department)}`,
    view.period.label
  ].join(", ");
}

/** The sentences above the charts: the selection, windows, what is compared with what, and an empty selection in words. */
export function escalationSelectionSummary(view: EscalationView, options: {ignored?: readonly string[]; document?: Document} = {}): HTMLElement {
  const document = options.document ?? globalThis.document;
  const el = elementMaker(document);
  const box = el("div");
  box.className = "lika-selection";
  const t = view.summary.total;
  const persisting = t.repeats + t.stepUps;
  box.append(
    el("p", `Urval: ${escalationSelectionWords(view)}. Flöden, avdelningar och tider räknar perioden (${view.period.from} – ${view.period.to}); beslutsfattare räknas över ${view.decisionMakerWindow.from} – ${view.decisionMakerWindow.to}; avstannade ärenden vid periodens slut.`),
    el(
      "p",
      `${formatCount(persisting)} beslut efter kvarstående brister: ${formatCount(t.repeats)} upprepningar på samma steg och ${formatCount(t.stepUps)} steg uppåt` +
        (persisting > 0 ? ` (${formatPercent(t.repeats / persisting)} upprepningar).` : ".") +
        " Jämförelsen görs alltid med riket: förväntat antal upprepningar räknas med hela landets andel per ärendeslag och steg i samma urval. Att välja en avdelning väljer vilka som visas, inte vad de jämförs med."
    )
  );
  const note = (text: string) => {
    const p = el("p", text);
    p.className = "lika-note";
    p.setAttribute("role", "status");
    box.append(p);
  };
  if (options.ignored && options.ignored.length > 0) note(`Länken angav ${options.ignored.join(" och ")} med ett värde som inte finns; standardvalet visas i stället.`);
  if (t.repeats + t.stepUps + t.stepDowns + t.closures === 0 && view.stalled.length === 0 && view.survival.total.cases === 0) {
    note("Urvalet innehåller inga krävande beslut: välj en annan period, avdelning, verksamhetstyp eller ett annat ärendeslag.");
  }
  return box;
}

/** Reading-guide points of the page's own charts. */
export function escalationReadingPoints(chart: "flow" | "matrix" | "repeats-before" | "survival" | "stalled"): string[] {
  switch (chart) {
    case "flow":
      return [
        "Till vänster står beslut som krävde något av verksamheten, till höger beslutet som kom närmast efter i samma ärende. Bandens bredd är antalet ärenden som tog den vägen; talet står på bandet.",
        "Band till samma steg är upprepningar, band till ett högre steg är eskaleringar, band till slutligt beslut är avslut. Håll muspekaren över ett band för antal och andel.",
        "Alla tal, också de för smala band, finns i tabellen vid diagrammet."
      ];
    case "matrix":
      return ["En rad per krävande beslut, en kolumn per nästa beslut. Tecknet visar slaget av steg: = upprepning, ↑ uppåt, ↓ nedåt, ✓ avslut."];
    case "repeats-before":
      return [
        "Varje stapel är en avdelnings steg uppåt, uppdelade efter hur många gånger samma steg upprepades först: 0 betyder att avdelningen gick uppåt direkt.",
        "En lång mörk del betyder att avdelningen ofta upprepar innan den eskalerar. Håll muspekaren över en del för antalet."
      ];
    case "survival":
      return [
        "Kurvan börjar på 100 % vid det första krävande beslutet och sjunker när ärenden går ett steg uppåt eller avslutas. Ju längre till höger den sjunker, desto längre står bristerna kvar på samma steg.",
        "Ringen är medianen: dagen då hälften av ärendena har gått vidare. Små lodräta streck är ärenden som fortfarande var öppna vid periodens slut.",
        "Ärenden som fortfarande är öppna räknas med fram till periodens slut (censurerade), varken utelämnade eller räknade som klara."
      ];
    case "stalled":
      return ["En rad per öppet ärende vars senaste beslut krävde något och är äldre än gränsen. Klicka på en kolumnrubrik för att sortera; gränsen ändras i filtren ovan och står i adressen."];
  }
}

/** The flows of each department, on demand: one closed `details` per department with its flow chart and matrix. */
export function flowsPerDepartment(view: EscalationView, options: {width?: number; document?: Document} = {}): HTMLElement {
  const document = options.document ?? globalThis.document;
  const el = elementMaker(document);
  const box = el("div");
  box.className = "lika-flows-per-department";
  for (const d of view.flowsByDepartment) {
    const details = el("details");
    details.dataset.department = d.department;
    const total = d.flows.reduce((s, f) => s + f.count, 0);
    details.append(el("summary", `${d.label} (${formatCount(total)} beslut efter krävande beslut)`));
    // Drawn when opened, so a closed list costs nothing.
    details.addEventListener("toggle", () => {
      if (!details.open || details.childElementCount > 1) return;
      details.append(
        EscalationFlow(d.flows, {width: options.width, document, title: `Flöde mellan stegen, ${d.label}`}),
        TransitionMatrix(d.flows, {document, caption: `Från (rad) och till (kolumn), ${d.label}`})
      );
    });
    box.append(details);
  }
  return box;
}
