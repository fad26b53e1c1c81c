import type {ExtractSchema} from "./schema.js";

/** Header names compare without case, surrounding or inner white space, underscores or hyphens. */
export function normaliseHeaderName(name: string): string {
  return name.normalize("NFC").toLowerCase().replace(/[\s_\-]+/g, "");
}

export type HeaderMatch =
  | {ok: true; /** canonical column name → field index */ indexOf: ReadonlyMap<string, number>; ignored: string[]}
  /** `unknown`: how many of the found fields name no column of the schema. */
  | {ok: false; missing: string[]; found: string[]; duplicated: string[]; unknown: number};

/**
 * Maps a file's header fields to the schema's columns by canonical name or alias.
 * Fails when a required column is missing or a column appears twice; unknown columns are ignored (listed).
 */
export function matchHeader(schema: ExtractSchema, header: readonly string[]): HeaderMatch {
  const byName = new Map<string, string>();
  for (const c of schema.columns) {
    for (const n of [c.name, ...c.aliases]) byName.set(normaliseHeaderName(n), c.name);
  }
  const indexOf = new Map<string, number>();
  const ignored: string[] = [];
  const duplicated: string[] = [];
  header.forEach((field, i) => {
    const column = byName.get(normaliseHeaderName(field));
    if (column === undefined) ignored.push(field);
    else if (indexOf.has(column)) duplicated.push(column);
    else indexOf.set(column, i);
  });
  const missing = schema.columns.filter((c) => c.required && !indexOf.has(c.name)).map((c) => c.name);
  if (missing.length > 0 || duplicated.length > 0) return {ok: false, missing, found: [...header], duplicated, unknown: ignored.length};
  return {ok: true, indexOf, ignored};
}
