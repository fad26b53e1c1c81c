/**
 * Browser tests of the overview, Beredning, Sök beslut and Datakvalitet pages (issue 12), run from site.test.ts so that
 * they share its one build of the site: figures against `lika analyze` and the sample's CSV, no console error, no
 * request to another origin, and no WCAG 2.1 AA violation found by axe-core.
 */
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import Papa from "papaparse";
import type {Page} from "playwright-core";
import {PROJECT_ROOT} from "../../loaders/pipeline/data-directory.js";
import {countInWords} from "../../src/lib/format/words.js";
import {axeViolations} from "./axe.js";
import {DIST} from "./build-site.js";
import {foreignRequests, openSiteSession, type SiteSession} from "./site-session.js";

const SAMPLE = join(PROJECT_ROOT, "data/sample");

/** `lika analyze data/sample --period <p> --json`'s flags, as "measure|unitType|unit|direction|level". */
async function cliFlagKeys(period: string): Promise<string[]> {
  const {execFileSync} = await import("node:child_process");
  const json = JSON.parse(execFileSync(process.execPath, ["loaders/bin/lika.js", "analyze", "data/sample", "--period", period, "--json"], {cwd: PROJECT_ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024})) as {
    flags: {measure: string; unitType: string; unit: string; direction: string; level: string}[];
  };
  return json.flags.map((f) => `${f.measure}|${f.unitType}|${f.unit}|${f.direction}|${f.level}`).sort();
}

