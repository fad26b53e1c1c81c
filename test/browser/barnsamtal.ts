/**
 * Browser test of the page Barnsamtal, imported by site.test.ts so that it runs in the same worker and shares its one
 * build of the site (two builds in parallel workers would race on dist/).
 */
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Page} from "playwright-core";
import {foreignRequests, openSiteSession, type SiteSession} from "./site-session.js";

type Row = {unit: string; inspected: number; withConversation: number; childPresent: number; level: string | null; direction: string | null};
type CliSummary = {unit: string; inspectedHomes: number; homesWithConversation: number; homesWithChildPresent: number};
type CliUnit = {unit: string; level: string | null; direction: string | null};
type CliChildren = {
  headline: {inspectedHomes: number; homesWithConversation: number} | null;
  byDepartment: {units: CliUnit[]};
  byTeam: {units: CliUnit[]};
  summary: {byDepartment: CliSummary[]; byTeam: CliSummary[]};
  overTime: {department: string; assurance: string | null}[];
  homesNeverHeard: unknown[] | null;
};

/**
 * What the page should show for one period and filter: the summaries and the headline (homes inspected, with a
 * conversation, with a child present) as the independent oracle (test/oracle/) counts them from the sample's CSV rows;
 * the flags, assurance and homes never heard as `lika analyze --json` reports them (the page runs the same code for
 * those, so they check its wiring).
 */
async function expectedChildren(period: string, filter: {department?: string; homeType?: string}): Promise<CliChildren> {
  const {sampleFigures} = await import("../oracle/sample-figures.js");
  const oracle = sampleFigures(period, {department: filter.department ?? null, operationType: filter.homeType ?? null});
  const summaries = (name: string) => oracle[`child-conversations.summary.${name}`] as unknown as CliSummary[];
  const children = await cli(period, filter);
  const headline = filter.department ? summaries("byDepartment")[0] : summaries("total")[0];
  return {...children, headline: headline ?? null, summary: {byDepartment: summaries("byDepartment"), byTeam: summaries("byTeam")}};
}

/** `lika analyze --json` on the sample: child conversations for one period and filter. */
async function cli(period: string, filter: {department?: string; homeType?: string}): Promise<CliChildren> {
  const {execFileSync} = await import("node:child_process");
  const {PROJECT_ROOT} = await import("../../loaders/pipeline/data-directory.js");
  const args = ["loaders/bin/lika.js", "analyze", "data/sample", "--period", period, "--json"];
  if (filter.department) args.push("--department", filter.department);
  if (filter.homeType) args.push("--operation-type", filter.homeType);
  return (JSON.parse(execFileSync(process.execPath, args, {cwd: PROJECT_ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024})) as {measures: {"child-conversations": CliChildren}}).measures["child-conversations"];
}

/** The rows the page's table should show: the summaries joined with the flags, sorted by unit. */
function expectedRows(summaries: readonly CliSummary[], units: readonly CliUnit[]): Row[] {
  return summaries
    .map((s) => {
      const u = units.find((x) => x.unit === s.unit);
      return {unit: s.unit, inspected: s.inspectedHomes, withConversation: s.homesWithConversation, childPresent: s.homesWithChildPresent, level: u?.level ?? null, direction: u?.direction ?? null};
    })
    .sort((a, b) => a.unit.localeCompare(b.unit));
}

function pageRows(page: Page, table: "departments" | "teams"): Promise<Row[]> {
  return page.$$eval(`[data-table='${table}'] tr[data-unit]`, (trs) =>
    trs
      .map((tr) => {
        const cell = (key: string) => tr.querySelector(`[data-column='${key}']`) as HTMLElement;
        return {
          unit: (tr as HTMLElement).dataset.unit!,
          inspected: Number(cell("inspected").dataset.value),
          withConversation: Number(cell("with").dataset.value),
          childPresent: Number(cell("child-present").dataset.value),
          level: cell("flag").dataset.level ?? null,
          direction: cell("flag").dataset.direction ?? null
        };
      })
      .sort((a, b) => a.unit.localeCompare(b.unit))
  );
}

