// Observable Framework configuration for lika. Everything a built page needs is served from the site
// itself: no web fonts from third parties, no DuckDB extensions, no telemetry (set in package.json).
import {readFileSync} from "node:fs";
import {stringColumnValues} from "./src/lib/counts-file/codec.js";
import {DECISION_COUNTS_FILE} from "./src/lib/measures/decision-counts-file.js";

/**
 * The decision-maker pages to build: one per decision-maker in the counts the prepare step wrote into Framework's cache
 * (src/.observablehq/cache/data/decision-counts.json). Without that file (prepare not run) there are none; a file that
 * cannot be read as a counts file stops the build, so that the pages are never left out silently.
 */
function decisionMakerPaths(): string[] {
  let text: string;
  try {
    text = readFileSync(new URL("./src/.observablehq/cache/data/decision-counts.json", import.meta.url), "utf8");
  } catch {
    return [];
  }
  return stringColumnValues(DECISION_COUNTS_FILE, JSON.parse(text), "withoutDeficiencies", "unit").map((id) => `/beslutsfattare/${id}`);
}

/**
 * One page per department (/avdelning/<kod>). The codes are the extract contract's department codes
 * (src/lib/extract/codes.ts, DEPARTMENTS), listed here because the configuration is read before the site's modules.
 */
const DEPARTMENT_PATHS = ["nord", "mitt", "ost", "sydost", "syd", "vast"].map((code) => `/avdelning/${code}`);

export default {
  root: "src",
  title: "lika",
  // The pages are Swedish: Framework 1.13 has no language option, so `npm run build` sets <html lang="sv">
  // afterwards (loaders/build/set-language.ts).
  pages: [
    {name: "Översikt", path: "/"},
    {name: "Beslut utan brister", path: "/beslut-utan-brister"},
    {name: "Eskaleringstrappor", path: "/eskaleringstrappor"},
    {name: "Barnsamtal", path: "/barnsamtal"},
    {name: "Beredning", path: "/beredning"},
    {name: "Nationella tillsyner", path: "/nationella-tillsyner"},
    {name: "Sök beslut", path: "/sok-beslut"},
    {name: "Datakvalitet", path: "/datakvalitet"},
    {name: "Om statistiken", path: "/metod"}
  ],
  // The default global stylesheet loads a font from a third-party host; lika uses system fonts.
  globalStylesheets: [],
  head: '<link rel="icon" href="data:,">',
  header: "",
  // A fixed footer: the default one embeds the build date and links to an external site, which would
  // make two builds of the same extract differ.
  footer: "lika – enhetlighet i tillsynen. Underlag: pseudonymiserade uttag ur ärendehanteringen.",
  style: "style.css",
  search: false,
  // Links end in .html, so the built site works from any plain static web server (no clean-URL rewriting needed).
  preserveExtension: true,
  dynamicPaths: () => [...decisionMakerPaths(), ...DEPARTMENT_PATHS],
  toc: false,
  duckdb: {
    // No extensions: they would come from DuckDB's extension host, and Arrow IPC needs none.
    // (Both platforms stay: Framework's DuckDB client breaks when the mvp build is turned off.)
    extensions: {json: null, parquet: null}
  }
};
