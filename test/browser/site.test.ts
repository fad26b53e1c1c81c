// Browser tests share one build of the site (vitest runs test files in parallel workers; two builds would race on dist/).
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {launchChromium} from "./chromium.js";
import {buildSite, DIST} from "./build-site.js";
import {serveStatic} from "./static-server.js";
import {PUBLISHED_COLUMNS, PUBLISHED_NATIONAL_SUPERVISION} from "../fixtures/published/national-supervision.js";

/** Parses a number as the page shows it (sv-SE: "1 154", "–" for zero). */
function parseSwedishCount(text: string): number {
  const t = text.replace(/[\s\u00a0\u202f]/g, "");
  return t === "–" ? 0 : Number(t);
}

describe("page Nationella tillsyner, built and served on 127.0.0.1", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let page: Page;
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];

  beforeAll(async () => {
    await buildSite();
    server = await serveStatic(DIST);
    browser = await launchChromium();
    page = await browser.newPage({viewport: {width: 1280, height: 1000}, locale: "sv-SE"});
    page.on("request", (r) => requests.push(r.url()));
    page.on("requestfailed", (r) => failedRequests.push(`${r.url()} ${r.failure()?.errorText ?? ""}`));
    page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
    page.on("pageerror", (e) => consoleErrors.push(e.message));
    await page.goto(`${server.origin}/nationella-tillsyner`);
    await page.waitForSelector("table.lika-table tr[data-area='total']", {timeout: 60_000});
    await page.waitForSelector("figure svg, svg[class^='plot']", {timeout: 30_000});
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("renders every cell of the published table, totals row included", async () => {
    const rendered = await page.$$eval("table.lika-table tbody tr", (rows) =>
      rows.map((tr) => ({
        area: (tr as HTMLElement).dataset.area,
        label: tr.querySelector("th")?.textContent?.trim(),
        cells: Array.from(tr.querySelectorAll("td"), (td) => td.textContent ?? "")
      }))
    );
    const expected = [...PUBLISHED_NATIONAL_SUPERVISION.areas, PUBLISHED_NATIONAL_SUPERVISION.total];
    expect(rendered.map((r) => r.area)).toEqual(expected.map((r) => r.area));
    expect(rendered.map((r) => r.label)).toEqual(expected.map((r) => r.label));
    expect(rendered.map((r) => r.cells.map(parseSwedishCount))).toEqual(expected.map((r) => PUBLISHED_COLUMNS.map((c) => r[c])));
    // sv-SE formats: a thousands group separator and a dash for zero, as published.
    const totalCell = rendered.at(-1)!.cells.at(-1)!;
    expect(totalCell.replace(/[\u00a0\u202f]/g, " ")).toBe("1 154");
    expect(rendered[4]!.cells[2]).toBe("–");
  });

  it("draws the chart of decisions by area and decision type", async () => {
    const bars = await page.$$eval("svg g[aria-label='bar'] rect", (rects) => rects.length);
    expect(bars).toBeGreaterThanOrEqual(15);
  });

  it("links a CSV download of the same table", async () => {
    const href = await page.$eval("a[download]", (a) => (a as HTMLAnchorElement).href);
    const csv = await (await fetch(href)).text();
    expect(csv.trimEnd().split("\n").at(-1)).toBe("Totalt;542;450;150;28;436;90;1154");
  });

  it("logs no console error and sends every request to its own origin only", () => {
    expect(consoleErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
    expect(requests.length).toBeGreaterThan(5);
    const foreign = requests.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:"));
    expect(foreign).toEqual([]);
  });
});

describe("page Datakvalitet, built and served on 127.0.0.1", () => {
  it("shows each extract of the sample with rows read = accepted + set aside, as lika check counts them", {timeout: 120_000}, async () => {
    await buildSite();
    const {loadExtracts} = await import("../../loaders/pipeline/load-extracts.js");
    const {PROJECT_ROOT} = await import("../../loaders/pipeline/data-directory.js");
    const {join} = await import("node:path");
    const expected = (await loadExtracts(join(PROJECT_ROOT, "data/sample"))).reports;
    const server = await serveStatic(DIST);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${server.origin}/datakvalitet`);
      await page.waitForSelector("table.lika-table tr[data-file]", {timeout: 60_000});
      const rows = await page.$$eval("table.lika-table tr[data-file]", (trs) =>
        trs.map((tr) => {
          const value = (key: string) => Number(tr.querySelector(`[data-column='${key}']`)?.getAttribute("data-value"));
          return {file: (tr as HTMLElement).dataset.file, read: value("rowsRead"), accepted: value("rowsAccepted"), setAside: value("rowsQuarantined")};
        })
      );
      expect(rows).toEqual(expected.map((r) => ({file: r.file, read: r.rowsRead, accepted: r.rowsAccepted, setAside: r.rowsQuarantined})));
      for (const r of rows) expect(r.read).toBe(r.accepted + r.setAside);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe("npm run build, repeated", () => {
  it("gives byte-identical files for the same extract", {timeout: 300_000}, async () => {
    const {hashTree} = await import("./hash-tree.js");
    await buildSite();
    const first = await hashTree(DIST);
    const {execFileSync} = await import("node:child_process");
    const {canIsolateNetwork} = await import("./build-site.js");
    const {PROJECT_ROOT} = await import("../../loaders/pipeline/data-directory.js");
    execFileSync(canIsolateNetwork() ? "unshare" : "npm", canIsolateNetwork() ? ["-n", "npm", "run", "build"] : ["run", "build"], {cwd: PROJECT_ROOT, stdio: "ignore"});
    const second = await hashTree(DIST);
    expect(Object.keys(second).length).toBeGreaterThan(20);
    expect(second).toEqual(first);
  });

  it("contains nothing shaped like a personal identity number in any text file of the site", async () => {
    const {readFile} = await import("node:fs/promises");
    const {hashTree} = await import("./hash-tree.js");
    const {join} = await import("node:path");
    const {findPersonalIdentityNumbers} = await import("../../src/lib/privacy/personal-identity-number.js");
    const found: string[] = [];
    for (const file of Object.keys(await hashTree(DIST))) {
      if (file.endsWith(".wasm")) continue;
      if (findPersonalIdentityNumbers(await readFile(join(DIST, file), "utf8")).length > 0) found.push(file);
    }
    expect(found).toEqual([]);
  });

  it("writes no path of the building machine into the site", async () => {
    const {readFile} = await import("node:fs/promises");
    const {PROJECT_ROOT} = await import("../../loaders/pipeline/data-directory.js");
    const {hashTree} = await import("./hash-tree.js");
    const {join} = await import("node:path");
    const leaking: string[] = [];
    for (const file of Object.keys(await hashTree(DIST))) {
      if ((await readFile(join(DIST, file))).includes(PROJECT_ROOT.replace(/\/$/, ""))) leaking.push(file);
    }
    expect(leaking).toEqual([]);
  });
});