describe("page Barnsamtal, built and served by a plain static server on 127.0.0.1", () => {
  let session: SiteSession;
  let page: Page;
  const ready = () => page.waitForSelector("[data-table='departments'] tr[data-unit], [data-table='departments'] .lika-empty", {timeout: 60_000});
  const selects = () => page.locator(".lika-filters select");

  beforeAll(async () => {
    session = await openSiteSession();
    page = session.page;
  }, 600_000);

  afterAll(async () => {
    await session?.close();
  });

  it("shows the published 2023 figures (94, 68 and 71 %, 175 of 850) and flags the planted low department, not the one with homes without children", {timeout: 120_000}, async () => {
    const {PLANTED} = await import("../../loaders/sample/planted.js");
    await page.goto(`${session.origin}/barnsamtal.html?period=2023`);
    await ready();
    // Published (the agency's follow-up of child conversations in 2023; docs/sample.md).
    expect((await page.textContent("[data-figure='no-child-heard'] .big"))!.replace(/\s/g, " ")).toBe("175 av 850");
    const shares = await page.$$eval("[data-table='departments'] tr[data-unit]", (trs) => Object.fromEntries(trs.map((tr) => [(tr as HTMLElement).dataset.unit, tr.querySelector("[data-column='share-of-inspected']")!.textContent!.replace(/\s/g, " ")])));
    expect([shares.syd, shares.mitt, shares.nord]).toEqual(["94 %", "68 %", "71 %"]);
    const rows = await pageRows(page, "departments");
    const expected = await expectedChildren("2023", {});
    expect(rows).toEqual(expectedRows(expected.summary.byDepartment, expected.byDepartment.units));
    expect(await pageRows(page, "teams")).toEqual(expectedRows(expected.summary.byTeam, expected.byTeam.units));
    const planted = PLANTED.departments.filter((d) => d.measure === "child_conversations");
    expect(planted.some((d) => d.direction === "low") && planted.some((d) => d.direction === "normal")).toBe(true);
    for (const d of planted.filter((p) => p.direction === "low")) expect(rows.find((r) => r.unit === d.department), d.department).toMatchObject({level: "alarm", direction: "low"});
    for (const d of planted.filter((p) => p.direction === "normal")) expect(rows.find((r) => r.unit === d.department)?.level, d.department).toBeNull();
    // The funnel draws the flagged department with its letter; every department has an SPC chart and an assurance icon.
    expect(await page.$$eval("[data-chart='department-funnel'] g.lika-funnel-letters text", (ts) => ts.map((t) => t.textContent).sort())).toEqual(["H", "L"]);
    expect(await page.locator("[data-chart='spc'] svg").count()).toBe(6);
    const assurance = await page.$$eval("[data-table='assurance'] tr[data-unit]", (trs) => trs.map((tr) => [(tr as HTMLElement).dataset.unit, tr.querySelector("[data-assurance]")?.getAttribute("data-assurance") ?? null]));
    expect(assurance).toEqual(expected.overTime.map((o) => [o.department, o.assurance]));
    expect(await page.locator("[data-table='homes-never-heard'] tr[data-home]").count()).toBe(expected.homesNeverHeard!.length);
    // Assurance in words, with the answer to "klarar ibland at 97–100 %: are we failing?" above the table.
    const words = {pass_consistently: "Klarar alltid", fail_consistently: "Klarar inte", hit_and_miss: "Klarar ibland"} as Record<string, string>;
    const shown = await page.$$eval("[data-table='assurance'] tr[data-unit] [data-assurance]", (tds) => tds.map((td) => td.textContent!.trim()));
    expect(shown).toEqual(expected.overTime.filter((o) => o.assurance !== null).map((o) => words[o.assurance!]));
    if (expected.overTime.some((o) => o.assurance === "hit_and_miss")) expect(await page.textContent(".lika-assurance-answer")).toContain("”Klarar ibland” betyder inte att avdelningen misslyckas.");
  });

  it("sums the page up first, from the same flags as the table, and keeps statistics in the disclosure", {timeout: 120_000}, async () => {
    await page.goto(`${session.origin}/barnsamtal.html?period=2023`);
    await ready();
    const expected = await expectedChildren("2023", {});
    const lead = (await page.textContent("#observablehq-main .lika-lead"))!.replace(/[\u00a0\u202f]/g, " ");
    // The summary comes before the intro and names every flagged department (as lika analyze flags them).
    const order = await page.$eval("#observablehq-main", (main) => [(main as HTMLElement).innerText.indexOf("Under 2023 talade"), (main as HTMLElement).innerText.indexOf("Vid den årliga inspektionen")]);
    expect(order[0]).toBeGreaterThan(-1);
    expect(order[0]).toBeLessThan(order[1]!);
    const {DEPARTMENTS} = await import("../../src/lib/extract/codes.js");
    const flagged = expected.byDepartment.units.filter((u) => u.level !== null);
    expect(flagged.length).toBeGreaterThan(0);
    for (const u of flagged) expect(lead).toContain(DEPARTMENTS.find((d) => d.code === u.unit)!.label);
    expect(lead).toMatch(/^Under 2023 talade inspektörerna med barn i \d+ % av de hem där barn var placerade\./);
    expect(lead).toContain("procentenheter");
    expect(await page.$eval("#observablehq-main .lika-lead a[href^='#over-tid-']", (a) => document.getElementById(a.getAttribute("href")!.slice(1)) !== null)).toBe(true);
    // No σ, package names, "p.e." or the old calques in the main text; the method is in "För den som vill veta mer".
    const main = await page.$eval("#observablehq-main", (m) => {
      const copy = m.cloneNode(true) as HTMLElement;
      for (const d of copy.querySelectorAll("details.lika-more")) d.remove();
      return copy.innerText;
    });
    expect(main).not.toMatch(/σ|NHSRplotthedots|p\.e\.|Säkerhet mot kravet|sätter dem|slumpvariation|barnsamtal av hem/);
    // The page's own two disclosures (the summary's and the control chart's) and the shared flag components' own:
    // every one is the same marked disclosure.
    const summaries = await page.$$eval("details.lika-more > summary", (s) => s.map((x) => x.textContent));
    expect(summaries.length).toBeGreaterThanOrEqual(2);
    expect(new Set(summaries)).toEqual(new Set(["För den som vill veta mer"]));
  });

  it.each([
    ["?period=2023&avdelning=mitt&verksamhetstyp=hvb", "2023", {department: "mitt", homeType: "hvb"}],
    ["?period=2024T2&verksamhetstyp=lss_child_home", "2024T2", {homeType: "lss_child_home"}],
    ["?period=2022&avdelning=nord", "2022", {department: "nord"}]
  ] as const)("shows the oracle's counts and lika's flags for the filter set in the URL %s, and keeps the address", {timeout: 120_000}, async (query, period, filter) => {
    await page.goto(`${session.origin}/barnsamtal.html${query}`);
    await ready();
    const expected = await expectedChildren(period, filter);
    await expect.poll(() => pageRows(page, "departments"), {timeout: 20_000}).toEqual(expectedRows(expected.summary.byDepartment, expected.byDepartment.units));
    expect(await pageRows(page, "teams")).toEqual(expectedRows(expected.summary.byTeam, expected.byTeam.units));
    const headline = expected.headline!;
    expect((await page.textContent("[data-figure='no-child-heard'] .big"))!.replace(/\s/g, " ")).toBe(`${headline.inspectedHomes - headline.homesWithConversation} av ${headline.inspectedHomes}`);
    expect(await page.evaluate(() => location.search)).toBe(query);
  });

  it("shows the oracle's counts and lika's flags for filters set through the inputs and writes them to the URL", {timeout: 120_000}, async () => {
    await page.goto(`${session.origin}/barnsamtal.html`);
    await ready();
    await expect.poll(() => page.evaluate(() => location.search), {timeout: 10_000}).toBe("?period=2024T3");
    await selects().nth(0).selectOption({label: "2023"});
    await selects().nth(1).selectOption({label: "Nord"});
    await selects().nth(2).selectOption({label: "Stödboende"});
    await expect.poll(() => page.evaluate(() => location.search), {timeout: 20_000}).toBe("?period=2023&avdelning=nord&verksamhetstyp=supported_housing");
    const expected = await expectedChildren("2023", {department: "nord", homeType: "supported_housing"});
    await expect.poll(() => pageRows(page, "departments"), {timeout: 20_000}).toEqual(expectedRows(expected.summary.byDepartment, expected.byDepartment.units));
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.search), {timeout: 20_000}).not.toBe("?period=2023&avdelning=nord&verksamhetstyp=supported_housing");
  });

  it("says in words when a link names a type that is no home, and when a selection is small", {timeout: 60_000}, async () => {
    await page.goto(`${session.origin}/barnsamtal.html?period=2023&verksamhetstyp=emergency_hospital`);
    await page.waitForSelector(".lika-selection .lika-note", {timeout: 60_000});
    expect(await page.textContent(".lika-selection")).toContain("Länken angav typen av hem med ett värde som inte finns här");
    await page.goto(`${session.origin}/barnsamtal.html?period=2021T1&avdelning=syd&verksamhetstyp=special_youth_home`);
    await page.waitForSelector(".lika-selection .lika-note", {timeout: 60_000});
    expect(await page.textContent(".lika-selection")).toMatch(/Urvalet är litet: bara \d+ inspekterade hem|Urvalet innehåller inga inspekterade hem/);
  });

  it("logs no console error and sends no request beyond 127.0.0.1", () => {
    expect(session.consoleErrors).toEqual([]);
    expect(session.failedRequests).toEqual([]);
    expect(session.requests.length).toBeGreaterThan(10);
    expect(foreignRequests(session)).toEqual([]);
  });
});
