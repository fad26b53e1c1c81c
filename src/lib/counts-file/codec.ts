/**
 * The one encoding of every counts file a data loader writes (decision-counts.json, child-conversation-counts.json,
 * escalation-counts.json, preparation-counts.json, national-supervision-counts.json), and back. A file is versioned
 * columnar JSON: one or more named tables, each column as one value. A string column is dictionary-coded: its distinct
 * values once (sorted), and one fixed-width base-36 code per row packed into one string (0 = null, i + 1 = the i-th
 * value), a third of the bytes of a JSON array of indices. A number column is a plain array (null allowed), a boolean
 * column an array of 0 and 1. No library is needed in the browser, and nothing here needs Node: public and local
 * builds write the same files.
 *
 * What a file holds is its definition (`CountsFileDefinition`, next to its measure): which tables and columns, and how
 * a measure's counts map to rows and back.
 */

/** The format version of every counts file; a page refuses a file of another version (1 and 2 were per-file formats). */
export const COUNTS_FILE_VERSION = 3;

/** What a cell holds once decoded. */
export type CellValue = string | number | boolean | null;

export interface ColumnDefinition<Row> {
  /** The column's name in the file, and the row's field when there is no `get`. */
  name: string;
  type: "string" | "number" | "boolean";
  /** Null is a value of the column. */
  nullable?: boolean;
  /** The field may be missing (undefined): written as null, read back as a missing field. */
  optional?: boolean;
  /** The row's cell; by default the field of the column's name. */
  get?: (row: Row) => CellValue | undefined;
}

/** A decoded table, column by column: each column's cells in row order. */
export type DecodedColumns = Readonly<Record<string, readonly CellValue[]>>;

export interface TableDefinition<Row> {
  columns: readonly ColumnDefinition<Row>[];
  /**
   * Reads rows from the decoded columns: given them once, returns row `i` for each i. By default an object with each
   * column's cell under its name, in column order.
   */
  rowReader?: (columns: DecodedColumns) => (i: number) => Row;
  /** The whole table may be null (e.g. left out of a public build). */
  nullable?: boolean;
}

/** Any table's definition, whatever its rows. */
export interface AnyTableDefinition {
  columns: readonly ColumnDefinition<never>[];
  rowReader?: (columns: DecodedColumns) => (i: number) => unknown;
  nullable?: boolean;
}

/** One counts file: its tables, and how a value of type T maps to them and back. */
export interface CountsFileDefinition<T, Table extends string = string> {
  /** The file's name, in every error message. */
  name: string;
  tables: Readonly<Record<Table, AnyTableDefinition>>;
  /** The value's rows per table (null for a nullable table left out). */
  split: (value: T) => Readonly<Record<Table, readonly unknown[] | null>>;
  /** The value of the decoded tables. */
  join: (tables: Readonly<Record<Table, unknown[] | null>>) => T;
}

/** One table in the file. */
export interface EncodedTable {
  rows: number;
  /** Per column: a string column's packed codes, a number column's values, a boolean column's 0 and 1. */
  columns: Record<string, string | (number | null)[]>;
  /** Per string column: its distinct values, sorted. */
  dictionaries: Record<string, string[]>;
}

/** A counts file's JSON value. */
export interface EncodedCountsFile {
  version: number;
  tables: Record<string, EncodedTable | null>;
}

/** Base-36 digits per code for a dictionary of n values (codes 0..n): at least 1. */
function codeWidth(n: number): number {
  let width = 1;
  for (let limit = 36; limit <= n; limit *= 36) width++;
  return width;
}

function cellsOf(rows: readonly unknown[], column: ColumnDefinition<never>, where: string): CellValue[] {
  const {name, type, get} = column;
  const nullable = column.nullable === true || column.optional === true;
  const cells: CellValue[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as never;
    let v = get ? get(row) : (row as Record<string, CellValue | undefined>)[name];
    if (v === undefined && column.optional) v = null;
    const ok = v === null ? nullable : type === "number" ? typeof v === "number" && Number.isFinite(v) : typeof v === type;
    if (!ok) throw new Error(`${where}: row ${i}, column ${name} holds ${String(v)}, not a ${type}${nullable ? " or null" : ""}`);
    cells.push(v as CellValue);
  }
  return cells;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function encodeStrings(cells: readonly CellValue[]): {codes: string; dictionary: string[]} {
  // One hash look-up per cell: ids in order of first sight, then renumbered in sorted order.
  const idOf = new Map<string, number>();
  const seen: string[] = [];
  const ids = new Int32Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i] as string | null;
    if (v === null) {
      ids[i] = -1;
      continue;
    }
    let id = idOf.get(v);
    if (id === undefined) idOf.set(v, (id = seen.push(v) - 1));
    ids[i] = id;
  }
  const order = seen.map((_, id) => id).sort((a, b) => compareText(seen[a]!, seen[b]!));
  const width = codeWidth(seen.length);
  // Each code made once: a million rows hold few distinct values per column.
  const codeOfId: string[] = [];
  order.forEach((id, rank) => (codeOfId[id] = (rank + 1).toString(36).padStart(width, "0")));
  const none = "0".repeat(width);
  const parts: string[] = [];
  for (let i = 0; i < ids.length; i++) parts.push(ids[i]! < 0 ? none : codeOfId[ids[i]!]!);
  return {codes: parts.join(""), dictionary: order.map((id) => seen[id]!)};
}

