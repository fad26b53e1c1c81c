/**
 * Runs after `observable build`: marks every page of the built site as Swedish (<html lang="sv">). Framework 1.13 has no
 * option for the document language (a `lang` key in the config is ignored), and screen readers and hyphenation need it.
 */
import {readdir, readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {accessibleHtml} from "./accessible-html.js";

export const SITE_LANGUAGE = "sv";

/** Sets lang on the <html> element of every .html file below `dist`; returns how many files were changed. */
export async function setSiteLanguage(dist: string, lang = SITE_LANGUAGE): Promise<number> {
  let changed = 0;
  for (const entry of await readdir(dist, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const path = join(entry.parentPath, entry.name);
    const html = await readFile(path, "utf8");
    // Also mends two accessibility faults of Framework's page shell (accessible-html.ts).
    const updated = accessibleHtml(html.replace(/<html(?![^>]*\blang=)([^>]*)>/i, `<html lang="${lang}"$1>`));
    if (updated !== html) {
      await writeFile(path, updated);
      changed++;
    }
  }
  return changed;
}

if (process.argv[1]?.endsWith("set-language.ts")) {
  const dist = process.argv[2] ?? "dist";
  setSiteLanguage(dist).then(
    (n) => console.error(`lika: lang="${SITE_LANGUAGE}" set on ${n} pages`),
    (error: unknown) => {
      console.error(`lika: could not set the page language: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  );
}
