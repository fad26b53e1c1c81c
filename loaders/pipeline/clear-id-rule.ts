/** The clear-id rule: whether a file holding ids in clear (and no key) is used, judged on the whole file, and what its report says. */
import {PSEUDONYM_KEY_ENV} from "../../src/lib/privacy/pseudonymise.js";

/**
 * True when a file holds ids in clear, judged on the whole file: more than half of the rows read have
 * an id in clear (and there is no key). One or a few such rows are damage, set aside like any other.
 */
export function holdsClearIds(clearIdRows: number, rowsRead: number): boolean {
  return clearIdRows > 0 && clearIdRows * 2 > rowsRead;
}

/** Why a file that holds ids in clear is not used (`columns`: the columns they were found in). */
export function clearIdsFatal(file: string, clearIdRows: number, rowsRead: number, columns: Iterable<string>): string {
  const listed = [...columns].sort().join(", ");
  return (
    `${file}: ${clearIdRows} of ${rowsRead} rows hold ids in clear (${listed}) and ${PSEUDONYM_KEY_ENV} is not set, so the file is not used: ` +
    `set ${PSEUDONYM_KEY_ENV} (create one with \`openssl rand -hex 32\`; see docs/privacy.md) or supply pseudonymised ids`
  );
}

/** The warning of a file that is used although some of its rows held an id in clear (those were set aside). */
export function clearIdsWarning(clearIdRows: number): string {
  return `${clearIdRows} row(s) hold an id in clear and were set aside; if the extract is meant to hold clear ids, set ${PSEUDONYM_KEY_ENV}`;
}
