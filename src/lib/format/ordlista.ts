/**
 * The ordlista: ONE Swedish name for each concept lika shows (measures, units, flag levels, rungs of the escalation
 * ladder, chart elements, assurance words and statistical notions), a one-sentence explanation for readers, and the
 * second names that must not appear on a page. Pages, components, the CLI's Swedish summary and the PDF import the
 * names from here; Om statistiken renders the list (name and explanation); the klarspråk test fails when a page
 * renders a second name (`findSecondNames`).
 */

export type ConceptGroup = "measure" | "unit" | "flag-level" | "rung" | "chart" | "assurance" | "statistics";

export interface Concept {
  /** A stable key (English, kebab-case; a measure's key is its measure id). */
  id: string;
  group: ConceptGroup;
  /** The one Swedish name, lower case unless a proper noun (capitalise at the start of a sentence). */
  name: string;
  /** One plain sentence for readers (Om statistiken's Ordlista). */
  explanation: string;
  /**
   * Names of the same concept that must not appear on a page. A string matches case-insensitively as whole words;
   * a RegExp matches as written (use it for case-sensitive names such as "I risk" or word families such as "krympt…").
   */
  secondNames: readonly (string | RegExp)[];
}

/** The measures' names, keyed by measure id (the ids of src/lib/measures/*.ts, plus Nationella tillsyner's). */
export const MEASURE_NAMES = {
  "decisions-without-deficiencies": "beslut utan brister",
  "decision-maker-spread": "spridning mellan beslutsfattare",
  delegation: "beslut fattade med delegation",
  "child-conversations": "hem där barn talades med",
  "escalation-repeats": "upprepning i stället för eskalering",
  "preparations-sent-back": "återremitterade ärenden",
  "national-supervision": "beslut i nationella tillsyner"
} as const;
export type MeasureNameId = keyof typeof MEASURE_NAMES;

/** The units' names, singular (see unit-noun.ts for plural and article). */
export const UNIT_NAMES = {
  "decision-maker": "beslutsfattare",
  department: "avdelning",
  team: "team",
  home: "hem",
  operation: "verksamhet"
} as const;

/** The flag levels' names ("alert" is the flag layer's code for varning). */
export const FLAG_LEVEL_NAMES = {alarm: "larm", alert: "varning", none: "ingen flagga"} as const;

/** What each flag level says about chance, in words (no probabilities on a page). */
export const UNCERTAINTY_SENTENCES = {
  alarm: "Så stor skillnad beror sällan på slumpen",
  alert: "Kan bero på slumpen, men är värd att titta på"
} as const;

/** The rungs of the escalation ladder, mildest first, and the prosecution report beside it. */
export const RUNG_NAMES = {
  1: "beslut utan brister",
  2: "kritik",
  3: "begäran om återredovisning",
  4: "föreläggande",
  5: "föreläggande med vite",
  6: "utdömt vite",
  7: "förbud eller återkallat tillstånd",
  prosecution: "åtalsanmälan"
} as const;

/** The elements of control charts and funnel plots. */
export const CHART_NAMES = {
  controlLimits: "styrgränser",
  centreLine: "medellinjen",
  alertLimit: "varningsgräns",
  alarmLimit: "larmgräns",
  expected: "förväntat"
} as const;

/** Assurance against a requirement: always met, never met, sometimes met. */
export const ASSURANCE_NAMES = {always: "klarar alltid", never: "klarar inte", sometimes: "klarar ibland"} as const;

/** Statistical notions in the words a reader meets them. */
export const STATISTICS_NAMES = {
  percentagePoints: "procentenheter",
  chance: "slumpen",
  shrunk: "flyttad närmare genomsnittet",
  openCase: "öppet ärende",
  stillFollowed: "kvar i uppföljningen",
  checksum: "kontrollsumma",
  noDirection: "ingen önskad riktning"
} as const;

