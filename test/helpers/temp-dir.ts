// Temporary folders for tests, removed after the test file that made them: importing this module
// registers one afterAll hook in the importing file, so no test leaves a folder in the system's
// temporary directory (tests do not clean up by hand, and a failing test cleans up too).
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll} from "vitest";

/** Prefix of every folder lika's tests make, so leftovers are easy to find (`lika-*`). */
export const TEMP_PREFIX = "lika-";

const made: string[] = [];

/** A new empty folder `<tmpdir>/lika-<label>-XXXXXX`, removed after the current test file. */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${TEMP_PREFIX}${label}-`));
  made.push(dir);
  return dir;
}

/** Removes every folder made by `tempDir` so far (also run automatically after the test file). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true});
}

afterAll(removeTempDirs);
