/**
 * Browser test of the page Eskaleringstrappor on the sample: flows (from → to counts) and the repeat share per department
 * and decision-maker (n, observed) against the independent oracle (test/oracle/, counted from the CSV rows); the flags and
 * the stalled cases against `lika analyze --json` (the page runs the same code for those: they check its wiring); for
 * filters set through the URL and through the inputs; the department the sample makes repeat most is flagged high; no console error, no
 * foreign request. Registered from site.test.ts, which owns the one build of the site per test run.
 */
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Page} from "playwright-core";
import {foreignRequests, openSiteSession, type SiteSession} from "./site-session.js";

interface Unit {
  unit: string;
  n: number;
  observed: number;
  level: string | null;
  direction: string | null;
}
interface Shown {
  flows: string[];
  departments: Unit[];
  decisionMakers: Unit[];
  stalled: string[];
}

interface Filter {
  department?: string;
  operationType?: string;
  caseType?: string;
  stalledAfterDays?: number;
}

/**
 * What the page should show for the period and filter: flows and each unit's n and observed as the oracle counts them,
 * each unit's level and direction and the stalled cases as `lika analyze --json` reports them.
 */
async function expectedShown(period: string, filter: Filter): Promise<Shown> {
  const {sampleFigures} = await import("../oracle/sample-figures.js");
  const cli = await cliShown(period, filter);
  const oracle = sampleFigures(period, {department: filter.department ?? null, operationType: filter.operationType ?? null, caseType: filter.caseType ?? null});
  const flags = new Map([...cli.departments, ...cli.decisionMakers].map((u) => [u.unit, u]));
  const units = (name: string) =>
    oracle[`escalation-repeats.${name}.units`]!
      .map((u) => ({unit: u.unit as string, n: u.n as number, observed: u.observed as number, level: flags.get(u.unit as string)?.level ?? null, direction: flags.get(u.unit as string)?.direction ?? null}))
      .sort((a, b) => a.unit.localeCompare(b.unit));
  return {
    // The oracle's flows are "from>to:kind"; the page's "from>to:count".
    flows: oracle["escalation-repeats.flows"]!.map((f) => `${String(f.move).split(":")[0]}:${f.count as number}`).sort(),
    departments: units("byDepartment"),
    decisionMakers: units("byDecisionMaker"),
    stalled: cli.stalled
  };
}

/** What `lika analyze --json` reports for the period and filter, in the page's terms. */
async function cliShown(period: string, filter: Filter): Promise<Shown> {
  const {execFileSync} = await import("node:child_process");
  const {PROJECT_ROOT} = await import("../../loaders/pipeline/data-directory.js");
  const args = ["loaders/bin/lika.js", "analyze", "data/sample", "--period", period, "--json"];
  if (filter.department) args.push("--department", filter.department);
  if (filter.operationType) args.push("--operation-type", filter.operationType);
  if (filter.caseType) args.push("--case-type", filter.caseType);
  if (filter.stalledAfterDays !== undefined) args.push("--stalled-after-days", String(filter.stalledAfterDays));
  type CliUnit = Unit & Record<string, unknown>;
  const json = JSON.parse(execFileSync(process.execPath, args, {cwd: PROJECT_ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024})) as {
    measures: {
      "escalation-repeats": {
        flows: {from: string; to: string; count: number}[];
        byDepartment: {units: CliUnit[]};
        byDecisionMaker: {units: CliUnit[]};
        stalled: {operationId: string; daysSinceLast: number}[];
      };
    };
  };
  const e = json.measures["escalation-repeats"];
  const units = (list: CliUnit[]) => list.map((u) => ({unit: u.unit, n: u.n, observed: u.observed, level: u.level, direction: u.direction})).sort((a, b) => a.unit.localeCompare(b.unit));
  return {
    flows: e.flows.map((f) => `${f.from}>${f.to}:${f.count}`).sort(),
    departments: units(e.byDepartment.units),
    decisionMakers: units(e.byDecisionMaker.units),
    stalled: e.stalled.map((s) => `${s.operationId}:${s.daysSinceLast}`).sort()
  };
}

