/**
 * Klarspråk on the built site (issue 17), run from site.test.ts so that it shares its one build: every page but Om
 * statistiken, at 1280 px, read as a reader sees it (test/klarsprak/read-page.ts: main text without "För den som
 * vill veta mer", code or hidden elements; chart text and tooltips apart), has no τ φ I² σ χ² "q <" "q =" or p-value,
 * no "p.e.", no share above 100 %, no sentence over 30 words or with more than four numbers, and no second name of an
 * ordlista concept (src/lib/format/ordlista.ts). A failure lists each offending sentence. LIX is reported, not asserted.
 */
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Page} from "playwright-core";
import {checkPageText, LIMITS, type PageReport, type Violation} from "../klarsprak/page-text.js";
import {pagesOf, readPageText} from "../klarsprak/read-page.js";
import {DIST} from "./build-site.js";
import {openSiteSession, type SiteSession} from "./site-session.js";

const show = (vs: readonly Violation[]) => vs.map((v) => `${v.detail}: ${v.sentence}`);

export function describeKlarsprak(): void {
  describe("klarspråk on every page but Om statistiken, built and served on 127.0.0.1", () => {
    let session: SiteSession;
    let page: Page;
    const reports = new Map<string, PageReport>();
    let pages: string[] = [];

    beforeAll(async () => {
      session = await openSiteSession();
      page = await session.newPage();
      pages = pagesOf(DIST);
      for (const name of pages) reports.set(name, checkPageText(await readPageText(page, `${session.origin}/${name}`)));
      console.log(`klarspråk, LIX per page: ${[...reports].map(([p, r]) => `${p} ${r.lix.toFixed(0)}`).join(", ")}`);
    }, 900_000);
    afterAll(async () => session?.close());

    /** The violations of one kind, by page, for the pages that have any: a failure lists every page at once. */
    const offending = (k: Violation["kind"]) =>
      Object.fromEntries(pages.map((name) => [name, show(reports.get(name)!.violations.filter((v) => v.kind === k))] as const).filter(([, vs]) => vs.length > 0));

    it("checks the top-level pages, the department pages and decision-maker pages, not Om statistiken", () => {
      expect(pages).toContain("index.html");
      expect(pages.some((p) => p.startsWith("avdelning/"))).toBe(true);
      expect(pages.some((p) => p.startsWith("beslutsfattare/"))).toBe(true);
      expect(pages).not.toContain("metod.html");
      for (const name of pages) expect(reports.get(name)!.sentences, name).toBeGreaterThan(3);
    });

    it("shows no τ, φ, I², σ, χ², q or p-value, and no \"p.e.\"", () => {
      expect(offending("symbol")).toEqual({});
    });

    it("shows no share above 100 % in text, tables, tooltips or axes", () => {
      expect(offending("share-above-100")).toEqual({});
    });

    it(`has no sentence of more than ${LIMITS.maxWords} words`, () => {
      expect(offending("long-sentence")).toEqual({});
    });

    it(`has no sentence with more than ${LIMITS.maxNumbers} numbers`, () => {
      expect(offending("many-numbers")).toEqual({});
    });

    it("renders no second name of an ordlista concept (one word per concept)", () => {
      expect(offending("second-name")).toEqual({});
    });
  });
}
