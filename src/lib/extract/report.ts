import type {Problem} from "./problem.js";

/**
 * What reading one extract file gave: how it was read and where every row went. Reconciliation always
 * holds: rowsRead = rowsAccepted + rowsQuarantined.
 */
export interface ExtractReport {
  /** Extract name (decisions, inspections, preparations). */
  extract: string;
  /** File name, without the folder. */
  file: string;
  /** False when the (optional) file is not in the folder. */
  present: boolean;
  encoding: string | null;
  /** Why the encoding was chosen, e.g. "UTF-8 byte-order mark". */
  encodingReason: string | null;
  delimiter: string | null;
  rowsRead: number;
  rowsAccepted: number;
  rowsQuarantined: number;
  /** Rows set aside per reason (a row with several problems counts under its first). Keys are fixed rule names. */
  quarantinedByReason: Record<string, number>;
  /**
   * The same rows per machine code of that first problem (`Problem.code`), for pages that translate
   * reasons. Always set by loadExtracts (optional in the type only for hand-made reports in tests).
   */
  quarantinedByCode?: Record<string, number>;
  /** The first problems, in file order (values already masked). */
  problems: Problem[];
  /** Warnings that did not set a row aside (e.g. mixed line endings). */
  warnings: string[];
  /** Set when the file could not be read at all; then no row of it is used. */
  fatal: string | null;
}
