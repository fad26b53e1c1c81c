#!/usr/bin/env node
// The `lika` command: registers TypeScript support (tsx) and runs the CLI written in TypeScript.
import {register} from "tsx/esm/api";
import {setFlagsFromString} from "node:v8";

// A larger young generation before any work (why: loaders/pipeline/young-generation.ts, which the build uses).
setFlagsFromString("--max-semi-space-size=32");

register();
const {main} = await import("../cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