/** A table's rows as the file's table; throws when a cell is not of its column's type. */
export function encodeTable<Row>(rows: readonly Row[], table: TableDefinition<Row> | AnyTableDefinition, where: string = "table"): EncodedTable {
  const out: EncodedTable = {rows: rows.length, columns: {}, dictionaries: {}};
  for (const column of table.columns as readonly ColumnDefinition<never>[]) {
    const cells = cellsOf(rows, column, where);
    if (column.type === "string") {
      const {codes, dictionary} = encodeStrings(cells);
      out.columns[column.name] = codes;
      out.dictionaries[column.name] = dictionary;
    } else if (column.type === "boolean") {
      out.columns[column.name] = cells.map((v) => (v === null ? null : v ? 1 : 0));
    } else {
      out.columns[column.name] = cells as (number | null)[];
    }
  }
  return out;
}

/** Each base-36 digit's value by character code (0–9, a–z); -1 for any other character below 128. */
const DIGIT = new Int8Array(128).fill(-1);
for (let d = 0; d < 36; d++) DIGIT[d.toString(36).charCodeAt(0)] = d;

function decodeStrings(codes: unknown, dictionary: unknown, rows: number, nullable: boolean, where: string): (string | null)[] {
  if (!Array.isArray(dictionary) || dictionary.some((v) => typeof v !== "string")) throw new Error(`${where}: its dictionary is not a list of strings`);
  const width = codeWidth(dictionary.length);
  if (typeof codes !== "string" || codes.length !== rows * width) throw new Error(`${where}: expected ${rows} codes of ${width} base-36 digits`);
  // Each code's value (undefined: no value, a bad file), so that a row costs one look-up and one check.
  const valueOf: (string | null | undefined)[] = [nullable ? null : undefined, ...(dictionary as string[])];
  const out: (string | null)[] = [];
  for (let i = 0, p = 0; i < rows; i++) {
    let code = 0;
    let bad = 0; // negative once a character is no base-36 digit
    for (let k = 0; k < width; k++, p++) {
      const c = codes.charCodeAt(p);
      const digit = c < 128 ? DIGIT[c]! : -1;
      bad |= digit;
      code = code * 36 + digit;
    }
    const v = bad < 0 ? undefined : valueOf[code];
    if (v === undefined) throw new Error(`${where}: row ${i} has code ${codes.slice(i * width, (i + 1) * width)}, outside its dictionary`);
    out.push(v);
  }
  return out;
}

function decodeCells(cells: unknown, column: ColumnDefinition<never>, rows: number, where: string): CellValue[] {
  if (!Array.isArray(cells) || cells.length !== rows) throw new Error(`${where}: expected a list of ${rows} values`);
  const nullable = column.nullable === true || column.optional === true;
  for (let i = 0; i < rows; i++) {
    const v: unknown = cells[i];
    const ok = v === null ? nullable : column.type === "boolean" ? v === 0 || v === 1 : typeof v === "number";
    if (!ok) throw new Error(`${where}: row ${i} holds ${String(v)}, not a ${column.type}${nullable ? " or null" : ""}`);
  }
  return column.type === "boolean" ? cells.map((v) => (v === null ? null : v === 1)) : (cells as CellValue[]);
}

/**
 * Rows as objects with each column's cell under its name, in column order (an optional column's null left out). Filled
 * column by column from copies of one template, so every row shares one shape: several times faster than adding the
 * fields row by row.
 */
