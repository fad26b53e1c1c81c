import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {
  PERSONAL_IDENTITY_NUMBER_MASK,
  containsPersonalIdentityNumber,
  findPersonalIdentityNumbers,
  maskPersonalIdentityNumbers,
  maskValue
} from "../../../src/lib/privacy/personal-identity-number.js";
import {luhnDigit, PIN_TEXT_SEPARATORS, syntheticPin} from "../../helpers/synthetic-pin.js";

// Synthetic numbers only, assembled at run time from parts; the check digit is computed here,
// independently of the code under test. No date-shaped 10- or 12-digit literal appears in this file.

const luhn = luhnDigit;
const pin = syntheticPin;

/** The same, with a wrong check digit. */
function badCheck(yy: string, mm: string, dd: string, nnn: string, opts: {century?: string; separator?: string} = {}): string {
  const wrong = String((Number(luhn(yy + mm + dd + nnn)) + 1) % 10);
  return (opts.century ?? "") + yy + mm + dd + (opts.separator ?? "") + nnn + wrong;
}

const TEN = pin("12", "12", "12", "121");
const TEN_DASH = pin("12", "12", "12", "121", {separator: "-"});
const TWELVE = pin("12", "12", "12", "121", {century: "19"});
const TWELVE_DASH = pin("12", "12", "12", "121", {century: "19", separator: "-"});

describe("luhn (test helper)", () => {
  it("doubles odd positions from the left and sums the digits of products", () => {
    expect(luhn("0".repeat(9))).toBe("0");
    expect(luhn("1" + "0".repeat(8))).toBe("8"); // 1*2 = 2
    expect(luhn("5" + "0".repeat(8))).toBe("9"); // 5*2 = 10 -> 1
    expect(luhn("0" + "7" + "0".repeat(7))).toBe("3"); // 7*1 = 7
  });
});

