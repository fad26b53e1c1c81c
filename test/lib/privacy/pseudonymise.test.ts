import {createHash, createHmac} from "node:crypto";
import {describe, expect, it} from "vitest";
import {PSEUDONYM_ALPHABET, PSEUDONYM_KINDS, isPseudonym, type PseudonymKind} from "../../../src/lib/privacy/pseudonym-format.js";
import {containsPersonalIdentityNumber} from "../../../src/lib/privacy/personal-identity-number.js";
import {
  PSEUDONYM_KEY_ENV,
  PseudonymKeyError,
  createPseudonymGuard,
  createPseudonymiser,
  hmacSha256,
  parsePseudonymKey
} from "../../../src/lib/privacy/pseudonymise.js";

/** A deterministic synthetic 32-byte key, as 64 hex digits, derived from a label. */
function testKey(label: string): string {
  return createHash("sha256").update(`lika synthetic test key ${label}`).digest("hex");
}

const KEY_A = testKey("A");
const KEY_B = testKey("B");
const KINDS = Object.keys(PSEUDONYM_KINDS) as PseudonymKind[];

/** The pseudonym computed independently with node:crypto, for cross-checking @noble. */
function reference(keyHex: string, kind: PseudonymKind, value: string): string {
  const mac = createHmac("sha256", Buffer.from(keyHex, "hex")).update(`${PSEUDONYM_KINDS[kind]}\u0000${value}`, "utf8").digest();
  let body = "";
  for (const b of mac.subarray(0, 6)) body += PSEUDONYM_ALPHABET[b >> 4]! + PSEUDONYM_ALPHABET[b & 15]!;
  return `${PSEUDONYM_KINDS[kind]}_${body}`;
}

describe("hmacSha256", () => {
  it("matches RFC 4231 test case 2 (key 'Jefe') through the @noble call path", () => {
    const mac = hmacSha256(new TextEncoder().encode("Jefe"), new TextEncoder().encode("what do ya want for nothing?"));
    const expected = "5bdcc146 bf60754e 6a042426 089575c7 5a003f08 9d273983 9dec58b9 64ec3843".replace(/ /g, "");
    expect(Buffer.from(mac).toString("hex")).toBe(expected);
  });
});

