/**
 * The `lika` command line. Each sub-command lives in its own module and returns an exit code;
 * errors a user can act on are printed as one plain sentence, never a stack trace.
 */
import {ExtractError} from "../../src/lib/extract/problem.js";
import {analyzeCommand} from "./analyze.js";
import {checkCommand} from "./check.js";
import {sampleCommand} from "./sample.js";
import {UsageError} from "./usage-error.js";

const COMMANDS: Record<string, {summary: string; run: (args: string[]) => Promise<number>}> = {
  check: {summary: "validate a folder of extracts and report every row set aside", run: checkCommand},
  analyze: {summary: "compute every measure and flag for a period", run: analyzeCommand},
  sample: {summary: "write the built-in synthetic sample extracts", run: sampleCommand}
};

export const MAIN_HELP = `Usage: lika <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)
  .join("\n")}

Run 'lika <command> --help' for a command's options.`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    console.log(MAIN_HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`lika: unknown command '${name}'.\n\n${MAIN_HELP}`);
    return 2;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`lika ${name}: ${error.message}\nRun 'lika ${name} --help' for usage.`);
      return 2;
    }
    if (error instanceof ExtractError) {
      console.error(`lika ${name}: ${error.message}`);
      return 1;
    }
    // Unexpected: still one line for the user; the stack only on request.
    console.error(`lika ${name}: internal error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.LIKA_DEBUG) console.error(error);
    return 70;
  }
}
