// Observable Framework configuration for lika. Everything a built page needs is served from the site
// itself: no web fonts from third parties, no DuckDB extensions, no telemetry (set in package.json).
export default {
  root: "src",
  title: "lika",
  lang: "sv",
  pages: [
    {name: "Nationella tillsyner", path: "/nationella-tillsyner"},
    {name: "Datakvalitet", path: "/datakvalitet"}
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
  toc: false,
  duckdb: {
    // No extensions: they would come from DuckDB's extension host, and Arrow IPC needs none.
    // (Both platforms stay: Framework's DuckDB client breaks when the mvp build is turned off.)
    extensions: {json: null, parquet: null}
  }
};
