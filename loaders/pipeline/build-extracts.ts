/**
 * The extracts as the data loaders see them, read once per build. Framework runs every data loader as
 * its own process; without this each of them would parse and validate the whole folder again (about
 * 36 s at a million decisions). The first loader stores the result in Framework's cache folder, which the
 * prepare step clears before every build and preview; later loaders with the same inputs read it back.
 * (While `npm run dev` runs, a change to the validation code needs a restart, as for Framework's own cache.)
 */
import {createHash} from "node:crypto";
import {mkdir, readFile, rename, writeFile} from "node:fs/promises";
import {join, resolve} from "node:path";
import {deserialize, serialize} from "node:v8";
import {SCHEMAS} from "../../src/lib/extract/schema.js";
import {PSEUDONYM_KEY_ENV} from "../../src/lib/privacy/pseudonymise.js";
import {PROJECT_ROOT} from "./data-directory.js";
import {fileEntry} from "../extract/regular-file.js";
import {ExtractError} from "../../src/lib/extract/problem.js";
import {buildStopper, isStrict, loadExtracts, type LoadedExtracts} from "./load-extracts.js";

/** What the loaders need: the accepted rows, the reports and extract.json (not the quarantine ledger). */
export type BuildExtracts = Omit<LoadedExtracts, "quarantine">;

/** Where the per-build result is kept: inside Framework's cache, so `prepare` clears it. */
export const BUILD_EXTRACTS_CACHE = join(PROJECT_ROOT, "src", ".observablehq", "cache", "lika");

/** A key over everything the result depends on: the bytes of each input file and the pseudonym key (hashed). */
async function cacheKey(dir: string, env: NodeJS.ProcessEnv): Promise<string> {
  const hash = createHash("sha256");
  for (const file of [...SCHEMAS.map((s) => `${s.name}.csv`), "extract.json"]) {
    hash.update(`\0${file}\0`);
    // Only a regular file is read (a named pipe would block the build); anything else is its verdict.
    const entry = await fileEntry(join(dir, file));
    hash.update(entry.kind === "file" ? await readFile(join(dir, file)).catch(() => "unreadable") : entry.kind === "absent" ? "absent" : `unusable ${entry.reason}`);
  }
  hash.update(`\0key\0${createHash("sha256").update(env[PSEUDONYM_KEY_ENV] ?? "").digest("hex")}`);
  return hash.digest("hex").slice(0, 32);
}

/**
 * While `shareExtracts` runs (the prepare step running every data loader in one process), the extracts read once,
 * per folder and pseudonym key: no file to write, hash or read back, and each loader gets the same objects.
 */
let shared: Map<string, Promise<BuildExtracts>> | null = null;

/** Runs `work` with the extracts read at most once per folder and key inside it (the inputs must not change meanwhile). */
export async function shareExtracts<T>(work: () => Promise<T>): Promise<T> {
  const outer = shared;
  shared = outer ?? new Map();
  try {
    return await work();
  } finally {
    shared = outer;
  }
}

/** `loadExtracts(dir)` without the quarantine ledger, computed at most once per build for the same inputs. */
export async function readBuildExtracts(dir: string, env: NodeJS.ProcessEnv = process.env, cacheDir = BUILD_EXTRACTS_CACHE): Promise<BuildExtracts> {
  if (shared !== null) {
    const key = `${resolve(dir)}\0${createHash("sha256").update(env[PSEUDONYM_KEY_ENV] ?? "").digest("hex")}`;
    let loading = shared.get(key);
    if (loading === undefined) {
      loading = loadExtracts(dir, {env}).then(({quarantine: _ledger, ...loaded}) => {
        reportSetAside(loaded);
        return loaded;
      });
      shared.set(key, loading);
    }
    return loading;
  }
  const path = join(cacheDir, `extracts-${await cacheKey(dir, env)}.v8`);
  const cached = await readFile(path).catch(() => null);
  if (cached) return deserialize(cached) as BuildExtracts;
  const {quarantine: _ledger, ...loaded} = await loadExtracts(dir, {env});
  await mkdir(cacheDir, {recursive: true});
  // Write then rename, so a loader never reads a half-written file.
  await writeFile(`${path}.${process.pid}`, serialize(loaded));
  await rename(`${path}.${process.pid}`, path);
  return loaded;
}

/**
 * The extracts for the data loaders (read once per build, `readBuildExtracts`): throws an ExtractError when
 * a file cannot be read (or, with LIKA_STRICT, when any row was set aside); otherwise says on stderr how
 * many rows were set aside.
 */
export async function loadExtractsForBuild(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<BuildExtracts> {
  const loaded = await readBuildExtracts(dir, env);
  const stop = buildStopper(loaded, isStrict(env));
  if (stop !== null) throw new ExtractError(stop);
  // Shared extracts said this once when read; a loader run on its own says it each time.
  if (shared === null) reportSetAside(loaded);
  return loaded;
}

/** Says on stderr how many rows of each file were set aside. */
function reportSetAside(loaded: BuildExtracts): void {
  for (const r of loaded.reports) {
    if (r.rowsQuarantined > 0) {
      process.stderr.write(`lika: ${r.file}: ${r.rowsQuarantined} of ${r.rowsRead} rows set aside (see the page Datakvalitet, or run 'lika check')\n`);
    }
  }
}
