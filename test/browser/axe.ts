/**
 * axe-core in a page of the built site: injects the engine from node_modules (no network) and returns the WCAG 2.1
 * A/AA violations, one line each ("color-contrast: 2 × figcaption | …"), so a failing test says what to fix.
 */
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import type {Page} from "playwright-core";

const require = createRequire(import.meta.url);
let source: string | undefined;

export const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;

export async function axeViolations(page: Page): Promise<string[]> {
  source ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.addScriptTag({content: source});
  return page.evaluate(async (tags) => {
    const axe = (globalThis as unknown as {axe: {run(ctx: Document, opts: unknown): Promise<{violations: {id: string; nodes: {target: string[]}[]}[]}>}}).axe;
    const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
    return result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  }, [...WCAG_21_AA]);
}
