import {mkdir, mkdtemp, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {setSiteLanguage} from "../../../loaders/build/set-language.js";

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, {recursive: true, force: true});
  dir = undefined;
});

describe("setSiteLanguage(dist)", () => {
  it("marks every page, in sub-folders too, as Swedish once, and leaves other files alone", async () => {
    dir = await mkdtemp(join(tmpdir(), "lika-lang-"));
    await mkdir(join(dir, "beslutsfattare"));
    await writeFile(join(dir, "index.html"), "<!DOCTYPE html>\n<html>\n<head></head></html>");
    await writeFile(join(dir, "beslutsfattare", "dm_x.html"), "<!DOCTYPE html>\n<html class=\"a\">\n</html>");
    await writeFile(join(dir, "data.json"), "<html>");
    expect(await setSiteLanguage(dir)).toBe(2);
    expect(await readFile(join(dir, "index.html"), "utf8")).toContain('<html lang="sv">');
    expect(await readFile(join(dir, "beslutsfattare", "dm_x.html"), "utf8")).toContain('<html lang="sv" class="a">');
    expect(await readFile(join(dir, "data.json"), "utf8")).toBe("<html>");
    expect(await setSiteLanguage(dir)).toBe(0);
  });
});