describe("createPseudonymiser().pseudonymise", () => {
  it("gives the same pseudonym for the same key, kind and value", () => {
    const a = createPseudonymiser(KEY_A);
    const again = createPseudonymiser(KEY_A);
    expect(a.pseudonymise("decisionMaker", "beslutsfattare-1")).toBe(a.pseudonymise("decisionMaker", "beslutsfattare-1"));
    expect(again.pseudonymise("decisionMaker", "beslutsfattare-1")).toBe(a.pseudonymise("decisionMaker", "beslutsfattare-1"));
  });

  it("gives a pinned known answer, so the message format can never change unnoticed", () => {
    // Computed once with node:crypto: HMAC-SHA-256(key A, "dm\0beslutsfattare-1"), first 6 bytes.
    expect(createPseudonymiser(KEY_A).pseudonymise("decisionMaker", "beslutsfattare-1")).toBe("dm_cmckgbcbmtfm");
  });

  it("agrees with an independent node:crypto HMAC over prefix NUL value, for every kind", () => {
    const p = createPseudonymiser(KEY_A);
    for (const kind of KINDS) {
      for (const value of ["1", "op-42", "Hem Solrosen", "åäö-ÅÄÖ", "x".repeat(64)]) {
        expect(p.pseudonymise(kind, value)).toBe(reference(KEY_A, kind, value));
      }
    }
  });

  it("gives a different pseudonym under a different key", () => {
    expect(createPseudonymiser(KEY_A).pseudonymise("operation", "op-42")).not.toBe(
      createPseudonymiser(KEY_B).pseudonymise("operation", "op-42")
    );
  });

  it("gives a different pseudonym body for a different kind (domain separation)", () => {
    const p = createPseudonymiser(KEY_A);
    const bodies = KINDS.map((kind) => p.pseudonymise(kind, "same-id").split("_")[1]);
    expect(new Set(bodies).size).toBe(KINDS.length);
  });

  it("gives different pseudonyms for different values", () => {
    const p = createPseudonymiser(KEY_A);
    const out = new Set(Array.from({length: 2000}, (_, i) => p.pseudonymise("home", `home-${i}`)));
    expect(out.size).toBe(2000);
  });

  it("returns a pseudonym of the requested kind, with letters only and never a digit", () => {
    const p = createPseudonymiser(KEY_A);
    for (const kind of KINDS) {
      for (let i = 0; i < 500; i++) {
        const pseudonym = p.pseudonymise(kind, `value ${i}`);
        expect(isPseudonym(kind, pseudonym)).toBe(true);
        expect(pseudonym).not.toMatch(/[0-9]/);
        expect(containsPersonalIdentityNumber(pseudonym)).toBe(false);
      }
    }
  });

  it("is idempotent: an existing pseudonym of the same kind passes unchanged", () => {
    const p = createPseudonymiser(KEY_A);
    const once = p.pseudonymise("decisionMaker", "beslutsfattare-7");
    expect(p.pseudonymise("decisionMaker", once)).toBe(once);
    expect(p.pseudonymise("operation", "op_bcdfghjklmnp")).toBe("op_bcdfghjklmnp");
    // A pseudonym made under another key is also already pseudonymous and passes.
    const other = createPseudonymiser(KEY_B).pseudonymise("home", "h-1");
    expect(p.pseudonymise("home", other)).toBe(other);
  });

  it("pseudonymises a pseudonym of another kind rather than passing it", () => {
    const p = createPseudonymiser(KEY_A);
    const out = p.pseudonymise("decisionMaker", "op_bcdfghjklmnp");
    expect(out).not.toBe("op_bcdfghjklmnp");
    expect(isPseudonym("decisionMaker", out)).toBe(true);
  });

  it("trims the value and normalises it to Unicode NFC before hashing", () => {
    const p = createPseudonymiser(KEY_A);
    expect(p.pseudonymise("home", "  Hem Å ")).toBe(p.pseudonymise("home", "Hem Å"));
    expect(p.pseudonymise("home", "Hem A\u030a")).toBe(p.pseudonymise("home", "Hem \u00c5"));
    expect(p.pseudonymise("home", "abc")).not.toBe(p.pseudonymise("home", "ABC"));
  });

  it("throws on an empty value", () => {
    expect(() => createPseudonymiser(KEY_A).pseudonymise("operation", "  ")).toThrow(/empty/);
  });

  it("accepts the same key in upper-case hex, base64 and base64url with the same result", () => {
    const bytes = Buffer.from(KEY_A, "hex");
    const expected = createPseudonymiser(KEY_A).pseudonymise("operation", "op-42");
    for (const form of [KEY_A.toUpperCase(), bytes.toString("base64"), bytes.toString("base64url"), ` ${KEY_A}\n`]) {
      expect(createPseudonymiser(form).pseudonymise("operation", "op-42")).toBe(expected);
    }
  });

  it("throws PseudonymKeyError for an unusable key, without repeating the key", () => {
    const short = KEY_A.slice(0, 40);
    expect(() => createPseudonymiser(short)).toThrow(PseudonymKeyError);
    try {
      createPseudonymiser(short);
    } catch (e) {
      expect((e as Error).message).not.toContain(short);
    }
  });
});

describe("parsePseudonymKey", () => {
  it("accepts 64 hex digits and returns the 32 key bytes", () => {
    const r = parsePseudonymKey(KEY_A);
    expect(r.ok).toBe(true);
    if (r.ok) expect(Buffer.from(r.key).toString("hex")).toBe(KEY_A);
  });

  it("accepts longer keys (64 bytes of hex, 48 bytes of base64)", () => {
    expect(parsePseudonymKey(KEY_A + KEY_B).ok).toBe(true);
    expect(parsePseudonymKey(Buffer.from(KEY_A + KEY_B.slice(0, 32), "hex").toString("base64")).ok).toBe(true);
  });

  it("reports a missing or blank key and says how to create one", () => {
    for (const raw of [undefined, "", "   "]) {
      const r = parsePseudonymKey(raw);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.reason).toContain(`${PSEUDONYM_KEY_ENV} is not set`);
        expect(r.reason).toContain("openssl rand -hex 32");
        expect(r.reason).toContain("docs/privacy.md");
      }
    }
  });

  it("rejects a short hex key, naming its size and the minimum", () => {
    const r = parsePseudonymKey(KEY_A.slice(0, 62));
    expect(r).toEqual({ok: false, reason: expect.stringMatching(/too short: 31 bytes, at least 32 needed.*openssl rand -hex 32/)});
  });

  it("rejects a short base64 key", () => {
    const r = parsePseudonymKey(Buffer.from(KEY_A, "hex").subarray(0, 24).toString("base64"));
    expect(r).toEqual({ok: false, reason: expect.stringContaining("too short: 24 bytes")});
  });

  it("rejects an odd number of hex digits", () => {
    expect(parsePseudonymKey(KEY_A + "a")).toEqual({ok: false, reason: expect.stringContaining("odd number of hex digits")});
  });

  it("rejects text that is neither hex nor base64", () => {
    const r = parsePseudonymKey("this is my secret pseudonym key, it is long enough!!");
    expect(r).toEqual({ok: false, reason: expect.stringContaining("neither hex nor base64")});
  });

  it("rejects a passphrase that happens to be valid base64", () => {
    const r = parsePseudonymKey("correcthorsebatterystaplecorrecthorsebatterystaple");
    expect(r).toEqual({ok: false, reason: expect.stringContaining("looks like a word or passphrase")});
  });

  it("rejects obviously weak keys: one repeated byte, a short repeated pattern, a counting sequence", () => {
    for (const weak of ["0".repeat(64), "a".repeat(64), "deadbeef".repeat(8), "0123456789abcdef".repeat(4)]) {
      expect(parsePseudonymKey(weak)).toEqual({ok: false, reason: expect.stringContaining("repeats a short pattern")});
    }
    const counting = Buffer.from(Array.from({length: 32}, (_, i) => i)).toString("hex");
    expect(parsePseudonymKey(counting)).toEqual({ok: false, reason: expect.stringContaining("counting sequence")});
  });

  it("accepts many random keys (the weakness checks do not reject real keys)", () => {
    for (let i = 0; i < 200; i++) {
      const bytes = createHash("sha256").update(`random ${i}`).digest();
      expect(parsePseudonymKey(bytes.toString("hex")).ok).toBe(true);
      expect(parsePseudonymKey(bytes.toString("base64")).ok).toBe(true);
    }
  });

  it("never repeats the key in a rejection message", () => {
    for (const raw of [KEY_A.slice(0, 40), "deadbeef".repeat(8), "correcthorsebatterystaplecorrecthorsebatterystaple"]) {
      const r = parsePseudonymKey(raw);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).not.toContain(raw);
    }
  });
});

