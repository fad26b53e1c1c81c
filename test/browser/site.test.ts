// Browser tests share one build of the site (vitest runs test files in parallel workers; two builds would race on dist/).
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Page} from "playwright-core";
import {foreignRequests, openSiteSession, type SiteSession} from "./site-session.js";
import {buildSite, DIST} from "./build-site.js";
import {PUBLISHED_COLUMNS, PUBLISHED_NATIONAL_SUPERVISION} from "../fixtures/published/national-supervision.js";
import {describeEskaleringstrappor} from "./eskaleringstrappor.js";
// The page Barnsamtal's tests, in this worker so they share its build.
import "./barnsamtal.js";
import {describeDashboardsPart4} from "./dashboards-part4.js";
import {describeKlarsprak} from "./klarsprak.js";

/** Parses a number as the page shows it (sv-SE: "1 154", "–" for zero). */
function parseSwedishCount(text: string): number {
  const t = text.replace(/[\s\u00a0\u202f]/g, "");
  return t === "–" ? 0 : Number(t);
}

describe("page Nationella tillsyner, built and served on 127.0.0.1", () => {
  let session: SiteSession;
  let page: Page;

  beforeAll(async () => {
    session = await openSiteSession();
    page = session.page;
    await page.goto(`${session.origin}/nationella-tillsyner.html`);
    await page.waitForSelector("table.lika-table tr[data-area='total']", {timeout: 60_000});
    await page.waitForSelector("figure svg, svg[class^='plot']", {timeout: 30_000});
  });

  afterAll(async () => {
    await session?.close();
  });

  it("renders every cell of the published table, totals row included", async () => {
    const rendered = await page.$$eval("figure[aria-label='Ärenden och beslut i nationella tillsyner'] tbody tr", (rows) =>
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

  it("sums the table up first, from the same table, and says what a dash and a zero mean", async () => {
    const summary = await page.$eval("h1 + div > .lika-page-summary", (box) => box.textContent!.replace(/[\u00a0\u202f]/g, " "));
    const total = PUBLISHED_NATIONAL_SUPERVISION.total;
    expect(summary).toContain(`I hela uttaget fattades 1 154 beslut i nationella tillsyner inom ${PUBLISHED_NATIONAL_SUPERVISION.areas.length} områden.`);
    expect(summary).toContain(`${total.sanctions} av besluten var sanktioner`);
    const main = await page.$eval("main", (m) => m.textContent!.replace(/[\u00a0\u202f]/g, " "));
    expect(main).toContain("Ett streck (–) betyder att området inte fick något sådant beslut under perioden.");
    expect(main).toContain("inte att besluten minskade till noll");
  });

  it("draws the chart of decisions by area and decision type", async () => {
    const bars = await page.$$eval("svg g[aria-label='bar'] rect", (rects) => rects.length);
    expect(bars).toBeGreaterThanOrEqual(15);
  });

  it("links a CSV download of the same table (semicolons, BOM), made in the page from the chosen period's table", async () => {
    const {href, name} = await page.$eval("a[download]", (a) => ({href: (a as HTMLAnchorElement).href, name: (a as HTMLAnchorElement).download}));
    expect(name).toBe("nationella-tillsyner-alla.csv");
    expect(href.startsWith("data:text/csv")).toBe(true);
    const csv = decodeURIComponent(href.slice(href.indexOf(",") + 1));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.trimEnd().split("\n").at(-1)).toBe("Totalt;542;450;150;28;436;90;1154");
  });

  it("logs no console error and sends every request to its own origin only", () => {
    expect(session.consoleErrors).toEqual([]);
    expect(session.failedRequests).toEqual([]);
    expect(session.requests.length).toBeGreaterThan(5);
    expect(foreignRequests(session)).toEqual([]);
  });
});

describe("page Datakvalitet, built and served on 127.0.0.1", () => {
  it("shows each extract of the sample with rows read = accepted + set aside, as lika check counts them", {timeout: 120_000}, async () => {
    const {loadExtracts} = await import("../../loaders/pipeline/load-extracts.js");
    const {PROJECT_ROOT} = await import("../../loaders/pipeline/data-directory.js");
    const {join} = await import("node:path");
    const expected = (await loadExtracts(join(PROJECT_ROOT, "data/sample"))).reports;
    const session = await openSiteSession();
    try {
      const {page} = session;
      await page.goto(`${session.origin}/datakvalitet.html`);
      await page.waitForSelector("table.lika-table tr[data-file]", {timeout: 60_000});
      const rows = await page.$$eval("table.lika-table tr[data-file]", (trs) =>
        trs.map((tr) => {
          const value = (key: string) => Number(tr.querySelector(`[data-column='${key}']`)?.getAttribute("data-value"));
          return {file: (tr as HTMLElement).dataset.file, read: value("rowsRead"), accepted: value("rowsAccepted"), setAside: value("rowsQuarantined")};
        })
      );
      expect(rows).toEqual(expected.map((r) => ({file: r.file, read: r.rowsRead, accepted: r.rowsAccepted, setAside: r.rowsQuarantined})));
      for (const r of rows) expect(r.read).toBe(r.accepted + r.setAside);
      // The summary first, with the report's counts; the developer command only in the disclosure.
      const read = expected.reduce((n, r) => n + r.rowsRead, 0);
      const setAside = expected.reduce((n, r) => n + r.rowsQuarantined, 0);
      const summary = await page.$eval(".lika-summary", (p) => (p.textContent ?? "").replace(/[\u00a0\u202f]/g, " "));
      expect(summary.startsWith(`lika läste ${read.toLocaleString("sv-SE").replace(/\u00a0/g, " ")} rader ur `)).toBe(true);
      expect(summary).toContain(setAside === 0 ? "kunde använda alla" : `satte ${setAside.toLocaleString("sv-SE").replace(/\u00a0/g, " ")} av dem åt sidan`);
      const main = await page.$eval("#observablehq-main", (m) => {
        const copy = m.cloneNode(true) as HTMLElement;
        copy.querySelectorAll("details").forEach((d) => d.remove());
        return copy.textContent ?? "";
      });
      expect(main).not.toContain("--quarantine");
      expect(await page.$$eval("details.lika-more summary", (s) => s.map((x) => x.textContent))).toEqual(["För den som vill veta mer"]);
      expect(session.consoleErrors).toEqual([]);
    } finally {
      await session.close();
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
      // Third-party libraries bundled from node_modules (_node/, _npm/) hold no extract data, but their numeric constants
      // can look like numbers (e.g. @stdlib's Lanczos coefficients); data (_file/), pages and lika's own modules are scanned.
      if (file.endsWith(".wasm") || file.startsWith("_node/") || file.startsWith("_npm/")) continue;
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

describe("page Beslut utan brister, built and served by a plain static server on 127.0.0.1", () => {
  type Row = {unit: string; n: number; observed: number; expected: number; level: string | null; direction: string | null};
  type CliUnit = {unit: string; n: number; observed: number; expected: number; level: string | null; direction: string | null};
  let session: SiteSession;
  let page: Page;

  /**
   * The decision-makers as the page should show them for one period and filter: cases, events and expected events as the
   * independent oracle (test/oracle/) counts them from the sample's CSV rows, against the reference `lika analyze --json`
   * used; level and direction as `lika analyze --json` flags them (the page runs the same flag code, so those two check
   * the table's wiring, not the flags).
   */
  async function expectedRows(period: string, filter: {department?: string; operationType?: string; caseType?: string}): Promise<Row[]> {
    const {join} = await import("node:path");
    const {PROJECT_ROOT} = await import("../../loaders/pipeline/data-directory.js");
    const {analyzeJson, referencesOf} = await import("../oracle/analyze-json.js");
    const {sampleFigures} = await import("../oracle/sample-figures.js");
    const selection = {period, filter: {department: filter.department ?? null, operationType: filter.operationType ?? null, caseType: filter.caseType ?? null}};
    const json = analyzeJson(join(PROJECT_ROOT, "data/sample"), selection) as {measures: {"decisions-without-deficiencies": {byDecisionMaker: {units: CliUnit[]}}}};
    const flags = new Map(json.measures["decisions-without-deficiencies"].byDecisionMaker.units.map((u) => [u.unit, u]));
    return sampleFigures(period, selection.filter, referencesOf(json))["decisions-without-deficiencies.byDecisionMaker.units"]!
      .map((u) => ({unit: u.unit as string, n: u.n as number, observed: u.observed as number, expected: Math.round((u.expected as number) * 1e6) / 1e6, level: flags.get(u.unit as string)?.level ?? null, direction: flags.get(u.unit as string)?.direction ?? null}))
      .sort((a, b) => a.unit.localeCompare(b.unit));
  }

  /** The decision-maker table as the page shows it (values from the cells' data attributes), sorted by unit. */
  function pageRows(): Promise<Row[]> {
    return page.$$eval("[data-table='decision-makers'] tr[data-unit]", (trs) =>
      trs
        .map((tr) => {
          const cell = (key: string) => tr.querySelector(`[data-column='${key}']`) as HTMLElement;
          return {
            unit: (tr as HTMLElement).dataset.unit!,
            n: Number(cell("n").dataset.value),
            observed: Number(cell("observed").dataset.value),
            // The table keeps full precision in data-value; the oracle's is rounded alike, to 6 decimals.
            expected: Math.round(Number(cell("expected").dataset.value) * 1e6) / 1e6,
            level: (cell("flag").querySelector("[data-level]") as HTMLElement | null)?.dataset.level ?? null,
            direction: (cell("flag").querySelector("[data-direction]") as HTMLElement | null)?.dataset.direction ?? null
          };
        })
        .sort((a, b) => a.unit.localeCompare(b.unit))
    );
  }

  /** Steps back or forward (at most 8 times, so a lost entry fails the test instead of looping) until the address is `search`. */
  async function stepUntil(step: () => Promise<unknown>, search: string) {
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      const now = await page.evaluate(() => location.search);
      if (now === search) return;
      seen.push(now);
      await step();
    }
    throw new Error(`history never reached ${search}; passed ${seen.join(", ")}`);
  }

  const selects = () => page.locator(".lika-filters select");
  const selectedLabels = () => page.$$eval(".lika-filters select", (ss) => ss.map((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? ""));

  beforeAll(async () => {
    session = await openSiteSession();
    page = session.page;
  }, 300_000);

  afterAll(async () => {
    await session?.close();
  });

  it("defaults to the latest tertial with data, and shows every planted deviating decision-maker flagged at alarm in its direction and the controls unflagged", {timeout: 120_000}, async () => {
    const {PLANTED} = await import("../../loaders/sample/planted.js");
    await page.goto(`${session.origin}/beslut-utan-brister.html`);
    await page.waitForSelector("[data-table='decision-makers'] tr[data-unit]", {timeout: 60_000});
    await expect.poll(() => page.evaluate(() => location.search), {timeout: 10_000}).toBe("?period=2024T3");
    expect(await selectedLabels()).toEqual(["T3 2024", "Alla", "Alla", "Alla"]);
    const rows = await pageRows();
    expect(rows).toEqual(await expectedRows("2024T3", {}));
    for (const p of PLANTED.decisionMakers) expect(rows.find((r) => r.unit === p.id), p.id).toMatchObject({level: "alarm", direction: p.direction});
    for (const c of PLANTED.controls) expect(rows.find((r) => r.unit === c.id)?.level ?? null, c.id).toBeNull();
    expect(await page.getAttribute("html", "lang")).toBe("sv");
  });

  it.each([
    ["?period=2023&avdelning=ost&arendeslag=frequency", "2023", {department: "ost", caseType: "frequency"}],
    ["?period=2024T1&verksamhetstyp=hvb", "2024T1", {operationType: "hvb"}]
  ] as const)("shows the oracle's counts and lika's flags for the filter set in the URL %s", {timeout: 120_000}, async (query, period, filter) => {
    await page.goto(`${session.origin}/beslut-utan-brister.html${query}`);
    await page.waitForSelector("[data-table='decision-makers'] tr[data-unit]", {timeout: 60_000});
    const expected = await expectedRows(period, filter);
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(pageRows, {timeout: 20_000}).toEqual(expected);
    expect(await page.evaluate(() => location.search)).toBe(query);
  });

  it("shows the oracle's counts and lika's flags for filters set through the inputs, writes them to the URL, and walks back and forward", {timeout: 180_000}, async () => {
    await page.goto(`${session.origin}/beslut-utan-brister.html`);
    await page.waitForSelector("[data-table='decision-makers'] tr[data-unit]", {timeout: 60_000});
    await selects().nth(0).selectOption({label: "T2 2024"});
    await selects().nth(1).selectOption({label: "Syd"});
    await expect.poll(() => page.evaluate(() => location.search), {timeout: 20_000}).toBe("?period=2024T2&avdelning=syd");
    const syd = await expectedRows("2024T2", {department: "syd"});
    await expect.poll(pageRows, {timeout: 20_000}).toEqual(syd);

    await selects().nth(0).selectOption({label: "2023"});
    await selects().nth(1).selectOption({label: "Alla"});
    await selects().nth(2).selectOption({label: "LSS-bostad för barn"});
    await expect.poll(() => page.evaluate(() => location.search), {timeout: 20_000}).toBe("?period=2023&verksamhetstyp=lss_child_home");
    const lss = await expectedRows("2023", {operationType: "lss_child_home"});
    expect(lss.length).toBeGreaterThan(0);
    await expect.poll(pageRows, {timeout: 20_000}).toEqual(lss);

    // The address reproduces the view in a fresh tab.
    const url = page.url();
    const other = await session.newPage();
    await other.goto(url);
    await other.waitForSelector("[data-table='decision-makers'] tr[data-unit]", {timeout: 60_000});
    expect(await other.$$eval(".lika-filters select", (ss) => ss.map((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent))).toEqual(["2023", "Alla", "LSS-bostad för barn", "Alla"]);
    await other.close();

    // Back: the filters and the table return to the previous view; forward again.
    await page.goBack();
    await expect.poll(selectedLabels, {timeout: 20_000}).not.toEqual(["2023", "Alla", "LSS-bostad för barn", "Alla"]);
    await stepUntil(() => page.goBack(), "?period=2024T2&avdelning=syd");
    await expect.poll(selectedLabels, {timeout: 20_000}).toEqual(["T2 2024", "Syd", "Alla", "Alla"]);
    await expect.poll(pageRows, {timeout: 20_000}).toEqual(syd);
    await stepUntil(() => page.goForward(), "?period=2023&verksamhetstyp=lss_child_home");
    await expect.poll(pageRows, {timeout: 20_000}).toEqual(lss);
  });

  it("says in words when a selection is empty", {timeout: 60_000}, async () => {
    await page.goto(`${session.origin}/beslut-utan-brister.html?period=2024T3&verksamhetstyp=emergency_hospital`);
    await page.waitForSelector(".lika-selection .lika-note", {timeout: 60_000});
    expect(await page.textContent(".lika-selection")).toContain("Urvalet innehåller inga beslut");
  });

  it("opens with a plain summary whose flag counts and largest difference are the oracle's, names the one national share, and keeps τ, I² and p.e. out of its own text", {timeout: 120_000}, async () => {
    const {DEFAULT_FLAG_POLICY} = await import("../../src/lib/flags/policy.js");
    await page.goto(`${session.origin}/beslut-utan-brister.html?period=2024T3`);
    await page.waitForSelector("[data-table='decision-makers'] tr[data-unit]", {timeout: 60_000});
    const text = (selector: string) => page.$eval(selector, (e) => ((e as HTMLElement).innerText ?? "").replace(/[\u00a0\u202f]/g, " "));
    const rows = await expectedRows("2024T3", {});
    const assessed = rows.filter((r) => r.n >= DEFAULT_FLAG_POLICY.minimumCases).length;
    const alarms = rows.filter((r) => r.level === "alarm").length;
    const alerts = rows.filter((r) => r.level === "alert").length;
    expect(alarms).toBeGreaterThan(0);
    const summary = await text(".lika-summary");
    expect(summary).toMatch(new RegExp(`^${alarms} beslutsfattare har larm och ${alerts} har varning, av ${assessed} som bedöms\\. Beslutsfattarna skiljer sig typiskt \\d+ procentenheter åt, även med hänsyn till ärendena, och det är mer än slumpen förklarar\\.`));
    // The largest difference: the unit's own decisions against the expected, in whole procentenheter.
    const named = /Störst skillnad har (dm_\w+): (\d+) av (\d+) beslut var utan brister, en andel (\d+) procentenheter (högre|lägre) än väntat\./.exec(summary);
    expect(named, summary).not.toBeNull();
    const top = rows.find((r) => r.unit === named![1])!;
    expect([Number(named![2]), Number(named![3]), Number(named![4])]).toEqual([top.observed, top.n, Math.round((100 * Math.abs(top.observed - top.expected)) / top.n)]);
    expect(await page.$$eval(".lika-summary a", (as) => as.map((a) => a.getAttribute("href")))).toEqual(["#tabell-alla-beslutsfattare", `./beslutsfattare/${top.unit}.html`, `./sok-beslut.html?arendeslag=frequency&beslutsfattare=${top.unit}`]);
    // One national share for the decision-makers, named; the departments' own period and share, named.
    const selection = await text(".lika-selection");
    expect(selection).toContain("Varje beslutsfattare räknas över tolv månader: 1 januari–31 december 2024.");
    expect(selection).toMatch(/I riket var \d+,\d % av de \d+ besluten under samma tolv månader utan brister\./);
    const main = await text("main");
    expect(main).toMatch(/Avdelningarna räknas över perioden T3 2024\. För den perioden är rikets andel beslut utan brister \d+,\d %\./);
    expect(main).toMatch(/Sedan T3 2021 har den legat mellan \d+ och \d+ procentenheter/);
    for (const own of [summary, selection]) expect(own).not.toMatch(/τ|I²|p\.e\.|krympt|Måttet har ingen bra riktning|breda/i);
    expect(main).toContain("Varken hög eller låg andel är i sig bra. Vi letar efter stor spridning.");
    expect(await page.$eval("details.lika-more summary", (s) => s.textContent)).toBe("För den som vill veta mer");
    expect(await page.$eval("figure[data-chart='spread']", (f) => f.textContent ?? "")).not.toMatch(/τ|I²/);
  });

  it("says on a decision-maker page with no decisions that there were none, and on a planted one its own decisions against the expected", {timeout: 120_000}, async () => {
    const {readFileSync, readdirSync} = await import("node:fs");
    const {join} = await import("node:path");
    const {default: Papa} = await import("papaparse");
    const {PROJECT_ROOT} = await import("../../loaders/pipeline/data-directory.js");
    const {PLANTED} = await import("../../loaders/sample/planted.js");
    const csv = Papa.parse<Record<string, string>>(readFileSync(join(PROJECT_ROOT, "data/sample/decisions.csv"), "utf8"), {header: true, skipEmptyLines: true}).data;
    const withFrequency = new Set(csv.filter((r) => r.case_type === "frequency").map((r) => r.decision_maker));
    const none = readdirSync(join(DIST, "beslutsfattare")).map((f) => f.replace(/\.html$/, "")).find((id) => !withFrequency.has(id));
    expect(none).toBeDefined();
    await page.goto(`${session.origin}/beslutsfattare/${none}.html`);
    await page.waitForSelector(".lika-summary", {timeout: 60_000});
    const main = (await page.$eval("main", (m) => (m as HTMLElement).innerText)).replace(/[\u00a0\u202f]/g, " ");
    expect(main).toMatch(/Beslutsfattaren fattade inga beslut i frekvenstillsynen mellan \d+ \p{L}+ \d{4} och \d+ \p{L}+ \d{4}\./u);
    expect(main).not.toContain("inom gränserna");

    const planted = PLANTED.decisionMakers[0]!;
    const row = (await expectedRows("2024T3", {})).find((r) => r.unit === planted.id)!;
    await page.goto(`${session.origin}/beslutsfattare/${planted.id}.html`);
    await page.waitForSelector(".lika-summary", {timeout: 60_000});
    const summary = (await page.$eval(".lika-summary", (e) => (e as HTMLElement).innerText)).replace(/[\u00a0\u202f]/g, " ");
    const pp = Math.round((100 * Math.abs(row.observed - row.expected)) / row.n);
    expect(summary).toContain(`Under de tolv månaderna fram till T3 2024 var ${row.observed} av hens ${row.n} beslut utan brister. Det är ${pp} procentenheter ${planted.direction === "high" ? "högre" : "lägre"} än väntat med hänsyn till ärendena, och så stor skillnad beror sällan på slumpen (larm).`);
    // The chart's axis and the table stay within 0–100 %.
    const shares = await page.$$eval("figure[data-chart='history'] [aria-label='y-axis tick label'] text, main table td", (cells) => cells.flatMap((c) => [...(c.textContent ?? "").matchAll(/(\d+(?:,\d+)?)\s%/g)].map((m) => Number(m[1]!.replace(",", ".")))));
    expect(shares.length).toBeGreaterThan(0);
    expect(Math.max(...shares)).toBeLessThanOrEqual(100);
  });

  it("navigates every sidebar link, the decision-maker pages and the pager under a plain static server, in Swedish", {timeout: 120_000}, async () => {
    await page.goto(`${session.origin}/`);
    const links = await page.$$eval("#observablehq-sidebar a[href]", (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const href of links) {
      const response = await page.goto(href);
      expect([href, response?.status()]).toEqual([href, 200]);
      expect(await page.textContent("h1"), href).toBeTruthy();
    }
    await page.goto(`${session.origin}/beslut-utan-brister.html`);
    await page.waitForSelector("[data-table='decision-makers'] tr[data-unit] a", {timeout: 60_000});
    const first = await page.$eval("[data-table='decision-makers'] tr[data-unit] a", (a) => ({href: (a as HTMLAnchorElement).href, unit: a.closest("tr")!.getAttribute("data-unit")!}));
    const response = await page.goto(first.href);
    expect(response?.status()).toBe(200);
    await page.waitForFunction((unit) => document.querySelector("h1")?.textContent?.includes(unit), first.unit, {timeout: 30_000});
    await page.waitForSelector("main table[class='lika-table']", {timeout: 30_000});
    await page.goto(`${session.origin}/nationella-tillsyner.html`);
    const pager = await page.$$eval("#observablehq-footer nav a", (as) => as.map((a) => getComputedStyle(a, "::before").content));
    expect(pager).toEqual(['"Föregående"', '"Nästa"']);
  });

  it("logs no console error and sends no request beyond 127.0.0.1", () => {
    // (Failed requests are not checked here: navigating on before a page has loaded aborts its module preloads.)
    expect(session.consoleErrors).toEqual([]);
    expect(session.requests.length).toBeGreaterThan(10);
    expect(foreignRequests(session)).toEqual([]);
  });
});

describeEskaleringstrappor();
describeDashboardsPart4();
describeKlarsprak();
