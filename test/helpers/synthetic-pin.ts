// Synthetic Swedish personal identity numbers for tests, assembled at run time from parts, so that no
// date-shaped digit literal stands in any file of the repository. The check digit is computed here,
// independently of src/lib/privacy.

/** Luhn check digit of nine digits (weights 2, 1, 2, …). */
export function luhnDigit(nine: string): string {
  let sum = 0;
  [...nine].forEach((ch, k) => {
    const product = Number(ch) * (k % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  });
  return String((10 - (sum % 10)) % 10);
}

/**
 * YYMMDD + NNN + check digit, with an optional century (12-digit form) and separator before the last
 * four digits. For a coordination number pass the day plus 60.
 */
export function syntheticPin(yy: string, mm: string, dd: string, nnn: string, options: {century?: string; separator?: string} = {}): string {
  return (options.century ?? "") + yy + mm + dd + (options.separator ?? "") + nnn + luhnDigit(yy + mm + dd + nnn);
}
