import {describe, expect, it} from "vitest";
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import {renderDataDictionary} from "../../../loaders/docs/data-dictionary.js";
import {PROJECT_ROOT} from "../../../loaders/pipeline/data-directory.js";
import {SCHEMAS} from "../../../src/lib/extract/schema.js";

describe("docs/data-dictionary.md", () => {
  it("is what the schema renders to (run `npm run docs` after changing the schema)", async () => {
    expect(await readFile(join(PROJECT_ROOT, "docs/data-dictionary.md"), "utf8")).toBe(renderDataDictionary());
  });

  it("documents every column and every code of every extract", () => {
    const doc = renderDataDictionary();
    for (const schema of SCHEMAS) {
      for (const c of schema.columns) {
        expect(doc).toContain(`| \`${c.name}\` |`);
        if (c.type.kind === "code" || c.type.kind === "codes") for (const k of c.type.codes) expect(doc).toContain(`| \`${k.code}\` |`);
      }
    }
  });
});
