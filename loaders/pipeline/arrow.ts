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

/** Serialises columns (arrays of equal length) to an Arrow IPC stream with the given types, in that order. */
export function columnsToArrowIPC(columns: Readonly<Record<string, readonly unknown[]>>, types: Readonly<Record<string, ArrowColumnType>>): Uint8Array {
  const data: Record<string, unknown[]> = {};
  const arrowTypes: Record<string, DataType> = {};
  for (const [name, type] of Object.entries(types)) {
    const values = columns[name] ?? [];
    data[name] = type === "date" ? datesOf(values) : values.map((v) => (v === undefined ? null : v));
    arrowTypes[name] = ARROW_TYPES[type]();
  }
  return aq.toArrowIPC(aq.table(data), {format: "stream", types: arrowTypes});
}

/** ISO dates as UTC Date objects, one object per distinct date (a million rows hold a few thousand dates). */
function datesOf(values: readonly unknown[]): (Date | null)[] {
  const made = new Map<string, Date>();
  return values.map((value) => {
    if (value === null || value === undefined) return null;
    const text = String(value);
    let date = made.get(text);
    if (date === undefined) made.set(text, (date = new Date(`${text}T00:00:00Z`)));
    return date;
  });
}
