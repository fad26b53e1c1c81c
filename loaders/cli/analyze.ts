import {UsageError} from "./usage-error.js";

// Placeholder until the command lands: says so plainly instead of pretending to work.
export async function analyzeCommand(_args: string[]): Promise<number> {
  throw new UsageError("'lika analyze' is not available in this version yet");
}
