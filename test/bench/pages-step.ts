/**
 * The "pages" step of `npm run bench`: lika's overview and decision-maker page, as `npm run build` just built them
 * for this scale, and the stock-Framework baseline of the decision-maker page (stock-baseline.ts) built from the same
 * extract, each timed in headless Chromium (page-timing.ts) `runs` times from a plain static server.
 */
import {join} from "node:path";
import {DIST} from "../browser/build-site.js";
import {serveStatic} from "../browser/static-server.js";
import {summarisePageRuns, type PageFigures, type PageRun, type PageSpec} from "./page-figures.js";
import {timePage} from "./page-timing.js";
import {buildStockBaseline, STOCK_BASELINE_PAGE} from "./stock-baseline.js";

/** lika's pages the budgets speak of. */
export const LIKA_PAGES: readonly PageSpec[] = [
  {
    key: "overview",
    title: "Översikt (src/index.md)",
    path: "/index.html",
    // Its charts are the two table figures the tertial redraws: key figures and alarms and alerts per measure.
    figures: ".lika-wide figure.lika-table-wrapper",
    svg: false,
    charts: 2,
    filters: [{label: "tertial", selector: ".lika-filters-box select", index: 0}]
  },
  {
    key: "decision-makers",
    title: "Beslut utan brister (src/beslut-utan-brister.md)",
    path: "/beslut-utan-brister.html",
    figures: "figure.lika-chart",
    svg: true,
    charts: 4,
    filters: [
      {label: "period", selector: ".lika-filters select", index: 0},
      {label: "department", selector: ".lika-filters select", index: 1}
    ]
  }
];

async function timeRuns(root: string, spec: PageSpec, runs: number): Promise<PageFigures> {
  const server = await serveStatic(root);
  try {
    const measured: PageRun[] = [];
    for (let i = 0; i < runs; i++) measured.push(await timePage(server.origin, spec));
    return summarisePageRuns(spec, measured);
  } finally {
    await server.close();
  }
}

/** Times lika's pages in the built dist/ and the stock baseline built from `dir`'s decisions.csv. */
export async function measurePages(dir: string, runs: number): Promise<PageFigures[]> {
  const figures: PageFigures[] = [];
  for (const spec of LIKA_PAGES) figures.push(await timeRuns(DIST, spec, runs));
  const baseline = await buildStockBaseline(join(dir, "decisions.csv"));
  try {
    figures.push(await timeRuns(baseline.dist, STOCK_BASELINE_PAGE, runs));
  } finally {
    await baseline.remove();
  }
  return figures;
}
