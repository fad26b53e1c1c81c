import {spawn} from "node:child_process";
import {createWriteStream} from "node:fs";
import {mkdir, readdir, rename, rm, utimes} from "node:fs/promises";
import {dirname, join, relative} from "node:path";

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

/** Runs one loader with tsx, as Framework would, into a temporary file; rejects with its stderr. */
function runLoader(loader: string, outputPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const temp = `${outputPath}.${process.pid}`;
    const out = createWriteStream(temp);
    const child = spawn(process.execPath, ["--import", "tsx", loader], {stdio: ["ignore", "pipe", "pipe"]});
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.pipe(out);
    child.on("error", reject);
    child.on("close", (code) => {
      out.close(async () => {
        if (code === 0) {
          await rename(temp, outputPath);
          resolve();
        } else {
          await rm(temp, {force: true});
          reject(new Error(`${loader} failed: ${stderr.trim().split("\n").filter((l) => !/^npm warn/.test(l)).join(" ") || `exit code ${code}`}`));
        }
      });
    });
  });
}

/** Runs every data loader into `<root>/.observablehq/cache` and fixes the mtimes; returns the outputs. */
export async function runDataLoaders(root: string): Promise<string[]> {
  const loaders = await findDataLoaders(root);
  for (const {loader, output} of loaders) {
    const outputPath = join(root, ".observablehq", "cache", output);
    await mkdir(dirname(outputPath), {recursive: true});
    await runLoader(loader, outputPath);
    await utimes(loader, LOADER_MTIME, LOADER_MTIME);
    await utimes(outputPath, OUTPUT_MTIME, OUTPUT_MTIME);
  }
  return loaders.map((l) => l.output);
}
