/** The folder of extracts named on the command line, checked before anything is read. */
import {stat} from "node:fs/promises";
import {ExtractError} from "../../src/lib/extract/problem.js";
import {echo} from "../../src/lib/privacy/echo.js";
import {fileErrorPhrase} from "../extract/regular-file.js";

/**
 * Returns `folder` when it is a folder that exists; otherwise throws an ExtractError (exit 1) with one
 * sentence that quotes the name as typed through `echo` (shortened, personal identity numbers masked).
 */
export async function requireFolder(folder: string): Promise<string> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(folder)).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ExtractError(code === "ENOENT" || code === "ENOTDIR" ? `the folder '${echo(folder)}' does not exist` : `the folder '${echo(folder)}' cannot be read: ${fileErrorPhrase(e)}`);
  }
  if (!isFolder) throw new ExtractError(`'${echo(folder)}' is a file, not a folder of extracts`);
  return folder;
}