describe("findPersonalIdentityNumbers", () => {
  it("finds a 10-digit number without separator and reports its span", () => {
    const text = "id " + TEN + " end";
    expect(findPersonalIdentityNumbers(text)).toEqual([{start: 3, end: 13, kind: "personnummer"}]);
  });

  it("finds a 12-digit number without separator", () => {
    expect(findPersonalIdentityNumbers(TWELVE)).toEqual([{start: 0, end: 12, kind: "personnummer"}]);
  });

  it("finds 10- and 12-digit numbers with a '-' separator", () => {
    expect(findPersonalIdentityNumbers(TEN_DASH)).toEqual([{start: 0, end: 11, kind: "personnummer"}]);
    expect(findPersonalIdentityNumbers(TWELVE_DASH)).toEqual([{start: 0, end: 13, kind: "personnummer"}]);
  });

  it("finds a number with the '+' separator used for people aged 100 or more", () => {
    expect(containsPersonalIdentityNumber(pin("12", "12", "12", "121", {separator: "+"}))).toBe(true);
  });

  it("finds a number with any dash, minus sign, space character, U+FFFD or a run of up to three of them as separator", () => {
    for (const sep of PIN_TEXT_SEPARATORS) {
      for (const form of [pin("12", "12", "12", "121", {separator: sep}), pin("12", "12", "12", "121", {century: "19", separator: sep})]) {
        const text = `x ${form} y`;
        expect(findPersonalIdentityNumbers(text), JSON.stringify(sep)).toEqual([{start: 2, end: 2 + form.length, kind: "personnummer"}]);
        expect(maskPersonalIdentityNumbers(text)).toBe("x [personnummer] y");
      }
    }
  });

  it("does not take four separators, or a comma or letters between the parts, as one number", () => {
    const [head, tail] = [TEN.slice(0, 6), TEN.slice(6)];
    for (const between of ["    ", ",", "ab", "/"]) expect(containsPersonalIdentityNumber(head + between + tail), between).toBe(false);
  });

  it("tolerates a space, a no-break space and an en dash as separator", () => {
    for (const sep of [" ", "\u00a0", "\u2013"]) {
      expect(containsPersonalIdentityNumber("x " + pin("12", "12", "12", "121", {separator: sep}) + " y")).toBe(true);
      expect(containsPersonalIdentityNumber(pin("12", "12", "12", "121", {century: "20", separator: sep}))).toBe(true);
    }
  });

  it("does not accept other separators such as '/' or '.'", () => {
    expect(containsPersonalIdentityNumber(pin("12", "12", "12", "121", {separator: "/"}))).toBe(false);
    expect(containsPersonalIdentityNumber(pin("12", "12", "12", "121", {separator: "."}))).toBe(false);
  });

  it("finds coordination numbers (day + 60) and labels them", () => {
    const coord = pin("12", "12", "72", "121", {separator: "-"});
    expect(findPersonalIdentityNumbers(coord)).toEqual([{start: 0, end: 11, kind: "samordningsnummer"}]);
    expect(containsPersonalIdentityNumber(pin("12", "12", "91", "121"))).toBe(true); // day 31 + 60
    expect(containsPersonalIdentityNumber(pin("12", "12", "72", "121", {century: "20"}))).toBe(true);
  });

  it("rejects a bad check digit in every form", () => {
    expect(containsPersonalIdentityNumber(badCheck("12", "12", "12", "121"))).toBe(false);
    expect(containsPersonalIdentityNumber(badCheck("12", "12", "12", "121", {separator: "-"}))).toBe(false);
    expect(containsPersonalIdentityNumber(badCheck("12", "12", "12", "121", {century: "19"}))).toBe(false);
    expect(containsPersonalIdentityNumber(badCheck("12", "12", "72", "121"))).toBe(false);
  });

  it("rejects impossible months and days", () => {
    expect(containsPersonalIdentityNumber(pin("12", "13", "12", "121"))).toBe(false); // month 13
    expect(containsPersonalIdentityNumber(pin("12", "00", "12", "121"))).toBe(false); // month 00
    expect(containsPersonalIdentityNumber(pin("12", "12", "00", "121"))).toBe(false); // day 00
    expect(containsPersonalIdentityNumber(pin("12", "12", "32", "121"))).toBe(false); // day 32
    expect(containsPersonalIdentityNumber(pin("12", "04", "31", "121"))).toBe(false); // 31 April
    expect(containsPersonalIdentityNumber(pin("12", "02", "30", "121"))).toBe(false); // 30 February
    expect(containsPersonalIdentityNumber(pin("12", "12", "60", "121"))).toBe(false); // coordination day 0
    expect(containsPersonalIdentityNumber(pin("12", "12", "92", "121"))).toBe(false); // coordination day 32
    expect(containsPersonalIdentityNumber(pin("12", "04", "91", "121"))).toBe(false); // coordination 31 April
  });

  it("checks 29 February against the real calendar when the century is known", () => {
    expect(containsPersonalIdentityNumber(pin("00", "02", "29", "121", {century: "20"}))).toBe(true); // 2000 leap
    expect(containsPersonalIdentityNumber(pin("00", "02", "29", "121", {century: "19"}))).toBe(false); // 1900 not
    expect(containsPersonalIdentityNumber(pin("12", "02", "29", "121", {century: "20"}))).toBe(true);
    expect(containsPersonalIdentityNumber(pin("13", "02", "29", "121", {century: "20"}))).toBe(false);
    expect(containsPersonalIdentityNumber(pin("13", "02", "89", "121", {century: "20"}))).toBe(false); // coordination
  });

  it("accepts 29 February in a 10-digit number only when YY is divisible by 4", () => {
    expect(containsPersonalIdentityNumber(pin("00", "02", "29", "121"))).toBe(true);
    expect(containsPersonalIdentityNumber(pin("12", "02", "29", "121"))).toBe(true);
    expect(containsPersonalIdentityNumber(pin("13", "02", "29", "121"))).toBe(false);
  });

  it("rejects a 12-digit run whose century is not 18, 19 or 20", () => {
    expect(containsPersonalIdentityNumber(pin("12", "12", "12", "121", {century: "21"}))).toBe(false);
    expect(containsPersonalIdentityNumber(pin("12", "12", "12", "121", {century: "12", separator: "-"}))).toBe(false);
  });

  it("does not match organisation numbers, whose month digits are 20 or more", () => {
    expect(containsPersonalIdentityNumber(pin("12", "21", "12", "121", {separator: "-"}))).toBe(false);
    expect(containsPersonalIdentityNumber(pin("12", "61", "12", "121"))).toBe(false);
  });

  it("rejects a valid number inside a longer digit run", () => {
    expect(containsPersonalIdentityNumber("1" + TEN)).toBe(false);
    expect(containsPersonalIdentityNumber(TEN + "1")).toBe(false);
    expect(containsPersonalIdentityNumber("1" + TEN_DASH)).toBe(false);
    expect(containsPersonalIdentityNumber(TEN_DASH + "1")).toBe(false);
    expect(containsPersonalIdentityNumber("1" + TWELVE)).toBe(false);
    expect(containsPersonalIdentityNumber(TWELVE + "1")).toBe(false);
    expect(containsPersonalIdentityNumber("0000" + TWELVE_DASH)).toBe(false);
  });

  it("matches when letters or punctuation touch the digits", () => {
    expect(containsPersonalIdentityNumber("ab" + TEN + "cd")).toBe(true);
    expect(containsPersonalIdentityNumber("(" + TWELVE_DASH + ")")).toBe(true);
    expect(containsPersonalIdentityNumber("x_" + TEN_DASH)).toBe(true);
  });

  it("falls back to the 10-digit reading when an 8-digit run plus separator does not fit", () => {
    // "TEN then space then 4 digits": the 10-digit run is the number; the 4 digits are other text.
    const text = TEN + " 1234";
    expect(findPersonalIdentityNumbers(text)).toEqual([{start: 0, end: 10, kind: "personnummer"}]);
  });

  it("finds several numbers in one text, in order", () => {
    const other = pin("12", "11", "71", "343", {century: "20", separator: "-"});
    const text = `a ${TEN_DASH}, b ${other}; c`;
    const found = findPersonalIdentityNumbers(text);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual([TEN_DASH, other]);
  });

  it("ignores ordinary numbers, ISO dates and short digit runs", () => {
    for (const text of ["", "no digits", "2023-12-01", "12345", "12-12-12", "case 2023/1234", "tel 08-123 456 78"]) {
      expect(findPersonalIdentityNumbers(text)).toEqual([]);
    }
  });

  it("finds numbers in every one of a sweep of synthetic serials, and rejects every wrong check digit", () => {
    for (let s = 0; s < 1000; s += 37) {
      const nnn = String(s).padStart(3, "0");
      expect(containsPersonalIdentityNumber(pin("12", "12", "12", nnn, {separator: "-"}))).toBe(true);
      const right = Number(luhn("121212" + nnn));
      for (let c = 0; c < 10; c++) {
        if (c === right) continue;
        expect(containsPersonalIdentityNumber("121212" + "-" + nnn + String(c))).toBe(false);
      }
    }
  });
});

