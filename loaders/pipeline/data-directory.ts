import {fileURLToPath} from "node:url";
import {resolve} from "node:path";

/** The project root (two levels above this file). */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Environment variable naming the folder of extracts to build from. */
export const DATA_DIR_ENV = "LIKA_DATA_DIR";

/** The folder of extracts: $LIKA_DATA_DIR (relative to the current folder) or the built-in sample. */
export function dataDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env[DATA_DIR_ENV];
  return configured ? resolve(configured) : resolve(PROJECT_ROOT, "data/sample");
}