/** A case-insensitive family of words starting with a stem ("krympt", "krympta", "krympning"). */
const stem = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${s}\\p{L}*`, "iu");

export const ORDLISTA: readonly Concept[] = [
  // Measures.
  {
    id: "decisions-without-deficiencies", group: "measure", name: MEASURE_NAMES["decisions-without-deficiencies"],
    explanation: "Andelen beslut där inspektionen inte fann några brister.",
    secondNames: ["bristfria beslut"]
  },
  {
    id: "decision-maker-spread", group: "measure", name: MEASURE_NAMES["decision-maker-spread"],
    explanation: "Hur mycket beslutsfattarnas andel beslut utan brister typiskt skiljer sig åt, med hänsyn till ärendena, i procentenheter.",
    secondNames: [/skillnaderna är breda/iu, "bred variation"]
  },
  {
    id: "delegation", group: "measure", name: MEASURE_NAMES.delegation,
    explanation: "Andelen beslut som en inspektör fattade själv med delegation, i stället för en chef.",
    secondNames: ["beslut fattade av inspektör med delegation", "beslut som fattades av inspektör med delegation", "beslut på delegation", "fattades på delegation", "delegationsbeslut"]
  },
  {
    id: "child-conversations", group: "measure", name: MEASURE_NAMES["child-conversations"],
    explanation: "Andelen hem med placerade barn där inspektören talade med minst ett barn.",
    secondNames: ["hem med barnsamtal av hem med placerade barn", "hem med barnsamtal"]
  },
  {
    id: "escalation-repeats", group: "measure", name: MEASURE_NAMES["escalation-repeats"],
    explanation: "Andelen beslut efter kvarstående brister där myndigheten tog samma steg igen i stället för ett steg uppåt på trappan.",
    secondNames: [
      "upprepning utan eskalering",
      "upprepa eller gå uppåt",
      "upprepningar på samma steg av kvarstående brister",
      "på samma steg i stället för eskalering"
    ]
  },
  {
    id: "preparations-sent-back", group: "measure", name: MEASURE_NAMES["preparations-sent-back"],
    explanation: "Andelen ärenden som beredningen skickade tillbaka till inspektören innan beslut.",
    secondNames: ["återremisser", "återremissandel"]
  },
  {
    id: "national-supervision", group: "measure", name: MEASURE_NAMES["national-supervision"],
    explanation: "Beslut i de tillsyner som hela myndigheten gör samtidigt, med samma frågor, i hela landet.",
    secondNames: []
  },
  // Units.
  {id: "decision-maker", group: "unit", name: UNIT_NAMES["decision-maker"], explanation: "Den som undertecknade beslutet.", secondNames: []},
  {id: "department", group: "unit", name: UNIT_NAMES.department, explanation: "En av myndighetens regionala avdelningar.", secondNames: []},
  {id: "team", group: "unit", name: UNIT_NAMES.team, explanation: "En grupp inspektörer inom en avdelning.", secondNames: []},
  {id: "home", group: "unit", name: UNIT_NAMES.home, explanation: "Ett hem där barn eller unga bor, till exempel ett HVB.", secondNames: []},
  {id: "operation", group: "unit", name: UNIT_NAMES.operation, explanation: "Det som inspekteras: ett hem, en kommuns socialtjänst eller en annan verksamhet.", secondNames: []},
  // Flag levels.
  {
    id: "alarm", group: "flag-level", name: FLAG_LEVEL_NAMES.alarm,
    explanation: `Skillnaden mot förväntat ligger utanför larmgränsen: ${UNCERTAINTY_SENTENCES.alarm.toLowerCase()}.`,
    secondNames: ["larmnivå"]
  },
  {
    id: "alert", group: "flag-level", name: FLAG_LEVEL_NAMES.alert,
    explanation: `Skillnaden mot förväntat ligger utanför varningsgränsen och ${UNCERTAINTY_SENTENCES.alert.toLowerCase()}.`,
    secondNames: ["varningsnivå"]
  },
  {id: "no-flag", group: "flag-level", name: FLAG_LEVEL_NAMES.none, explanation: "Skillnaden mot förväntat är inte större än slumpen brukar ge, eller underlaget är för litet.", secondNames: []},
  // Rungs of the escalation ladder.
  {id: "rung-1", group: "rung", name: RUNG_NAMES[1], explanation: "Inspektionen fann inga brister, och ärendet avslutas.", secondNames: []},
  {id: "rung-2", group: "rung", name: RUNG_NAMES[2], explanation: "Myndigheten påpekar brister men kräver inget.", secondNames: []},
  {id: "rung-3", group: "rung", name: RUNG_NAMES[3], explanation: "Verksamheten ska berätta vad den har gjort åt bristerna.", secondNames: []},
  {id: "rung-4", group: "rung", name: RUNG_NAMES[4], explanation: "Verksamheten måste rätta bristerna.", secondNames: []},
  {id: "rung-5", group: "rung", name: RUNG_NAMES[5], explanation: "Verksamheten måste rätta bristerna, annars kan den få betala ett belopp.", secondNames: []},
  {id: "rung-6", group: "rung", name: RUNG_NAMES[6], explanation: "Verksamheten rättade inte bristerna och ska betala vitet.", secondNames: ["utdömande av vite"]},
  {id: "rung-7", group: "rung", name: RUNG_NAMES[7], explanation: "Verksamheten får inte fortsätta.", secondNames: ["återkallelse av tillstånd"]},
  {id: "prosecution", group: "rung", name: RUNG_NAMES.prosecution, explanation: "Myndigheten anmäler verksamheten till åklagare, vid sidan av trappan.", secondNames: []},
  // Chart elements.
  {id: "control-limits", group: "chart", name: CHART_NAMES.controlLimits, explanation: "Linjerna i ett styrdiagram som visar hur mycket ett mått brukar variera av slumpen.", secondNames: [stem("processgräns"), "kontrollgränser"]},
  {id: "centre-line", group: "chart", name: CHART_NAMES.centreLine, explanation: "Linjen som visar måttets genomsnitt över perioderna.", secondNames: [stem("mittlinje"), stem("centrallinje")]},
  {id: "alert-limit", group: "chart", name: CHART_NAMES.alertLimit, explanation: "Den inre gränsen: utanför den får en enhet en varning.", secondNames: [/(?<![\p{L}\p{N}])95\s?%-gräns\p{L}*/iu]},
  {id: "alarm-limit", group: "chart", name: CHART_NAMES.alarmLimit, explanation: "Den yttre gränsen: utanför den får en enhet ett larm.", secondNames: [/(?<![\p{L}\p{N}])99,8\s?%-gräns\p{L}*/iu]},
  {id: "expected", group: "chart", name: CHART_NAMES.expected, explanation: "Vad andelen hade blivit om enheten beslutat som riket, med hänsyn till vilka ärenden den hade.", secondNames: ["väntevärde"]},
  // Assurance.
  {id: "assurance-always", group: "assurance", name: ASSURANCE_NAMES.always, explanation: "Enheten når kravet, och det beror inte på slumpen.", secondNames: ["säkerhet mot kravet"]},
  {id: "assurance-never", group: "assurance", name: ASSURANCE_NAMES.never, explanation: "Enheten når inte kravet, och det beror inte på slumpen.", secondNames: []},
  {id: "assurance-sometimes", group: "assurance", name: ASSURANCE_NAMES.sometimes, explanation: "Enheten ligger så nära kravet att slumpen avgör om den når det.", secondNames: []},
  // Statistical notions.
  {id: "percentage-points", group: "statistics", name: STATISTICS_NAMES.percentagePoints, explanation: "Skillnaden mellan två andelar: från 40 % till 45 % är 5 procentenheter.", secondNames: [/(?<![\p{L}\p{N}])p\.\s?e\./iu, "procentandelar skillnad"]},
  {id: "chance", group: "statistics", name: STATISTICS_NAMES.chance, explanation: "Den variation som uppstår även om alla beslutar lika, för att ärendena och antalet beslut skiftar.", secondNames: []},
  {id: "shrunk", group: "statistics", name: STATISTICS_NAMES.shrunk, explanation: "Andelar som bygger på få beslut är osäkra, så vi flyttar dem närmare genomsnittet.", secondNames: [stem("krympt"), stem("krympning"), "shrinkage"]},
  {id: "open-case", group: "statistics", name: STATISTICS_NAMES.openCase, explanation: "Ett ärende som ännu inte var avslutat när uppgifterna togs ut; det räknas med fram till dess.", secondNames: [stem("censurera")]},
  {id: "still-followed", group: "statistics", name: STATISTICS_NAMES.stillFollowed, explanation: "Ärenden som fortfarande följs en viss dag, för att de varken är avslutade eller har tagits ut ur uppgifterna.", secondNames: [/(?<![\p{L}\p{N}])I risk(?![\p{L}\p{N}])/u]},
  {id: "checksum", group: "statistics", name: STATISTICS_NAMES.checksum, explanation: "En kod som räknas fram ur filerna och ändras om en enda uppgift ändras.", secondNames: [stem("fingeravtryck")]},
  {id: "no-direction", group: "statistics", name: STATISTICS_NAMES.noDirection, explanation: "Varken hög eller låg andel är i sig bra; vi letar efter stor skillnad mellan enheterna.", secondNames: ["ingen bra riktning"]}
];

/** A second name found in a text: which concept, which second name, and the text matched. */
export interface SecondNameHit {
  concept: string;
  name: string;
  secondName: string;
  match: string;
  index: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function patternOf(secondName: string | RegExp): RegExp {
  if (secondName instanceof RegExp) return new RegExp(secondName.source, secondName.flags.includes("g") ? secondName.flags : `${secondName.flags}g`);
  const words = secondName.split(/\s+/).map(escape).join("[\\s\\u00a0]+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, "giu");
}

const PATTERNS = ORDLISTA.flatMap((c) => c.secondNames.map((s) => ({concept: c.id, name: c.name, secondName: String(s), pattern: patternOf(s)})));

/** Every second name of a concept in a text, in the order found (none for a text that uses only the ordlista's names). */
export function findSecondNames(text: string): SecondNameHit[] {
  const hits: SecondNameHit[] = [];
  for (const {concept, name, secondName, pattern} of PATTERNS) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) hits.push({concept, name, secondName, match: m[0], index: m.index ?? 0});
  }
  // Where two second names overlap ("hem med barnsamtal av hem med placerade barn", "hem med barnsamtal"), the longer counts.
  hits.sort((a, b) => a.index - b.index || b.match.length - a.match.length);
  const kept: SecondNameHit[] = [];
  for (const h of hits) {
    const last = kept.at(-1);
    if (last && h.index < last.index + last.match.length) continue;
    kept.push(h);
  }
  return kept;
}

/** The concept of an id, or an error (a typo in a page would otherwise render nothing). */
export function concept(id: string): Concept {
  const found = ORDLISTA.find((c) => c.id === id);
  if (!found) throw new Error(`ordlista: no concept "${id}"`);
  return found;
}

/** The group headings of Om statistiken's Ordlista, in order. */
export const CONCEPT_GROUP_NAMES: Record<ConceptGroup, string> = {
  measure: "Mått",
  unit: "Enheter",
  "flag-level": "Flaggor",
  rung: "Eskaleringstrappans steg",
  chart: "Diagram",
  assurance: "Klarar kravet",
  statistics: "Statistik"
};