describe("createPseudonymGuard", () => {
  it("without a key, accepts ids already in pseudonym form", () => {
    const guard = createPseudonymGuard(undefined);
    expect(guard("decisionMaker", "dm_bcdfghjklmnp")).toEqual({ok: true, value: "dm_bcdfghjklmnp"});
    expect(guard("home", " home_tsrqpnmlkjhg ")).toEqual({ok: true, value: "home_tsrqpnmlkjhg"});
  });

  it("without a key, refuses a clear id with a reason telling the user to set LIKA_PSEUDONYM_KEY", () => {
    const r = createPseudonymGuard(undefined)("operation", "Solrosens HVB");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toContain("set LIKA_PSEUDONYM_KEY");
      expect(r.reason).toContain("docs/privacy.md");
      expect(r.reason).toContain("op_");
      expect(r.reason).not.toContain("Solrosens");
    }
  });

  it("without a key, refuses a pseudonym of the wrong kind", () => {
    expect(createPseudonymGuard(undefined)("operation", "dm_bcdfghjklmnp").ok).toBe(false);
  });

  it("treats a blank key as no key", () => {
    expect(createPseudonymGuard("  ")("operation", "op-42").ok).toBe(false);
    expect(createPseudonymGuard("")("operation", "op_bcdfghjklmnp").ok).toBe(true);
  });

  it("with a key, pseudonymises clear ids and passes existing pseudonyms", () => {
    const guard = createPseudonymGuard(KEY_A);
    const p = createPseudonymiser(KEY_A);
    expect(guard("operation", "op-42")).toEqual({ok: true, value: p.pseudonymise("operation", "op-42")});
    expect(guard("operation", "op_bcdfghjklmnp")).toEqual({ok: true, value: "op_bcdfghjklmnp"});
    expect(guard("operation", " ").ok).toBe(false);
  });

  it("refuses, with and without a key, a value that starts like a pseudonym but is not one (cut off, mistyped), with code malformed-pseudonym", () => {
    for (const guard of [createPseudonymGuard(undefined), createPseudonymGuard(KEY_A)]) {
      for (const value of ["dm_q", "dm_bcdfghjklmn", "DM_bcdfghjklmnpq", "dm_bcdfghjklmna"]) {
        const r = guard("decisionMaker", value);
        expect(r.ok === false && r.code, value).toBe("malformed-pseudonym");
      }
      expect(guard("decisionMaker", "dm_bcdfghjklmnp")).toEqual({ok: true, value: "dm_bcdfghjklmnp"});
    }
  });

  it("gives each refusal its code: clear-id without a key, empty for a blank value", () => {
    const r = createPseudonymGuard(undefined)("operation", "Solrosens HVB");
    expect(r.ok === false && r.code).toBe("clear-id");
    expect(createPseudonymGuard(undefined)("operation", " ")).toMatchObject({ok: false, code: "empty"});
    expect(createPseudonymGuard(KEY_A)("operation", " ")).toMatchObject({ok: false, code: "empty"});
  });

  it("with an unusable key, throws PseudonymKeyError at once", () => {
    expect(() => createPseudonymGuard("secret")).toThrow(PseudonymKeyError);
  });
});
