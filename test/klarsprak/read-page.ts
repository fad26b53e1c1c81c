/**
 * Opens a page of the built site in Chromium and reads its text as a reader sees it (page-text.ts, extractPageText):
 * waits until the page has rendered (network idle, no loading placeholder, no DOM change for a second), then reads
 * Framework's content element (`main#observablehq-main`, or `main`). Shared by check-pages.ts and the browser test.
 */
import {readdirSync} from "node:fs";
import {join} from "node:path";
import type {Page} from "playwright-core";
import {DISCLOSURE_SUMMARY, extractPageText, type PageText} from "./page-text.js";

/** Om statistiken: the one page where the statistics are written out, so the klarspråk rules do not apply to it. */
export const EXEMPT_PAGES = ["metod.html"];

/**
 * The pages to check in a built site: every top-level page and department page, and the first `decisionMakers` pages of
 * decision-makers (58 in the sample, all from the same template); Om statistiken left out.
 */
export function pagesOf(dist: string, decisionMakers = 2): string[] {
  const html = (dir: string) => readdirSync(join(dist, dir)).filter((f) => f.endsWith(".html")).sort().map((f) => (dir ? `${dir}/${f}` : f));
  const safe = (dir: string) => {
    try {
      return html(dir);
    } catch {
      return [];
    }
  };
  return [...safe(""), ...safe("avdelning"), ...safe("beslutsfattare").slice(0, decisionMakers)].filter((p) => !EXEMPT_PAGES.includes(p));
}

/** Waits for the page to render: no Framework loading placeholder and no DOM change for `quietMs` (at most `timeoutMs`). */
export async function waitForRendered(page: Page, quietMs = 1000, timeoutMs = 60_000): Promise<void> {
  await page.waitForLoadState("networkidle", {timeout: timeoutMs}).catch(() => undefined);
  await page.waitForFunction(() => document.querySelectorAll("main observablehq-loading").length === 0, undefined, {timeout: timeoutMs}).catch(() => undefined);
  // tsx and vitest may name functions through a `__name` helper that does not exist in the page.
  await page.evaluate("globalThis.__name ??= (f) => f");
  await page.evaluate(
    ([quiet, max]) =>
      new Promise<void>((resolve) => {
        let timer = setTimeout(done, quiet);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, quiet);
        });
        const deadline = setTimeout(done, max);
        function done() {
          observer.disconnect();
          clearTimeout(deadline);
          resolve();
        }
        observer.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: false});
      }),
    [quietMs, timeoutMs] as const
  );
}

/** Opens `url` in `page`, waits for it to render and returns its text as page-text.ts checks it. */
export async function readPageText(page: Page, url: string): Promise<PageText> {
  await page.goto(url, {waitUntil: "load"});
  await waitForRendered(page);
  const source = extractPageText.toString();
  return page.evaluate(
    ({source, summary}) => {
      const root = document.querySelector("main#observablehq-main") ?? document.querySelector("main") ?? document.body;
      const extract = new Function(`return (${source})`)() as (root: Element, summary: string) => PageText;
      return extract(root, summary);
    },
    {source, summary: DISCLOSURE_SUMMARY}
  );
}
