/**
 * Writes rows as an Arrow IPC stream, the format pages give DuckDB-WASM (it needs no extension for it).
 * Column types are explicit so that an empty table still has the right schema.
 */
import * as aq from "arquero";
import {bool, dateDay, dictionary, int32, utf8, type DataType} from "@uwdata/flechette";

export type ArrowColumnType = "string" | "code" | "date" | "boolean" | "int";

const ARROW_TYPES: Record<ArrowColumnType, () => DataType> = {
  string: () => utf8(),
  // Dictionary-encoded: small files for low-cardinality codes, read by DuckDB as VARCHAR.
  code: () => dictionary(utf8(), int32()),
  date: () => dateDay(),
  boolean: () => bool(),
  int: () => int32()
};

/** Converts one value to what the Arrow builder wants (ISO dates become UTC Date objects). */
function arrowValue(type: ArrowColumnType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (type === "date") return new Date(`${String(value)}T00:00:00Z`);
  return value;
}

/** Serialises `rows` (objects) to an Arrow IPC stream with the given columns, in that order. */
export function rowsToArrowIPC<T extends object>(rows: readonly T[], columns: Readonly<Record<string, ArrowColumnType>>): Uint8Array {
  const data: Record<string, unknown[]> = {};
  const types: Record<string, DataType> = {};
  for (const [name, type] of Object.entries(columns)) {
    data[name] = rows.map((row) => arrowValue(type, (row as Record<string, unknown>)[name]));
    types[name] = ARROW_TYPES[type]();
  }
  return aq.toArrowIPC(aq.table(data), {format: "stream", types});
}
