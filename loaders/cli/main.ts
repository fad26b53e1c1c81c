/**
 * The `lika` command line. Each sub-command lives in its own module and returns an exit code;
 * errors a user can act on are printed as one plain sentence, never a stack trace.
 */
import {readFileSync} from "node:fs";
import {ExtractError} from "../../src/lib/extract/problem.js";
import {echo} from "../../src/lib/privacy/echo.js";
import {analyzeCommand} from "./analyze.js";
import {checkCommand} from "./check.js";
import {sampleCommand} from "./sample.js";
import {UsageError} from "./usage-error.js";

const COMMANDS: Record<string, {summary: string; run: (args: string[]) => Promise<number>}> = {
  check: {summary: "validate a folder of extracts and report every row set aside", run: checkCommand},
  analyze: {summary: "compute every measure and flag for a period", run: analyzeCommand},
  sample: {summary: "write the built-in synthetic sample extracts", run: sampleCommand}
};

/** The version in package.json. */
export const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {version: string}).version;

export const MAIN_HELP = `Usage: lika <command> [options]
       lika --version

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)
  .join("\n")}

Run 'lika <command> --help' for a command's options.

Exit status: 0 success; 1 the input cannot be used (one plain sentence on stderr says why); 2 the
command was called wrongly; 70 an internal error (set LIKA_DEBUG=1 for the stack).`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    console.log(MAIN_HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-V" || name === "version") {
    console.log(`lika ${VERSION}`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(`lika: unknown command '${echo(name, 60)}'.\n\n${MAIN_HELP}`);
    return 2;
  }
  try {
    return await command.run(args);
  } catch (error) {
    // Every message may quote what the user typed or a file held: through `echo`, like every value.
    if (error instanceof UsageError) {
      console.error(`lika ${name}: ${echo(error.message, 1000)}\nRun 'lika ${name} --help' for usage.`);
      return 2;
    }
    if (error instanceof ExtractError) {
      console.error(`lika ${name}: ${echo(error.message, 2000)}`);
      return 1;
    }
    // Unexpected: still one line for the user; the stack only on request.
    console.error(`lika ${name}: internal error: ${echo(error instanceof Error ? error.message : String(error), 1000)}`);
    if (process.env.LIKA_DEBUG) console.error(error);
    return 70;
  }
}
