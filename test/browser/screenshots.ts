/**
 * Screenshots of Översikt and Beslut utan brister for the README (`npm run screenshots`): serves the built `dist/`
 * as a plain static server would, opens each page in Debian's Chromium at 1280 px and writes `docs/images/*.png`.
 * Run after `npm run build` on the built-in sample.
 */
import {join} from "node:path";
import {PROJECT_ROOT} from "../../loaders/pipeline/data-directory.js";
import {DIST} from "./build-site.js";
import {launchChromium} from "./chromium.js";
import {serveStatic} from "./static-server.js";

/** Each page, and where its picture starts: the top of the page, or its first chart (Beslut utan brister's funnel plot). */
const PAGES = [
  {path: "/index.html?period=2024T2", file: "oversikt.png", from: null},
  {path: "/beslut-utan-brister.html?period=2024T2", file: "beslut-utan-brister.png", from: "figure svg"}
];

const server = await serveStatic(DIST);
const browser = await launchChromium();
try {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}});
  for (const {path, file, from} of PAGES) {
    await page.goto(server.origin + path, {waitUntil: "networkidle"});
    await page.waitForSelector("figure svg, svg[role=img], table", {timeout: 30_000});
    // The chart's heading and the lines above it in the picture too.
    if (from) await page.locator(from).first().evaluate((e) => window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - 160));
    await page.waitForTimeout(500);
    await page.screenshot({path: join(PROJECT_ROOT, "docs", "images", file), fullPage: false});
    console.error(`lika: wrote docs/images/${file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
