/**
 * The blocks of the page "Eskaleringstrappor" around its charts: the stalled-case threshold in the address, the selection
 * in words (with empty selections said so), the reading-guide points of its own charts, and the flows per department on
 * demand. Pure DOM from an `EscalationView`, so it renders in Node for tests.
 */
import {CASE_TYPES, DEPARTMENTS, OPERATION_TYPES, labelOf} from "../lib/extract/codes.js";
import {formatCount} from "../lib/format/number.js";
import {formatSentenceShare, formatShare} from "../lib/format/share.js";
import {longDateLabel} from "../lib/format/month.js";
import {STALLED_AFTER_DAYS} from "../lib/measures/escalation-summaries.js";
import type {EscalationView} from "../lib/measures/escalation-view.js";
import {elementMaker} from "./dom.js";
import {EscalationFlow} from "./escalation-flow.js";
import {TransitionMatrix} from "./transition-matrix.js";
import {UNCERTAINTY_SENTENCES} from "../lib/format/ordlista.js";
import {lowerFirst} from "../lib/format/unit-noun.js";
import {listInWords} from "../lib/format/words.js";

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


/** Where the page links to: the explanation on Om statistiken, the stalled cases below, and the decisions in Sök beslut. */
export const ESCALATION_LINKS = {explanation: "./metod.html#eskaleringstrappor", stalled: "#avstannade-aerenden", search: "./sok-beslut.html"} as const;

/**
 * The summary first on the page: which departments repeat a request instead of escalating more (or less) than expected,
 * whether that is more than chance, why a department below the nation's share can still be higher than expected (case
 * mix), and what the reader can do next. Every number comes from the view the charts use.
 */
export function escalationPageSummary(view: EscalationView, options: {document?: Document} = {}): HTMLElement {
  const document = options.document ?? globalThis.document;
  const el = elementMaker(document);
  const box = el("div");
  box.className = "lika-page-summary";
  const measure = view.byDepartment;
  const flagged = measure.units.filter((u) => u.level !== null && u.direction !== null);
  const high = flagged.filter((u) => u.direction === "high");
  const low = flagged.filter((u) => u.direction === "low");
  const names = (list: readonly {unitLabel: string}[]) => listInWords(list.map((u) => u.unitLabel));
  const sentences: string[] = [];
  if (view.summary.total.repeats + view.summary.total.stepUps === 0) {
    sentences.push("I urvalet finns inga kvarstående brister som följdes av ett nytt beslut, så det finns inget att jämföra.");
  } else if (flagged.length === 0) {
    sentences.push("Ingen avdelning upprepar samma steg oftare eller mer sällan än väntat i stället för att gå ett steg uppåt.");
  } else {
    if (high.length > 0) sentences.push(`${names(high)} upprepar oftare än väntat samma steg i stället för att gå ett steg uppåt på trappan.`);
    if (low.length > 0) sentences.push(`${names(low)} går oftare än väntat ett steg uppåt i stället för att upprepa samma steg.`);
    const alarms = flagged.filter((u) => u.level === "alarm");
    const alerts = flagged.filter((u) => u.level === "alert");
    const chance: string[] = [];
    if (alarms.length > 0) chance.push(`För ${names(alarms)} är det ett larm: ${lowerFirst(UNCERTAINTY_SENTENCES.alarm)}.`);
    if (alerts.length > 0) chance.push(`För ${names(alerts)} är det en varning: skillnaden ${lowerFirst(UNCERTAINTY_SENTENCES.alert)}.`);
    sentences.push(...chance);
    // A flag whose raw share lies on the other side of the nation's: the case mix explains it, in words.
    const contrary = flagged.find((u) => (u.direction === "high" ? u.rate < measure.target : u.rate > measure.target));
    if (contrary) {
      const side = contrary.direction === "high" ? "under" : "över";
      sentences.push(
        `${contrary.unitLabel} upprepade i ${formatShare(contrary.rate)} av fallen, ${side} rikets ${formatShare(measure.target)}, men med sina ärendeslag och steg väntades omkring ${formatSentenceShare(contrary.expectedRate)}.`
      );
    }
  }
  const lead = el("p", sentences.join(" "));
  const next = el("p");
  const link = (href: string, text: string) => {
    const a = el("a", text);
    a.setAttribute("href", href);
    return a;
  };
  next.append(
    "Läs hur jämförelsen görs i ",
    link(ESCALATION_LINKS.explanation, "Om statistiken"),
    ", se ",
    link(ESCALATION_LINKS.stalled, "avstannade ärenden"),
    " längre ned eller öppna besluten i ",
    link(ESCALATION_LINKS.search, "Sök beslut"),
    "."
  );
  box.append(lead, next);
  return box;
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
    el(
      "p",
      `Urval: ${escalationSelectionWords(view)}. Flöden, avdelningar och tider gäller ${view.period.from} – ${view.period.to}. ` +
        `Beslutsfattarna räknas över ${view.decisionMakerWindow.from} – ${view.decisionMakerWindow.to}, så att var och en har fler beslut. Avstannade ärenden räknas vid periodens slut.`
    ),
    el(
      "p",
      (persisting > 0
        ? `Efter ${formatCount(persisting)} kvarstående brister kom ett nytt beslut: ${formatCount(t.repeats)} upprepade samma steg och ${formatCount(t.stepUps)} gick ett steg uppåt. ` +
          `Det ger ${formatSentenceShare(t.repeats / persisting)} upprepning i stället för eskalering. `
        : "Inga kvarstående brister följdes av ett nytt beslut i urvalet. ") +
        "Avdelningar och beslutsfattare jämförs alltid med hela riket. Att välja en avdelning ändrar vilka som visas, inte vad de jämförs med."
    )
  );
  const note = (text: string) => {
    const p = el("p", text);
    p.className = "lika-note";
    p.setAttribute("role", "status");
    box.append(p);
  };
  if (options.ignored && options.ignored.length > 0) note(`Länken angav ${options.ignored.join(" och ")} med ett värde som inte finns. Sidan visar standardvalet i stället.`);
  if (t.repeats + t.stepUps + t.stepDowns + t.closures === 0 && view.stalled.length === 0 && view.survival.total.cases === 0) {
    note("Urvalet innehåller inga krävande beslut. Välj en annan period, avdelning, verksamhetstyp eller ett annat ärendeslag.");
  }
  return box;
}

