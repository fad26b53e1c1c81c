import {realpathSync} from "node:fs";
import {resolve} from "node:path";
import {fileURLToPath} from "node:url";

/**
 * The shell of every Framework data loader: produce the output, write it to stdout, and on failure
 * print one readable line to stderr and exit non-zero, so Framework never keeps a partial file.
 */
export async function runLoader(produce: () => Promise<Uint8Array | string>): Promise<void> {
  try {
    const output = await produce();
    await new Promise<void>((resolve, reject) => process.stdout.write(output, (error) => (error ? reject(error) : resolve())));
  } catch (error) {
    process.stderr.write(`lika: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.LIKA_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  }
}

/** What a data loader module exports: the function producing its output. */
export type DataLoader = () => Promise<Uint8Array | string>;

/**
 * Declares a data loader (`export default dataLoader(import.meta.url, produce)`). Run as a process, as Framework runs a
 * loader, it writes the output to stdout (`runLoader`); imported, as the prepare step imports every loader to run them
 * all in one process on extracts read once, it only hands back `produce`.
 */
export function dataLoader(moduleUrl: string, produce: DataLoader): DataLoader {
  if (isEntryPoint(moduleUrl)) void runLoader(produce);
  return produce;
}

/** True when the module at `moduleUrl` is the script this process was started with. */
export function isEntryPoint(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  return real(resolve(script)) === real(fileURLToPath(moduleUrl));
}
