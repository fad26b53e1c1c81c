/**
 * The oracle is independent only if it computes nothing with lika's code: no module of test/oracle/ imports from
 * src/lib/measures or src/lib/flags (or anything else of src/lib, or loaders/), except the one decoding adapter,
 * decode-counts.ts, which may import the counts files' decoders and nothing else. The data loaders (src/data/) are
 * what the oracle checks, so loader-outputs.ts runs them.
 */
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";

const DIR = import.meta.dirname;

/** Every module specifier a file imports (static, dynamic, re-exports). */
export function importsOf(source: string): {names: string; from: string}[] {
  const out: {names: string; from: string}[] = [];
  for (const m of source.matchAll(/(?:import|export)\s+(type\s+)?([\w\s{},*$]*?)\s*from\s+["']([^"']+)["']/g)) out.push({names: m[2]!, from: m[3]!});
  for (const m of source.matchAll(/import\s*\(\s*["']([^"']+)["']\s*\)/g)) out.push({names: "*", from: m[1]!});
  for (const m of source.matchAll(/^import\s+["']([^"']+)["']/gm)) out.push({names: "", from: m[1]!});
  return out;
}

/** What decode-counts.ts may import, by module: the codec's decoder and the five counts files' definitions. */
const DECODERS: Record<string, string[]> = {
  "../../src/lib/counts-file/codec.js": ["decodeCountsFile"],
  "../../src/lib/measures/decision-counts-file.js": ["DECISION_COUNTS_FILE"],
  "../../src/lib/measures/child-conversation-counts-file.js": ["CHILD_CONVERSATION_COUNTS_FILE"],
  "../../src/lib/measures/escalation-counts-file.js": ["ESCALATION_COUNTS_FILE"],
  "../../src/lib/measures/national-supervision-counts-file.js": ["NATIONAL_SUPERVISION_COUNTS_FILE"],
  "../../src/lib/measures/preparation-counts-file.js": ["PREPARATION_COUNTS_FILE"]
};

/** Why an import of `file` breaks the oracle's independence, or null when it does not. */
export function forbidden(file: string, {names, from}: {names: string; from: string}): string | null {
  if (!from.startsWith(".")) return null;
  if (from.startsWith("./")) return null;
  if (file === "decode-counts.ts" && DECODERS[from]) {
    const imported = names.replace(/[{}\s]/g, "").split(",").filter(Boolean);
    const extra = imported.filter((n) => !DECODERS[from]!.includes(n));
    return extra.length === 0 ? null : `${file} imports ${extra.join(", ")} from ${from}: only decoders may be imported`;
  }
  if (file === "loader-outputs.ts" && /^\.\.\/\.\.\/src\/data\/[\w-]+\.json\.js$/.test(from)) return null;
  return `${file} imports ${from}`;
}

describe("the oracle's imports", () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".ts"));

  it("take nothing from src/lib or loaders/ but the counts files' decoders (in decode-counts.ts)", () => {
    expect(files).toContain("decode-counts.ts");
    // The scan sees imports at all: the adapter's codec and five file definitions.
    expect(importsOf(readFileSync(join(DIR, "decode-counts.ts"), "utf8")).filter((i) => i.from.includes("/src/lib/"))).toHaveLength(6);
    const problems = files.flatMap((f) => importsOf(readFileSync(join(DIR, f), "utf8")).map((i) => forbidden(f, i)).filter((p) => p !== null));
    expect(problems).toEqual([]);
  });

  it("would catch an import of a measure or of the flag code", () => {
    // Spelt with ${"import"} so that this file's own scan above does not find them.
    const source = `${"import"} {analyze} from "../../src/lib/measures/analysis.js";\n${"import"} {expectedCounts} from "../../src/lib/flags/indirect-standardisation.js";\nconst m = await ${"import"}("../../src/lib/measures/counts.js");`;
    expect(importsOf(source).map((i) => forbidden("figures.ts", i))).toEqual([
      "figures.ts imports ../../src/lib/measures/analysis.js",
      "figures.ts imports ../../src/lib/flags/indirect-standardisation.js",
      "figures.ts imports ../../src/lib/measures/counts.js"
    ]);
    expect(forbidden("decode-counts.ts", {names: "{DECISION_COUNTS_FILE, decisionCounts}", from: "../../src/lib/measures/decision-counts-file.js"})).toMatch(/decisionCounts/);
  });
});
