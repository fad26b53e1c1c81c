import {expect} from "vitest";

/** Asserts |actual − expected| ≤ tol · max(1, |expected|) (relative for large values, absolute near 0). */
export function expectClose(actual: number, expected: number, tol = 1e-9): void {
  const scale = Math.max(1, Math.abs(expected));
  const ok = Math.abs(actual - expected) <= tol * scale;
  if (!ok) {
    expect.fail(`expected ${actual} to be within ${tol}·${scale} of ${expected} (difference ${actual - expected})`);
  }
}

/** Asserts actual rounds to `expected`, which is given to `decimals` decimal places (|a − e| ≤ ½·10^−decimals). */
export function expectRounded(actual: number, expected: number, decimals: number): void {
  const half = 0.5 * 10 ** -decimals + 1e-15;
  if (!(Math.abs(actual - expected) <= half)) {
    expect.fail(`expected ${actual} to round to ${expected} at ${decimals} decimals (difference ${actual - expected})`);
  }
}

/** qnorm(0.975) and qnorm(0.999) from R (printed to 16 significant digits by print(qnorm(.975), digits = 16)). */
export const Z95 = 1.959963984540054;
export const Z998 = 3.090232306167813;
