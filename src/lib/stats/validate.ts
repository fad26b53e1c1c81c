/** Internal argument checks shared by the statistics modules (not re-exported). */
import {normalQuantile} from "./dists.js";

export function checkLevel(level: number, fn: string): void {
  if (!(typeof level === "number" && level > 0 && level < 1)) {
    throw new RangeError(`${fn}: level must be a fraction strictly between 0 and 1 (e.g. 0.95), got ${String(level)}`);
  }
}

export function checkNonNegative(value: number, name: string, fn: string): void {
  if (!(typeof value === "number" && Number.isFinite(value) && value >= 0)) {
    throw new RangeError(`${fn}: ${name} must be a finite number ≥ 0, got ${String(value)}`);
  }
}

export function checkProportion(value: number, name: string, fn: string): void {
  if (!(typeof value === "number" && value >= 0 && value <= 1)) {
    throw new RangeError(`${fn}: ${name} must be a proportion in [0, 1], got ${String(value)}`);
  }
}

export function checkCount(x: number, n: number, fn: string): void {
  checkNonNegative(n, "n", fn);
  checkNonNegative(x, "x", fn);
  if (x > n) throw new RangeError(`${fn}: x (${x}) must not exceed n (${n})`);
}

/** Two-sided standard normal critical value for a confidence level, Φ⁻¹((1 + level) / 2). */
export function zFor(level: number): number {
  return normalQuantile((1 + level) / 2);
}