/** The sentence over the stalled cases: how many, after how many days, on which date. */
export function stalledSentence(view: EscalationView, document: Document = globalThis.document): HTMLElement {
  const n = view.stalled.length;
  const p = document.createElement("p");
  p.dataset.stalledCount = String(n);
  p.textContent =
    n === 0
      ? `Inget öppet ärende hade stått still i mer än ${formatCount(view.stalledAfterDays)} dagar den ${longDateLabel(view.period.to)}.`
      : `${formatCount(n)} öppna ${n === 1 ? "ärende hade" : "ärenden hade"} stått still den ${longDateLabel(view.period.to)}. ` +
        `Det senaste beslutet krävde något av verksamheten och var mer än ${formatCount(view.stalledAfterDays)} dagar gammalt.`;
  return p;
}

/** What the page's statistics are called, for the reader who wants to know: only in "För den som vill veta mer". */
export function escalationMethodNote(view?: Pick<EscalationView, "byDepartment">, document: Document = globalThis.document): HTMLElement {
  const el = elementMaker(document);
  const details = el("details");
  details.className = "lika-more";
  details.append(
    el("summary", "För den som vill veta mer"),
    el(
      "p",
      "Upprepning i stället för eskalering jämförs med ett förväntat värde: rikets andel för varje kombination av ärendeslag och steg på trappan, " +
        "vägd efter avdelningens egna ärenden (indirekt standardisering). Flaggorna sätts med samma gränser som på sidan Beslut utan brister."
    ),
    ...(view && view.byDepartment.setAside.length > 0
      ? [
          el(
            "p",
            `Avdelningar med larm (${view.byDepartment.setAside.map((u) => labelOf(DEPARTMENTS, u)).join(", ")}) räknas inte med i det förväntade värdet, så att de inte drar upp det för de andra. ` +
              "Därför kan det förväntade värdet ligga under rikets andel för alla avdelningar."
          )
        ]
      : []),
    el(
      "p",
      "Tiden till eskalering eller avslut skattas med Kaplan–Meiers metod. Ärenden som fortfarande är öppna vid periodens slut är censurerade observationer: " +
        "de räknas med så länge de följts. Medianens intervall är ett 95-procentigt konfidensintervall."
    )
  );
  return details;
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
        "Varje stapel är en avdelnings steg uppåt, uppdelade efter hur många gånger samma steg upprepades först. 0 betyder att avdelningen gick uppåt direkt.",
        "En lång mörk del betyder att avdelningen ofta upprepar innan den eskalerar. Håll muspekaren över en del för antalet."
      ];
    case "survival":
      return [
        "Kurvan börjar på 100 % vid det första krävande beslutet och sjunker när ärenden går ett steg uppåt eller avslutas. Ju längre till höger den sjunker, desto längre står bristerna kvar på samma steg.",
        "Ringen är medianen: dagen då hälften av ärendena har gått vidare. Små lodräta streck är ärenden som fortfarande var öppna vid periodens slut.",
        "Ärenden som var öppna vid periodens slut räknas med fram till dess. De är varken utelämnade eller räknade som klara."
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