/** The same figures as the page shows them (from the cells' data attributes). */
function pageShown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const units = (table: string) =>
      [...document.querySelectorAll(`[data-table='${table}'] tr[data-unit]`)]
        .map((tr) => {
          const cell = (key: string) => tr.querySelector(`[data-column='${key}']`) as HTMLElement;
          return {
            unit: (tr as HTMLElement).dataset.unit!,
            n: Number(cell("n").dataset.value),
            observed: Number(cell("observed").dataset.value),
            level: (cell("flag").querySelector("[data-level]") as HTMLElement | null)?.dataset.level ?? null,
            direction: (cell("flag").querySelector("[data-direction]") as HTMLElement | null)?.dataset.direction ?? null
          };
        })
        .sort((a, b) => a.unit.localeCompare(b.unit));
    return {
      flows: [...document.querySelectorAll<HTMLElement>("[data-table='matrix'] td[data-from][data-to][data-value]")].map((td) => `${td.dataset.from}>${td.dataset.to}:${td.dataset.value}`).sort(),
      departments: units("departments"),
      decisionMakers: units("decision-makers"),
      stalled: [...document.querySelectorAll<HTMLElement>("[data-table='stalled'] tr[data-operation]")]
        .map((tr) => `${tr.dataset.operation}:${(tr.querySelector("[data-column='daysSinceLast']") as HTMLElement).dataset.value}`)
        .sort()
    };
  });
}

