import {describe, expect, it} from "vitest";
import {ECHO_LENGTH, echo} from "../../../src/lib/privacy/echo.js";
import {containsPersonalIdentityNumber} from "../../../src/lib/privacy/personal-identity-number.js";
import {syntheticPin} from "../../helpers/synthetic-pin.js";

const PIN = syntheticPin("47", "03", "18", "274", {separator: "-"});

describe("echo(value, max)", () => {
  it("returns a short value without numbers unchanged", () => {
    expect(echo("Öst, avdelning 3")).toBe("Öst, avdelning 3");
  });

  it("masks personal identity numbers, also written with a tab or an em dash", () => {
    expect(echo(`ring ${PIN} idag`)).toBe("ring [personnummer] idag");
    expect(echo(PIN.replace("-", "\t"))).toBe("[personnummer]");
    expect(echo(PIN.replace("-", "\u2014"))).toBe("[personnummer]");
  });

  it("quotes at most 200 characters (then …), whatever the input's size", () => {
    const shown = echo("x".repeat(5_000_000));
    expect(ECHO_LENGTH).toBe(200);
    expect(shown).toBe("x".repeat(200) + "…");
    expect(echo("abc", 2)).toBe("ab…");
  });

  it("never leaves part of a number at a cut, nor makes a number by cutting a longer digit run", () => {
    const text = "y".repeat(195) + PIN;
    expect(echo(text)).toBe("y".repeat(195) + "…");
    // 15 digits are no number; their first 10 (cut) could be one: the digits at the cut are dropped.
    const digits = PIN.replace("-", "") + "12345";
    expect(containsPersonalIdentityNumber(digits)).toBe(false);
    expect(echo("z".repeat(190) + digits)).toBe("z".repeat(190) + "…");
  });

  it("writes control characters (line breaks, NUL) as spaces, so a message stays one line", () => {
    expect(echo("a\nb\r\u0000c\u0085")).toBe("a b  c ");
  });

  it("never cuts a surrogate pair in half", () => {
    expect(echo("😀".repeat(3), 2)).toBe("😀😀…");
  });
});