describe("maskPersonalIdentityNumbers", () => {
  it("replaces each number by the fixed mask and keeps the rest of the text", () => {
    const text = `Beslut om ${TEN_DASH} och ${TWELVE}, se bilaga.`;
    expect(maskPersonalIdentityNumbers(text)).toBe(
      `Beslut om ${PERSONAL_IDENTITY_NUMBER_MASK} och ${PERSONAL_IDENTITY_NUMBER_MASK}, se bilaga.`
    );
  });

  it("uses the same mask for every number, so nothing about the number remains", () => {
    const a = maskPersonalIdentityNumbers(TEN);
    const b = maskPersonalIdentityNumbers(pin("12", "11", "71", "343", {century: "20", separator: "-"}));
    expect(a).toBe("[personnummer]");
    expect(b).toBe(a);
    expect(a).not.toMatch(/\d/);
  });

  it("returns text without numbers unchanged", () => {
    const text = "Inga nummer här: 2023-12-01, " + "1" + TEN;
    expect(maskPersonalIdentityNumbers(text)).toBe(text);
  });
});

describe("maskValue", () => {
  it("masks a string value and passes null and undefined through", () => {
    expect(maskValue("x " + TEN_DASH)).toBe("x [personnummer]");
    expect(maskValue(null)).toBeNull();
    expect(maskValue(undefined)).toBeUndefined();
  });
});

describe("test hygiene", () => {
  it("these privacy test and source files contain no date-shaped 10- or 12-digit literal", () => {
    const files = [
      new URL(import.meta.url),
      new URL("./pseudonymise.test.ts", import.meta.url),
      new URL("../../helpers/synthetic-pin.ts", import.meta.url),
      new URL("../../../src/lib/privacy/personal-identity-number.ts", import.meta.url),
      new URL("../../../src/lib/privacy/pseudonymise.ts", import.meta.url)
    ];
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      // YY(YY) MM DD [sep] NNNN with a plausible month and day (or day + 60), bounded by non-digits.
      expect(source, file.pathname).not.toMatch(
        /(?<!\d)(\d{2})?\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])[-+ ]?\d{4}(?!\d)/
      );
    }
  });
});
