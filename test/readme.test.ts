// The README is a newcomer's first page: everything it names must exist. A renamed page, script or file that the
// README still names fails here, not in a reader's hands.
import {existsSync, readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {PROJECT_ROOT} from "../loaders/pipeline/data-directory.js";

const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
const scripts = Object.keys((JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as {scripts: Record<string, string>}).scripts);

/** Paths the README names in backticks or as link targets, relative to the project root. */
function namedPaths(text: string): string[] {
  const inTicks = [...text.matchAll(/`((?:src|docs|loaders|test|data)\/[A-Za-z0-9_./[\]-]+)`/g)].map((m) => m[1]!);
  const links = [...text.matchAll(/\]\(((?!https?:|#)[^)\s]+)\)/g)].map((m) => m[1]!.replace(/#.*$/, ""));
  return [...new Set([...inTicks, ...links])].filter((p) => !p.includes("<") && !p.includes("*") && !p.includes(".observablehq"));
}

/** The pages the site has: `/name.html` for every `src/name.md`, parameterised folders as `name/`. */
function sitePages(): Set<string> {
  const pages = new Set<string>();
  for (const entry of readdirSync(join(PROJECT_ROOT, "src"), {withFileTypes: true})) {
    if (entry.isFile() && entry.name.endsWith(".md")) pages.add(`/${entry.name.replace(/\.md$/, ".html")}`);
    if (entry.isDirectory() && readdirSync(join(PROJECT_ROOT, "src", entry.name)).some((f) => f.endsWith(".md"))) pages.add(`/${entry.name}/`);
  }
  return pages;
}

describe("README.md", () => {
  it("names only files and folders that exist", () => {
    const missing = namedPaths(readme).filter((p) => !existsSync(join(PROJECT_ROOT, p)));
    expect(missing).toEqual([]);
  });

  it("names only npm scripts that package.json defines", () => {
    const named = [...readme.matchAll(/npm run ([a-z][a-z:-]*)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((s) => !scripts.includes(s))).toEqual([]);
  });

  it("names only lika commands the CLI has", () => {
    const commands = ["check", "analyze", "sample"];
    // A command as typed: `lika check …` or `npx lika check …` (prose such as "point lika at it" is not one).
    const named = [...readme.matchAll(/(?:`|npx )lika ([a-z][a-z-]*)/g)].map((m) => m[1]!);
    expect(named.filter((c) => !commands.includes(c))).toEqual([]);
  });

  it("names only pages the site builds", () => {
    const pages = sitePages();
    const named = [...readme.matchAll(/`(\/[a-z-]+(?:\.html|\/))/g)].map((m) => m[1]!);
    expect(named.filter((p) => p !== "/index.html" && !pages.has(p) && !pages.has(p.replace(/[^/]+\.html$/, "")))).toEqual([]);
  });

  it("stays short enough for a newcomer (at most about 150 lines)", () => {
    expect(readme.split("\n").length).toBeLessThanOrEqual(170);
  });
});
