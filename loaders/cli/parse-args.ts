import {parseArgs, type ParseArgsConfig} from "node:util";
import {UsageError} from "./usage-error.js";

/** node:util parseArgs, with its errors turned into usage errors a person can read. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({args, options, allowPositionals, strict: true});
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify.*$/s, ".") : String(error));
  }
}

/** A numeric option, checked. */
export function numberOption(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new UsageError(`--${name} must be a number, got '${raw}'`);
  return n;
}
