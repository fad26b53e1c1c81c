#!/usr/bin/env node
// The `lika` command: registers TypeScript support (tsx) and runs the CLI written in TypeScript.
import {register} from "tsx/esm/api";

register();
// A larger young generation before any work (why: in the module; the build's prepare step sets the same).
const {useLargeYoungGeneration} = await import("../pipeline/young-generation.ts");
useLargeYoungGeneration();
const {main} = await import("../cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
