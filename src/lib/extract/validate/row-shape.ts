/** The shape of a record: as many fields as the header, and not a header line again. */
import {matchHeader, normaliseHeaderName} from "../header.js";
import type {ExtractSchema} from "../schema.js";
import type {RowContext} from "./row-context.js";
import {ruleProblem, type RuleProblem} from "./rule-problem.js";

/** Every column name and alias of a schema, normalised (cached per schema). */
const NAMES = new WeakMap<ExtractSchema, ReadonlySet<string>>();
function columnNames(schema: ExtractSchema): ReadonlySet<string> {
  let names = NAMES.get(schema);
  if (names === undefined) {
    names = new Set(schema.columns.flatMap((c) => [c.name, ...c.aliases].map(normaliseHeaderName)));
    NAMES.set(schema, names);
  }
  return names;
}

/** True when a record is a header line of this extract: the file's own header again, or any header that names the required columns. */
export function isHeaderLine(context: Pick<RowContext, "schema" | "header">, fields: readonly string[]): boolean {
  const first = fields[0] ?? "";
  // Cheap test first (this runs on every row): a header's first field is the header's, or a column name.
  if (first !== context.header[0] && (/\d/.test(first) || !columnNames(context.schema).has(normaliseHeaderName(first.replace(/^\uFEFF/, ""))))) return false;
  if (fields.every((f, i) => normaliseHeaderName(f) === normaliseHeaderName(context.header[i]!))) return true;
  return matchHeader(context.schema, fields.map((f) => f.replace(/^\uFEFF/, ""))).ok;
}

/**
 * What is wrong with the record's shape, or null: a number of fields other than the header's (a field
 * lost or a delimiter too many, so every value may sit in the wrong column), or a header line again
 * (two exports joined into one file, the second perhaps with its own byte-order mark or aliases).
 */
export function shapeProblem(context: Pick<RowContext, "file" | "header" | "schema">, fields: readonly string[], line: number): RuleProblem | null {
  const {file, header} = context;
  if (fields.length !== header.length) {
    return ruleProblem(file, line, null, null, `${fields.length} field(s) where the header has ${header.length}`, "wrong number of fields", "field-count");
  }
  if (isHeaderLine(context, fields)) {
    return ruleProblem(file, line, null, null, "the header line again (two exports joined into one file?)", "header line repeated", "header-repeated");
  }
  return null;
}
