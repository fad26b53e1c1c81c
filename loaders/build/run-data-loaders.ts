import {mkdir, readdir, rename, rm, utimes, writeFile} from "node:fs/promises";
import {dirname, join, relative, resolve} from "node:path";
import {pathToFileURL} from "node:url";
import {shareExtracts} from "../pipeline/build-extracts.js";
import type {DataLoader} from "../pipeline/run-loader.js";

/** Fixed modification times: every loader source, then every output one second later (fresh to Framework). */
export const LOADER_MTIME = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));
export const OUTPUT_MTIME = new Date(Date.UTC(2000, 0, 1, 0, 0, 1));

/** Data loaders below `<root>/data`: files named `<output>.ts`, such as `decisions.arrow.ts`. */
export async function findDataLoaders(root: string): Promise<{loader: string; output: string}[]> {
  const dir = join(root, "data");
  const entries = await readdir(dir, {recursive: true, withFileTypes: true}).catch(() => []);
  return entries
    .filter((e) => e.isFile() && /\.[a-z0-9]+\.ts$/i.test(e.name))
    .map((e) => {
      const loader = join(e.parentPath, e.name);
      return {loader, output: relative(root, loader).replace(/\.ts$/, "")};
    })
    .sort((a, b) => a.output.localeCompare(b.output));
}

/**
 * Runs one loader in this process (its module's default export, `dataLoader`) into a temporary file, then renames it:
 * Framework never finds a partial output. Rejects with the loader's own message.
 */
async function runLoader(loader: string, outputPath: string): Promise<void> {
  const temp = `${outputPath}.${process.pid}`;
  try {
    const module = (await import(pathToFileURL(resolve(loader)).href)) as {default?: DataLoader};
    if (typeof module.default !== "function") throw new Error("it exports no data loader (export default dataLoader(import.meta.url, …))");
    await writeFile(temp, await module.default());
    await rename(temp, outputPath);
  } catch (error) {
    await rm(temp, {force: true});
    throw new Error(`${relative(process.cwd(), loader) || loader} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Runs every data loader into `<root>/.observablehq/cache` and fixes the mtimes; returns the outputs. All of them run
 * in this one process, on extracts read once (`shareExtracts`): a process per loader would start tsx and read or
 * deserialise the extracts once per loader.
 */
export async function runDataLoaders(root: string): Promise<string[]> {
  const loaders = await findDataLoaders(root);
  // Arrow outputs (row-level tables) first: made while no counts are held yet, their transient columns add to less
  // (at a million decisions this keeps the build's peak memory about 200 MB lower).
  const order = [...loaders].sort((a, b) => Number(!a.output.endsWith(".arrow")) - Number(!b.output.endsWith(".arrow")));
  await shareExtracts(async () => {
    for (const {loader, output} of order) {
      const outputPath = join(root, ".observablehq", "cache", output);
      await mkdir(dirname(outputPath), {recursive: true});
      await runLoader(loader, outputPath);
      await utimes(loader, LOADER_MTIME, LOADER_MTIME);
      await utimes(outputPath, OUTPUT_MTIME, OUTPUT_MTIME);
    }
  });
  return loaders.map((l) => l.output);
}
