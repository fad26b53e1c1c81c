/**
 * The stock baseline of the "pages" step: the decision-maker page built the way a stock Observable Framework dashboard
 * would build it — the whole decisions extract attached as one file (`FileAttachment("decisions.csv")`), loaded into
 * DuckDB-WASM in the browser (`DuckDBClient`) and aggregated there on each filter change. A throwaway Framework project
 * in a temporary folder, never part of lika's site or build; it builds offline from the same npm cache lika fills
 * from node_modules (loaders/build/offline-npm-cache.ts) with lika's offline options from observablehq.config.ts.
 */
import {execFileSync} from "node:child_process";
import {copyFile, mkdir, mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import likaConfig from "../../observablehq.config.js";
import {fillNpmCache} from "../../loaders/build/offline-npm-cache.js";
import {PROJECT_ROOT} from "../../loaders/pipeline/data-directory.js";
import {canIsolateNetwork} from "../browser/build-site.js";
import type {PageSpec} from "./page-figures.js";

export const STOCK_BASELINE_PAGE: PageSpec = {
  key: "stock-baseline",
  title: "Beslut utan brister, stock Framework (whole extract in DuckDB-WASM)",
  path: "/index.html",
  figures: "figure.lika-chart",
  svg: true,
  charts: 1,
  filters: [
    {label: "period", selector: ".lika-filters select", index: 0},
    {label: "department", selector: ".lika-filters select", index: 1}
  ]
};

// The tertial of a decision date, in SQL ("2023T2"); the cast keeps it working whether DuckDB typed the column as DATE or text.
const TERTIAL_SQL =
  "substr(CAST(decision_date AS VARCHAR), 1, 4) || 'T' || CAST((CAST(substr(CAST(decision_date AS VARCHAR), 6, 2) AS INTEGER) + 3) // 4 AS VARCHAR)";
// DuckDB's CSV sniffer may type yes/no as a boolean; the text form covers both.
const WITHOUT_DEFICIENCIES_SQL = "lower(CAST(deficiencies AS VARCHAR)) IN ('no', 'false')";

/**
 * The page: the share of frequency-supervision decisions without deficiencies per decision-maker for the chosen tertial
 * and department (raw shares: a stock dashboard has no case-mix model), as a Plot bar chart and a table.
 */
export const STOCK_BASELINE_MARKDOWN = `---
title: Beslut utan brister (stock Framework)
---

\`\`\`js
// The whole decisions extract, attached as one file and loaded into DuckDB-WASM in the browser.
const db = await DuckDBClient.of({decisions: FileAttachment("decisions.csv")});
\`\`\`

\`\`\`js
const TERTIAL = ${JSON.stringify(TERTIAL_SQL)};
const periods = Array.from(await db.query(\`SELECT DISTINCT \${TERTIAL} AS period FROM decisions WHERE case_type = 'frequency' ORDER BY period DESC\`), (d) => d.period);
const departments = Array.from(await db.query("SELECT DISTINCT department FROM decisions ORDER BY department"), (d) => d.department);
const controls = Inputs.form({
  period: Inputs.select(periods, {label: "Period"}),
  department: Inputs.select([null, ...departments], {label: "Avdelning", format: (d) => d ?? "Alla"})
});
controls.classList.add("lika-filters");
\`\`\`

\`\`\`js
const state = Generators.input(controls);
\`\`\`

\`\`\`js
const byDepartment = state.department === null ? "" : " AND department = ?";
const rows = Array.from(
  await db.query(
    \`SELECT decision_maker, count(*)::INTEGER AS decisions, (count(*) FILTER (WHERE ${WITHOUT_DEFICIENCIES_SQL}))::INTEGER AS without_deficiencies
     FROM decisions WHERE case_type = 'frequency' AND \${TERTIAL} = ?\${byDepartment} GROUP BY decision_maker ORDER BY decision_maker\`,
    state.department === null ? [state.period] : [state.period, state.department]
  ),
  (d) => ({...d, percent: (100 * d.without_deficiencies) / d.decisions})
);
\`\`\`

# Beslut utan brister

<div class="lika-filters-box">\${controls}</div>

<figure class="lika-chart" data-chart="decision-makers">\${resize((width) => Plot.plot({width, height: 40 + 14 * rows.length, marginLeft: 140, x: {domain: [0, 100], label: "Beslut utan brister (%)"}, y: {label: null}, marks: [Plot.barX(rows, {x: "percent", y: "decision_maker", sort: {y: "x", reverse: true}}), Plot.ruleX([0])]}))}</figure>

<div data-table="decision-makers">\${Inputs.table(rows)}</div>
`;

/** lika's Framework options that keep a build and its pages offline (no fonts, no DuckDB extensions, nothing fetched). */
function offlineConfig() {
  const {globalStylesheets, head, search, preserveExtension, duckdb} = likaConfig;
  return {root: "src", title: "stock baseline", globalStylesheets, head, search, preserveExtension, duckdb, footer: "", toc: false};
}

/**
 * Creates the baseline project in a new temporary folder with `decisions` as its attached file, builds it (with no
 * network where the machine allows it) and returns the built folder and a function that removes everything.
 */
export async function buildStockBaseline(decisions: string): Promise<{dist: string; remove: () => Promise<void>}> {
  const root = await mkdtemp(join(tmpdir(), "lika-stock-baseline-"));
  const remove = () => rm(root, {recursive: true, force: true});
  try {
    const src = join(root, "src");
    await mkdir(src, {recursive: true});
    await writeFile(join(root, "observablehq.config.js"), `export default ${JSON.stringify(offlineConfig(), null, 2)};\n`);
    await writeFile(join(src, "index.md"), STOCK_BASELINE_MARKDOWN);
    await copyFile(decisions, join(src, "decisions.csv"));
    await fillNpmCache(src, undefined, PROJECT_ROOT);
    const observable = join(PROJECT_ROOT, "node_modules", ".bin", "observable");
    const [command, args] = canIsolateNetwork() ? ["unshare", ["-n", observable, "build"]] : [observable, ["build"]];
    execFileSync(command, args, {cwd: root, stdio: ["ignore", "ignore", "pipe"], env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}});
    return {dist: join(root, "dist"), remove};
  } catch (error) {
    await remove();
    throw error;
  }
}
