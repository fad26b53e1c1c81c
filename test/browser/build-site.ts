/**
 * Builds the site once per test run, as `npm run build` does, and where the machine allows it inside a
 * network namespace with no network at all: a build that reaches for a CDN or registry then fails here.
 */
import {execFileSync, spawnSync} from "node:child_process";
import {join} from "node:path";
import {PROJECT_ROOT} from "../../loaders/pipeline/data-directory.js";

export const DIST = join(PROJECT_ROOT, "dist");

/** True when `unshare -n` can run a command without network (root, or user namespaces allowed). */
export function canIsolateNetwork(): boolean {
  return spawnSync("unshare", ["-n", "true"], {stdio: "ignore"}).status === 0;
}

let built: Promise<{isolated: boolean}> | undefined;

export function buildSite(): Promise<{isolated: boolean}> {
  built ??= (async () => {
    const isolated = canIsolateNetwork();
    const [command, args] = isolated ? ["unshare", ["-n", "npm", "run", "build"]] : ["npm", ["run", "build"]];
    execFileSync(command, args, {cwd: PROJECT_ROOT, stdio: ["ignore", "ignore", "pipe"], env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}});
    return {isolated};
  })();
  return built;
}
