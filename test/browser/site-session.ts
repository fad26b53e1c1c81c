/**
 * One browser session on the built site: builds it (once per run), serves `dist` on 127.0.0.1 with a plain static
 * server, and opens a 1280 px Swedish page that records every request, failed request and console error.
 */
import type {Browser, Page} from "playwright-core";
import {buildSite, DIST} from "./build-site.js";
import {launchChromium} from "./chromium.js";
import {serveStatic} from "./static-server.js";

export interface SiteSession {
  browser: Browser;
  page: Page;
  origin: string;
  requests: string[];
  failedRequests: string[];
  consoleErrors: string[];
  /** Another recorded page in the same browser. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function openSiteSession(): Promise<SiteSession> {
  await buildSite();
  const server = await serveStatic(DIST);
  const browser = await launchChromium();
  const requests: string[] = [];
  const failedRequests: string[] = [];
  const consoleErrors: string[] = [];
  const newPage = async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 1000}, locale: "sv-SE"});
    page.on("request", (r) => requests.push(r.url()));
    // A request cut off because the test navigated on (net::ERR_ABORTED, e.g. Sök beslut's rows still loading when the
    // next page opens) is the test's doing, not the page's; every other failure is recorded.
    page.on("requestfailed", (r) => r.failure()?.errorText !== "net::ERR_ABORTED" && failedRequests.push(`${r.url()} ${r.failure()?.errorText ?? ""}`));
    page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
    page.on("pageerror", (e) => consoleErrors.push(e.message));
    return page;
  };
  const page = await newPage();
  return {
    browser,
    page,
    origin: server.origin,
    requests,
    failedRequests,
    consoleErrors,
    newPage,
    close: async () => {
      await browser.close();
      await server.close();
    }
  };
}

/** The requests that went anywhere but the site's own origin (data: and blob: URLs stay in the page). */
export function foreignRequests(session: Pick<SiteSession, "requests" | "origin">): string[] {
  return session.requests.filter((url) => !url.startsWith(`${session.origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:"));
}