function defaultRows(columns: readonly ColumnDefinition<never>[], values: DecodedColumns, rows: number): Record<string, CellValue>[] {
  // Each field starts as a value of its column's type, so that filling it keeps the one shape.
  const template: Record<string, CellValue> = {};
  for (const c of columns) template[c.name] = c.type === "string" ? "" : c.type === "number" ? 0 : false;
  const out: Record<string, CellValue>[] = [];
  for (let i = 0; i < rows; i++) out.push({...template});
  for (const {name, optional} of columns) {
    const cells = values[name]!;
    for (let i = 0; i < rows; i++) {
      if (cells[i] !== null || !optional) out[i]![name] = cells[i]!;
      else delete out[i]![name];
    }
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Throws unless `found` has exactly the names `expected`: says which is missing or unknown. */
function checkNames(found: Record<string, unknown>, expected: readonly string[], what: string, where: string): void {
  for (const name of expected) if (!Object.hasOwn(found, name)) throw new Error(`${where} lacks ${what} "${name}" (version ${COUNTS_FILE_VERSION} has ${expected.join(", ")})`);
  for (const name of Object.keys(found)) if (!expected.includes(name)) throw new Error(`${where} has ${what} "${name}", which version ${COUNTS_FILE_VERSION} does not know`);
}

/** The rows of a file's table; throws a readable error when its columns are not those of the definition. */
export function decodeTable<Row>(encoded: unknown, table: TableDefinition<Row>, where?: string): Row[];
export function decodeTable(encoded: unknown, table: AnyTableDefinition, where?: string): unknown[];
export function decodeTable(encoded: unknown, table: AnyTableDefinition, where: string = "table"): unknown[] {
  if (!isObject(encoded) || !isObject(encoded.columns) || !isObject(encoded.dictionaries)) throw new Error(`${where} is not a table of columns`);
  const rows = encoded.rows;
  if (typeof rows !== "number" || !Number.isInteger(rows) || rows < 0) throw new Error(`${where}: its row count ${String(rows)} is not a count`);
  const columns = table.columns as readonly ColumnDefinition<never>[];
  checkNames(encoded.columns, columns.map((c) => c.name), "column", where);
  checkNames(encoded.dictionaries, columns.filter((c) => c.type === "string").map((c) => c.name), "dictionary", where);
  const values: Record<string, readonly CellValue[]> = {};
  for (const c of columns) {
    const at = `${where}, column ${c.name}`;
    values[c.name] = c.type === "string"
      ? decodeStrings(encoded.columns[c.name], encoded.dictionaries[c.name], rows, c.nullable === true || c.optional === true, at)
      : decodeCells(encoded.columns[c.name], c, rows, at);
  }
  if (!table.rowReader) return defaultRows(columns, values, rows);
  const rowAt = table.rowReader(values);
  const out: unknown[] = [];
  for (let i = 0; i < rows; i++) out.push(rowAt(i));
  return out;
}

/** The file's JSON value of `value` (write it with JSON.stringify); throws when a cell is not of its column's type. */
export function encodeCountsFile<T, Table extends string>(file: CountsFileDefinition<T, Table>, value: T): EncodedCountsFile {
  const rows = file.split(value);
  const tables: Record<string, EncodedTable | null> = {};
  for (const name of Object.keys(file.tables) as Table[]) {
    const where = `${file.name}: table ${name}`;
    const table = rows[name];
    if (table === null && !file.tables[name].nullable) throw new Error(`${where} is null, but is no optional table`);
    tables[name] = table === null ? null : encodeTable(table, file.tables[name], where);
  }
  return {version: COUNTS_FILE_VERSION, tables};
}

/**
 * The value of a file's JSON value. Throws a readable error for a file of another version, or whose tables or columns
 * are not those of the definition (a page given a file from another build).
 */
export function decodeCountsFile<T, Table extends string>(file: CountsFileDefinition<T, Table>, json: unknown): T {
  const version = isObject(json) ? json.version : undefined;
  if (version !== COUNTS_FILE_VERSION) throw new Error(`${file.name}: unknown format version ${String(version)} (this code reads version ${COUNTS_FILE_VERSION}); rebuild the data`);
  const encoded = (json as Record<string, unknown>).tables;
  if (!isObject(encoded)) throw new Error(`${file.name}: no tables`);
  const names = Object.keys(file.tables) as Table[];
  checkNames(encoded, names, "table", file.name);
  const tables = {} as Record<Table, unknown[] | null>;
  for (const name of names) {
    const where = `${file.name}: table ${name}`;
    if (encoded[name] === null && !file.tables[name].nullable) throw new Error(`${where} is null, but is no optional table`);
    tables[name] = encoded[name] === null ? null : decodeTable(encoded[name], file.tables[name], where);
  }
  return file.join(tables);
}

/**
 * The distinct values of one string column of a counts file, sorted, without decoding its rows (the column's
 * dictionary): for the build configuration, which needs only the decision-makers' ids to list their pages. Throws as
 * `decodeCountsFile` does for a file of another version or without the table or column.
 */
export function stringColumnValues<T, Table extends string>(file: CountsFileDefinition<T, Table>, json: unknown, table: Table, column: string): string[] {
  const version = isObject(json) ? json.version : undefined;
  if (version !== COUNTS_FILE_VERSION) throw new Error(`${file.name}: unknown format version ${String(version)} (this code reads version ${COUNTS_FILE_VERSION}); rebuild the data`);
  const tables = (json as Record<string, unknown>).tables;
  const encoded = isObject(tables) ? tables[table] : undefined;
  const dictionaries = isObject(encoded) ? encoded.dictionaries : undefined;
  const values = isObject(dictionaries) ? dictionaries[column] : undefined;
  if (!Array.isArray(values) || values.some((v) => typeof v !== "string")) throw new Error(`${file.name}: table ${table} has no string column ${column}`);
  return values as string[];
}