export function describeEskaleringstrappor(): void {
  describe("page Eskaleringstrappor, built and served by a plain static server on 127.0.0.1", () => {
    let session: SiteSession;
    let page: Page;

    beforeAll(async () => {
      session = await openSiteSession();
      page = session.page;
    }, 600_000);

    afterAll(async () => {
      await session?.close();
    });

    const ready = () => page.waitForSelector("[data-chart='flow'] svg", {timeout: 60_000});

    it("defaults to the latest tertial and 180 days, shows the oracle's counts and lika's flags, and flags high the department the sample makes repeat most", {timeout: 180_000}, async () => {
      const {DEPARTMENT_PROFILES} = await import("../../loaders/sample/organisation.js");
      const mostRepeating = Object.entries(DEPARTMENT_PROFILES).sort((a, b) => b[1].repeat - a[1].repeat)[0]![0];
      await page.goto(`${session.origin}/eskaleringstrappor.html`);
      await ready();
      await expect.poll(() => page.evaluate(() => location.search), {timeout: 10_000}).toBe("?period=2024T3&avstannad=180");
      const expected = await expectedShown("2024T3", {});
      expect(expected.flows.length).toBeGreaterThan(5);
      expect(expected.stalled.length).toBeGreaterThan(0);
      await expect.poll(() => pageShown(page), {timeout: 20_000}).toEqual(expected);
      expect(expected.departments.find((d) => d.unit === mostRepeating)).toMatchObject({direction: "high"});
      expect(["alert", "alarm"]).toContain(expected.departments.find((d) => d.unit === mostRepeating)!.level);
      // Charts with their accessible descriptions and table alternatives.
      expect(await page.getAttribute("[data-chart='flow'] svg", "aria-description")).toMatch(/beslut följde på ett krävande beslut/);
      expect(await page.$$eval("[data-chart='survival'] svg [aria-label], [data-chart='survival'] svg[aria-label]", (n) => n.length)).toBeGreaterThan(0);
      expect(await page.$$eval("[data-table='survival'] tr[data-unit]", (rows) => rows.length)).toBe(7);
      expect(await page.$$eval(".lika-reading-guide", (n) => n.length)).toBeGreaterThanOrEqual(5);
      // The summary first: right under the heading, naming the department that repeats most, with the links on.
      const summary = await page.$eval(".lika-page-summary", (box) => ({
        text: box.textContent!.replace(/[\u00a0\u202f]/g, " "),
        links: [...box.querySelectorAll("a")].map((a) => a.getAttribute("href")),
        first: box.parentElement!.previousElementSibling?.tagName
      }));
      const {labelOf, DEPARTMENTS} = await import("../../src/lib/extract/codes.js");
      expect(summary.first).toBe("H1");
      expect(summary.text).toContain(labelOf(DEPARTMENTS, mostRepeating));
      expect(summary.text).toContain("upprepar oftare än väntat samma steg i stället för att gå ett steg uppåt");
      expect(summary.links).toEqual(["./metod.html#eskaleringstrappor", "#avstannade-aerenden", "./sok-beslut.html"]);
      // One name for the measure and the ladder's words; the statistics only in "För den som vill veta mer".
      const main = await page.$eval("main", (m) => {
        const copy = m.cloneNode(true) as HTMLElement;
        for (const d of copy.querySelectorAll("details.lika-more")) d.remove();
        return copy.textContent!.replace(/[\u00a0\u202f]/g, " ");
      });
      expect(main).toContain("Upprepning i stället för eskalering");
      expect(main).not.toMatch(/Upprepning utan eskalering|Upprepa eller gå uppåt|på samma steg av kvarstående brister|Utdömande av vite|censur|I risk|Kaplan/);
      expect(main).toContain("Kvar i uppföljningen dag 90");
      expect(await page.$eval("details.lika-more summary", (s) => s.textContent)).toBe("För den som vill veta mer");
    });

    it.each([
      ["?period=2023&avdelning=nord&avstannad=120", "2023", {department: "nord", stalledAfterDays: 120}],
      ["?period=2024T1&arendeslag=national&avstannad=60", "2024T1", {caseType: "national", stalledAfterDays: 60}],
      ["?period=2024&verksamhetstyp=hvb&arendeslag=self_initiated&avstannad=180", "2024", {operationType: "hvb", caseType: "self_initiated"}]
    ] as const)("shows the oracle's counts and lika's flags for the filter set in the URL %s", {timeout: 120_000}, async (query, period, filter) => {
      await page.goto(`${session.origin}/eskaleringstrappor.html${query}`);
      await ready();
      const expected = await expectedShown(period, filter);
      expect(expected.flows.length + expected.stalled.length).toBeGreaterThan(0);
      await expect.poll(() => pageShown(page), {timeout: 20_000}).toEqual(expected);
      expect(await page.evaluate(() => location.search)).toBe(query);
    });

    it("follows the inputs, threshold included, writes them to the URL and goes back", {timeout: 180_000}, async () => {
      await page.goto(`${session.origin}/eskaleringstrappor.html`);
      await ready();
      const selects = page.locator(".lika-filters select");
      await selects.nth(0).selectOption({label: "2023"});
      await selects.nth(1).selectOption({label: "Mitt"});
      await page.locator(".lika-filters input[type='number']").fill("90");
      await page.locator(".lika-filters input[type='number']").dispatchEvent("input");
      await expect.poll(() => page.evaluate(() => location.search), {timeout: 20_000}).toBe("?period=2023&avdelning=mitt&avstannad=90");
      const mitt = await expectedShown("2023", {department: "mitt", stalledAfterDays: 90});
      await expect.poll(() => pageShown(page), {timeout: 20_000}).toEqual(mitt);
      await page.goBack();
      await expect.poll(() => page.evaluate(() => location.search), {timeout: 20_000}).not.toBe("?period=2023&avdelning=mitt&avstannad=90");
      const {period, department, stalled} = await page.evaluate(() => {
        const q = new URLSearchParams(location.search);
        return {period: q.get("period")!, department: q.get("avdelning") ?? undefined, stalled: Number(q.get("avstannad") ?? 180)};
      });
      await expect.poll(() => pageShown(page), {timeout: 20_000}).toEqual(await expectedShown(period, {department, stalledAfterDays: stalled}));
    });

    it("logs no console error and sends every request to its own origin only", () => {
      expect(session.consoleErrors).toEqual([]);
      expect(session.failedRequests).toEqual([]);
      expect(foreignRequests(session)).toEqual([]);
    });
  });
}
