/**
 * The klarspråk report of the built site (issue 17):
 *
 *   npx tsx test/klarsprak/check-pages.ts <dist> [page…] [--all] [--verbose]
 *
 * Serves <dist> on 127.0.0.1, opens each page in Chromium at 1280 px, waits for it to render, reads the visible text
 * of `main` (leaving out "För den som vill veta mer" disclosures, code and hidden elements) and prints per page: LIX,
 * the longest sentence, and each violation with its sentence (more than 30 words, more than four numbers, τ φ I² σ χ²
 * "q <" "p.e.", a share above 100 %, a second name of an ordlista concept, a method name). Pages default to every
 * top-level and department page and two decision-maker pages (--all: every decision-maker page); Om statistiken is
 * left out unless named. Exit code 0 always: it is a report (test/browser/klarsprak.ts asserts).
 */
import {resolve} from "node:path";
import {launchChromium} from "../browser/chromium.js";
import {serveStatic} from "../browser/static-server.js";
import {checkPageText, type PageReport} from "./page-text.js";
import {pagesOf, readPageText} from "./read-page.js";

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith("--")));
const [distArg, ...named] = args.filter((a) => !a.startsWith("--"));
if (!distArg) {
  console.error("usage: npx tsx test/klarsprak/check-pages.ts <dist> [page…] [--all] [--verbose]");
  process.exit(2);
}
const dist = resolve(distArg);
const pages = named.length > 0 ? named.map((p) => (p.endsWith(".html") ? p : `${p}.html`)) : pagesOf(dist, flags.has("--all") ? Infinity : 2);

const server = await serveStatic(dist);
const browser = await launchChromium();
const summary: {page: string; report: PageReport}[] = [];
try {
  const page = await browser.newPage({viewport: {width: 1280, height: 1000}, locale: "sv-SE"});
  for (const name of pages) {
    const text = await readPageText(page, `${server.origin}/${name}`);
    const report = checkPageText(text);
    summary.push({page: name, report});
    const counts = countByKind(report);
    console.log(`\n== ${name}: LIX ${report.lix.toFixed(0)}, ${report.sentences} meningar, ${report.violations.length} fel ${JSON.stringify(counts)}`);
    console.log(`   längsta meningen (${report.longest.words} ord): ${report.longest.sentence}`);
    for (const v of report.violations) console.log(`   [${v.kind}] ${v.detail}: ${v.sentence}`);
    if (flags.has("--verbose")) console.log(text.main, "\n-- diagram --\n", text.chart);
  }
} finally {
  await browser.close();
  await server.close();
}

console.log("\nsida | LIX | meningar | >30 ord | >4 tal | symbol | >100 % | andra namn | metodnamn");
for (const {page, report} of summary) {
  const c = countByKind(report);
  console.log(`${page} | ${report.lix.toFixed(0)} | ${report.sentences} | ${c["long-sentence"] ?? 0} | ${c["many-numbers"] ?? 0} | ${c.symbol ?? 0} | ${c["share-above-100"] ?? 0} | ${c["second-name"] ?? 0} | ${c["method-name"] ?? 0}`);
}

function countByKind(report: PageReport): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of report.violations) counts[v.kind] = (counts[v.kind] ?? 0) + 1;
  return counts;
}
