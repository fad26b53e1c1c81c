/**
 * The counts a data loader writes for the page "Eskaleringstrappor" (escalation-counts.json), and back: stage (a) of the
 * escalation measures (moves, episodes, spells) as compact columnar JSON, each text column a dictionary of its distinct
 * values plus one index per row, each number column as it is. The indices are packed into one string of fixed-width
 * base-36 digits (0 = null, i + 1 = values[i]): a third of the bytes of a JSON array of numbers, which keeps the page
 * within its download budget. No library is needed in the browser.
 */
import type {EscalationCounts} from "./escalation-counts.js";

/** One table, column by column. */
export interface ColumnTable {
  rows: number;
  /** Per text column: distinct values (sorted), and each row's index + 1 (0 for null) as `width` base-36 digits. */
  text: Record<string, {values: string[]; width: number; index: string}>;
  /** Per number column: each row's value (null allowed). */
  numbers: Record<string, (number | null)[]>;
}

export interface EscalationCountsFile {
  /** Format version: a page refuses a file it does not know. */
  version: 2;
  moves: ColumnTable;
  episodes: ColumnTable;
  spells: ColumnTable;
}

type Row = Record<string, string | number | null>;

/** Encodes rows whose fields are text (or null) or numbers (or null): a column is text when any row holds a string in it. */
export function encodeColumns(rows: readonly object[]): ColumnTable {
  const records = rows as readonly Row[];
  const keys = records.length ? Object.keys(records[0]!) : [];
  const text: ColumnTable["text"] = {};
  const numbers: ColumnTable["numbers"] = {};
  for (const key of keys) {
    const column = records.map((r) => r[key] ?? null);
    if (column.some((v) => typeof v === "string")) {
      const values = [...new Set(column.filter((v): v is string => v !== null))].map(String).sort();
      const width = Math.max(1, Math.ceil(Math.log(values.length + 1) / Math.log(36)));
      // Each value's digits made once (a million rows hold few distinct values per column).
      const code = (i: number) => i.toString(36).padStart(width, "0");
      const at = new Map(values.map((v, i) => [v, code(i + 1)]));
      const none = code(0);
      text[key] = {values, width, index: column.map((v) => (v === null ? none : at.get(String(v))!)).join("")};
    } else {
      numbers[key] = column as (number | null)[];
    }
  }
  return {rows: records.length, text, numbers};
}

/** The rows of a table (fields in no particular order). */
export function decodeColumns<T>(table: ColumnTable): T[] {
  const out: Row[] = [];
  for (let i = 0; i < table.rows; i++) {
    const row: Row = {};
    for (const [key, {values, width, index}] of Object.entries(table.text)) {
      const at = parseInt(index.slice(i * width, (i + 1) * width), 36);
      row[key] = at === 0 ? null : values[at - 1]!;
    }
    for (const [key, column] of Object.entries(table.numbers)) row[key] = column[i] ?? null;
    out.push(row);
  }
  return out as T[];
}

export function encodeEscalationCounts(counts: EscalationCounts): EscalationCountsFile {
  return {version: 2, moves: encodeColumns(counts.moves), episodes: encodeColumns(counts.episodes), spells: encodeColumns(counts.spells)};
}

/** The counts of a file's JSON value; throws a readable error for a file of another version. */
export function decodeEscalationCounts(file: EscalationCountsFile): EscalationCounts {
  if (file?.version !== 2) throw new Error(`escalation-counts.json: unknown format version ${String((file as {version?: unknown})?.version)}`);
  return {moves: decodeColumns(file.moves), episodes: decodeColumns(file.episodes), spells: decodeColumns(file.spells)};
}
