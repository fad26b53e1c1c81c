import {UsageError} from "./usage-error.js";

// Placeholder until the command lands: says so plainly instead of pretending to work.
export async function checkCommand(_args: string[]): Promise<number> {
  throw new UsageError("'lika check' is not available in this version yet");
}
