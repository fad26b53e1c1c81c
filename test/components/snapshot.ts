/**
 * SVG/HTML snapshots of components, normalised as Observable Plot's own tests do: numbers rounded to two decimals and
 * Plot's generated class ids replaced, so harmless floating-point noise does not fail a test. A mismatch writes
 * `<name>-changed.html` beside the snapshot (gitignored) to diff against, and fails.
 */
import {existsSync, readFileSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {expect} from "vitest";

// A string, not `new URL(...)`: under the jsdom environment URL is jsdom's, which node:url rejects.
const DIR = join(dirname(fileURLToPath(import.meta.url)), "snapshots");

/** Rounds every decimal number to two decimals and replaces Plot's generated ids. */
export function normaliseMarkup(html: string): string {
  return html
    .replace(/\d+\.\d+(e[+-]\d+)?/g, (d) => String(+(+d).toFixed(2)))
    .replace(/plot-[0-9a-f]{6}/g, "plot")
    .replace(/(clip|pattern|gradient)-\d+/g, "$1");
}

/** Compares the node's markup (normalised) with snapshots/<name>.html; writes the snapshot when it does not exist yet. */
export function expectSnapshot(node: Element, name: string): void {
  const actual = normaliseMarkup(node.outerHTML) + "\n";
  const path = join(DIR, `${name}.html`);
  if (!existsSync(path)) {
    if (process.env.CI) throw new Error(`missing snapshot ${name}.html (run the tests locally to write it)`);
    writeFileSync(path, actual);
    return;
  }
  const expected = readFileSync(path, "utf8");
  if (actual !== expected) writeFileSync(join(DIR, `${name}-changed.html`), actual);
  expect(actual === expected, `snapshot ${name}.html differs; see ${name}-changed.html`).toBe(true);
}
