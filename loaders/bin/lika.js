#!/usr/bin/env node
// The `lika` command: registers TypeScript support (tsx) and runs the CLI written in TypeScript.
import {register} from "tsx/esm/api";

register();
const {main} = await import("../cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