export function describeDashboardsPart4(): void {
  describe("pages of issue 12 (Översikt, Beredning, Sök beslut, Datakvalitet, Avdelning), built and served on 127.0.0.1", () => {
    let session: SiteSession;
    let page: Page;
    beforeAll(async () => {
      session = await openSiteSession();
      page = await session.newPage();
    }, 600_000);
    afterAll(async () => session?.close());

    it("Översikt for T2 2024 lists exactly the flags lika analyze reports, and new/cleared/persisting match T1 → T2", {timeout: 120_000}, async () => {
      await page.goto(`${session.origin}/index.html?period=2024T2`);
      await page.waitForSelector(".lika-flags-by-measure li.lika-flag-line", {timeout: 60_000});
      const key = (sel: string) =>
        page.$$eval(sel, (lis) => lis.map((li) => {
          const d = (li as HTMLElement).dataset;
          return `${d.measure}|${d.unitType}|${d.unit}|${d.direction}|${d.level}`;
        }));
      const shown = (await key(".lika-flags-by-measure li.lika-flag-line")).sort();
      const t2 = await cliFlagKeys("2024T2");
      expect(shown).toEqual(t2);
      const t1 = await cliFlagKeys("2024T1");
      const id = (k: string) => k.split("|").slice(0, 4).join("|");
      const before = new Set(t1.map(id));
      const after = new Set(t2.map(id));
      expect((await key("[data-changes='new'] li")).map(id).sort()).toEqual([...after].filter((k) => !before.has(k)).sort());
      expect((await key("[data-changes='cleared'] li")).map(id).sort()).toEqual([...before].filter((k) => !after.has(k)).sort());
      expect((await key("[data-changes='persisting'] li")).map(id).sort()).toEqual([...after].filter((k) => before.has(k)).sort());
      const facts = await page.$eval(".lika-extract-facts", (dl) => dl.textContent ?? "");
      expect(facts).toMatch(/[0-9a-f]{64}/);
      expect(facts).toContain("2025-01-15");
      // The checksum is in the disclosure "För den som vill veta mer", not in the main text.
      expect(await page.$eval(".lika-extract-facts details summary", (s) => s.textContent)).toBe("För den som vill veta mer");
      expect(await page.$eval(".lika-extract-facts > dl", (dl) => dl.textContent ?? "")).not.toMatch(/SHA-256|[0-9a-f]{64}/);
      // The summary first: the CLI's alarms and alerts, the next steps linked; no statistics in the main text.
      const alarms = t2.filter((k) => k.endsWith("|alarm")).length;
      const summary = await page.$eval(".lika-summary", (p) => (p.textContent ?? "").replace(/\u00a0/g, " "));
      const alerts = t2.length - alarms;
      expect(summary.startsWith(`Under T2 2024 finns ${countInWords(alarms, true)} larm och ${countInWords(alerts)} ${alerts === 1 ? "varning" : "varningar"}`)).toBe(true);
      expect(await page.$$eval(".lika-summary a", (as) => as.map((a) => a.textContent))).toContain("öppna förklaringen");
      const main = await page.$eval("#observablehq-main", (m) => {
        const copy = m.cloneNode(true) as HTMLElement;
        copy.querySelectorAll("details").forEach((d) => d.remove());
        return copy.textContent ?? "";
      });
      expect(main).not.toMatch(/τ|φ|I²|p\.e\.|SHA-256|arcsinus/);
      const spread = await page.$eval("tr[data-measure='decision-maker-spread'] [data-column='current']", (td) => td.textContent ?? "");
      expect(spread).toMatch(/^\d+,\d procentenheter$/);
    });

    it("Översikt for T3 2024 says there was no national supervision instead of a 0 and a fall", {timeout: 120_000}, async () => {
      await page.goto(`${session.origin}/index.html?period=2024T3`);
      await page.waitForSelector("tr[data-measure='national-supervision']", {timeout: 60_000});
      const cells = await page.$$eval("tr[data-measure='national-supervision'] td", (tds) => tds.map((td) => td.textContent));
      expect(cells[0]).toBe("ingen nationell tillsyn den här tertialen");
      // No fall from T2 2024's 130 to a 0: the changes are dashes.
      expect([cells[3], cells[5]]).toEqual(["–", "–"]);
      expect(await page.$eval(".lika-headline-notes", (d) => d.textContent ?? "")).toContain("Ingen nationell tillsyn den här tertialen");
    });

    it("Avdelning Nord leads with a summary of its flags and links its decisions in Sök beslut", {timeout: 120_000}, async () => {
      await page.goto(`${session.origin}/avdelning/nord.html?period=2024T2`);
      await page.waitForSelector(".lika-summary", {timeout: 60_000});
      const summary = await page.$eval(".lika-summary", (p) => p.textContent ?? "");
      expect(summary).toMatch(/^Avdelningen Nord har /);
      expect(await page.$$eval(".lika-summary a", (as) => as.map((a) => a.getAttribute("href")))).toContain("../sok-beslut.html?period=2024T2&avdelning=nord");
      expect(await page.$$eval("table.lika-table thead th", (ths) => ths.map((th) => th.textContent))).toContain("Förväntat");
    });

    it("Beredning shows the published 480 presented and 131 sent back for February 2023 – June 2024, with flags and an SPC chart", {timeout: 120_000}, async () => {
      await page.goto(`${session.origin}/beredning.html?fran=2023-02&till=2024-06`);
      await page.waitForSelector("figure[data-chart='spc'] svg", {timeout: 60_000});
      const text = await page.$eval(".lika-selection", (p) => (p.textContent ?? "").replace(/[\u00a0\u202f]/g, " "));
      expect(text).toMatch(/^Valda månader: feb 2023 – jun 2024\. Mötet återremitterade 131 av 480 föredragna ärenden, eller 27,3 %\./);
      // The summary first: the same share as the selection line, then the flags and the control chart in words.
      const lead = await page.$eval(".lika-lead", (p) => (p.textContent ?? "").replace(/[\u00a0\u202f]/g, " "));
      expect(lead).toMatch(/^Mötet återremitterade 27,3 % av de föredragna ärendena under de valda månaderna, och .* i styrdiagrammet för hela riket\./);
      expect(lead).not.toMatch(/Måttet har ingen bra riktning|Laney|σ/);
      expect(await page.$eval("details.lika-more > summary", (s) => s.textContent)).toBe("För den som vill veta mer");
      expect(await page.$$eval("figure[data-chart='funnel'] svg", (s) => s.length)).toBe(1);
      expect(await page.$$eval("[data-table='departments'] tbody tr", (rows) => rows.length)).toBe(6);
    });

    it("Sök beslut counts the decisions of a deficiency area and a type of operation as the sample's CSV does, by address and by the inputs", {timeout: 180_000}, async () => {
      const csv = Papa.parse<Record<string, string>>(readFileSync(join(SAMPLE, "decisions.csv"), "utf8"), {header: true, skipEmptyLines: true}).data;
      const expected = (area: string, type: string) => csv.filter((r) => r.operation_type === type && r.deficiency_areas!.split("|").includes(area)).length;
      const total = () => page.$eval(".lika-selection", (p) => Number((p as HTMLElement).dataset.total));
      await page.goto(`${session.origin}/sok-beslut.html?verksamhetstyp=hvb&bristomrade=documentation`);
      await page.waitForSelector(".lika-selection[data-total]", {timeout: 90_000});
      expect(expected("documentation", "hvb")).toBeGreaterThan(0);
      expect(await total()).toBe(expected("documentation", "hvb"));
      // The same through the inputs: another area and type, chosen in the selects.
      const selects = page.locator(".lika-filters select");
      await selects.nth(0).selectOption({label: "Stödboende"});
      await selects.nth(1).selectOption({label: "Personal och kompetens"});
      await page.waitForFunction((n) => Number((document.querySelector(".lika-selection") as HTMLElement | null)?.dataset.total) === n, expected("staff_competence", "supported_housing"), {timeout: 30_000});
      expect(page.url()).toContain("verksamhetstyp=supported_housing");
      await page.waitForSelector(".lika-search-results tbody tr", {timeout: 30_000});
      expect(await page.$$eval(".lika-search-results tbody tr", (rows) => rows.length)).toBe(Math.min(25, expected("staff_competence", "supported_housing")));
    });

    // Every page of the site (one decision-maker page stands for all of them, one department page for the six).
    const firstDecisionMakerPage = () => `beslutsfattare/${readdirSync(join(DIST, "beslutsfattare")).sort()[0]!}`;
    const everyPage: (string | (() => string))[] = ["index.html", "beslut-utan-brister.html", "eskaleringstrappor.html", "barnsamtal.html", "beredning.html", "nationella-tillsyner.html", "sok-beslut.html", "datakvalitet.html", "metod.html", "avdelning/nord.html", firstDecisionMakerPage];
    for (const entry of everyPage) {
      const label = typeof entry === "string" ? entry : "beslutsfattare/<id>.html";
      it(`${label}: no WCAG 2.1 AA violation found by axe-core, at 1280 px and 390 px`, {timeout: 120_000}, async () => {
        const path = typeof entry === "string" ? entry : entry();
        for (const width of [1280, 390]) {
          await page.setViewportSize({width, height: 900});
          await page.goto(`${session.origin}/${path}`);
          await page.waitForSelector("#observablehq-main h1", {timeout: 60_000});
          await page.waitForLoadState("networkidle");
          expect(await axeViolations(page), `${path} at ${width} px`).toEqual([]);
        }
      });
    }

    it("logs no console error and sends no request to another origin on any of these pages", () => {
      expect(session.consoleErrors).toEqual([]);
      expect(session.failedRequests).toEqual([]);
      expect(foreignRequests(session)).toEqual([]);
    });
  });
}
