import {describe, expect, it} from "vitest";
import {sha256} from "@noble/hashes/sha2.js";
import {bytesToHex, utf8ToBytes} from "@noble/hashes/utils.js";
import {matchHeader} from "../../../../src/lib/extract/header.js";
import {DECISIONS_SCHEMA, INSPECTIONS_SCHEMA, type ExtractSchema} from "../../../../src/lib/extract/schema.js";
import {createPseudonymGuard} from "../../../../src/lib/privacy/pseudonymise.js";
import {validateRecordBytes, validateRow, type RowContext} from "../../../../src/lib/extract/validate/row.js";
import {rowRulesOf} from "../../../../src/lib/extract/validate/rules-of.js";
import {StringIndex} from "../../../../src/lib/extract/validate/string-index.js";
import {syntheticPin} from "./helpers.js";

// A test key derived at run time (never a key anyone uses).
const TEST_KEY = bytesToHex(sha256(utf8ToBytes("lika row-bytes.test.ts key")));

function context(schema: ExtractSchema, header: string[], key?: string): RowContext {
  const match = matchHeader(schema, header);
  if (!match.ok) throw new Error("test header does not match");
  return {schema, file: `${schema.name}.csv`, header, indexOf: match.indexOf, pseudonym: createPseudonymGuard(key), period: null, rules: rowRulesOf(schema.name)};
}

/** The tokenizer's form of a record: fields joined by 0x00, bytes as UTF-8. */
const asBytes = (fields: readonly string[]): Uint8Array => new TextEncoder().encode(fields.join("\0"));

const DECISION_HEADER = [...DECISIONS_SCHEMA.columns.map((c) => c.name), "comment"];
const DECISION: Record<string, string> = {
  decision_id: "B-0000001", case_id: "A-0000001", operation_id: "op_bcdfghjklmnp", operation_type: "hvb", case_type: "frequency", national_area: "",
  department: "ost", decision_maker: "dm_bcdfghjklmnp", decision_maker_role: "unit_manager", case_opened: "2023-01-01", decision_date: "2023-02-01",
  decision_type: "criticism", deficiencies: "yes", deficiency_areas: "documentation|timeliness", comment: "free text"
};

/** Variants of one field each: values the fast path must take, and values it must leave to the text path. */
const VARIANTS: [string, string][] = [
  ["department", "OST"], ["department", " ost "], ["department", "Nord"], ["department", "Öst"], ["department", "nordost"], ["department", ""],
  ["decision_id", "B-1/2023:x.y_z"], ["decision_id", "B 1"], ["decision_id", "x".repeat(64)], ["decision_id", "x".repeat(65)], ["decision_id", "-B1"], ["decision_id", "Ärende-1"],
  ["case_id", "a-1"], ["case_id", ""],
  ["operation_id", "op_bcdfghjklmn"], ["operation_id", "OP_BCDFGHJKLMNP"], ["operation_id", "op_bcdfghjklmna"], ["operation_id", "Solgläntan HVB"], ["operation_id", "Solglantan HVB"], ["operation_id", "dm_bcdfghjklmnp"],
  ["decision_maker", " dm_cdfghjklmnpq"],
  ["case_opened", "2023-02-29"], ["case_opened", "2024-02-29"], ["case_opened", "0099-01-01"], ["case_opened", "2023-1-01"], ["case_opened", "2023-13-01"], ["case_opened", "2023-02-02"],
  ["decision_date", "2023-02-01T00"], ["decision_date", "2000-02-29"], ["decision_date", "1900-02-29"],
  ["deficiencies", "JA"], ["deficiencies", "n"], ["deficiencies", "nej"], ["deficiencies", "maybe"], ["deficiencies", "no"],
  ["deficiency_areas", ""], ["deficiency_areas", " documentation | | DOCUMENTATION "], ["deficiency_areas", "documentation|nonsense"], ["deficiency_areas", "|"],
  ["national_area", "lss_adults"], ["case_type", "national"],
  ["comment", "ring 070 123 45 67"], ["comment", `called ${syntheticPin()}`], ["comment", "ÅÄÖ"], ["comment", "1234567890"]
];

describe("validateRecordBytes(context, bytes, line): the fast path agrees with validateRow", () => {
  for (const key of [undefined, TEST_KEY]) {
    it(`gives validateRow's values for every record it takes, and takes none validateRow sets aside (${key ? "with" : "without"} a key)`, () => {
      const ctx = context(DECISIONS_SCHEMA, DECISION_HEADER, key);
      let taken = 0;
      for (const [column, value] of [["comment", "free text"] as [string, string], ...VARIANTS]) {
        const fields = DECISION_HEADER.map((h) => (h === column ? value : DECISION[h]!));
        const slow = validateRow(ctx, fields, 7);
        const fast = validateRecordBytes(ctx, asBytes(fields), 7);
        if (fast !== null) {
          taken++;
          expect(slow, `${column}=${value}`).toEqual({kind: "accepted", values: fast});
        }
      }
      // The plain record and most accepted variants go the fast way (the test would prove nothing otherwise).
      expect(taken).toBeGreaterThan(10);
    });
  }

  it("leaves to the text path a record of the wrong shape, the header again, and anything not ASCII", () => {
    const ctx = context(DECISIONS_SCHEMA, DECISION_HEADER);
    const fields = DECISION_HEADER.map((h) => DECISION[h]!);
    expect(validateRecordBytes(ctx, asBytes(fields), 2)).not.toBeNull();
    expect(validateRecordBytes(ctx, asBytes(fields.slice(1)), 2)).toBeNull();
    expect(validateRecordBytes(ctx, asBytes([...fields, "extra"]), 2)).toBeNull();
    expect(validateRecordBytes(ctx, asBytes(DECISION_HEADER), 2)).toBeNull();
    expect(validateRecordBytes(ctx, asBytes(fields.map((f, i) => (i === 14 ? "Åre" : f))), 2)).toBeNull();
    // A view into a larger buffer: only bytes[0..length) count.
    const bytes = asBytes(fields);
    const padded = new Uint8Array(bytes.length + 5);
    padded.set(bytes);
    padded.set([0, 0x41, 0x42, 0x43, 0x44], bytes.length);
    expect(validateRecordBytes(ctx, padded, 2, bytes.length)).toEqual(validateRecordBytes(ctx, bytes, 2));
  });

  it("reads whole numbers and optional codes of the inspections as the text path does", () => {
    const header = INSPECTIONS_SCHEMA.columns.map((c) => c.name);
    const ctx = context(INSPECTIONS_SCHEMA, header);
    const base: Record<string, string> = {
      inspection_id: "I-000001", home_id: "home_bcdfghjklmnp", home_type: "hvb", department: "nord", inspection_date: "2023-01-04", team: "nord-17",
      decision_id: "B-0003582", children_placed: "3", children_agreed: "2", children_spoken: "1", no_conversation_reason: ""
    };
    const variants: [string, string][] = [["children_placed", "+3"], ["children_placed", "-0"], ["children_placed", "501"], ["children_placed", "3.0"], ["children_placed", "+"], ["children_placed", "0003"], ["decision_id", ""], ["no_conversation_reason", "all_declined"], ["children_spoken", "+1"]];
    let taken = 0;
    for (const [column, value] of [["team", "nord-17"] as [string, string], ...variants]) {
      const fields = header.map((h) => (h === column ? value : base[h]!));
      const fast = validateRecordBytes(ctx, asBytes(fields), 3);
      if (fast !== null) {
        taken++;
        expect(validateRow(ctx, fields, 3), `${column}=${value}`).toEqual({kind: "accepted", values: fast});
      } else expect(validateRow(ctx, fields, 3).kind, `${column}=${value}`).toBe("set-aside");
    }
    expect(taken).toBeGreaterThan(3);
  });
});

describe("StringIndex", () => {
  it("stores and finds as a Map does, across growth, for ids that differ only in a digit or in length", () => {
    const index = new StringIndex(4);
    const map = new Map<string, number>();
    for (let i = 0; i < 50_000; i++) {
      const key = i % 3 === 0 ? `B-${String(i).padStart(7, "0")}` : i % 3 === 1 ? `B-${i}` : `x${i.toString(36)}`;
      index.set(key, i);
      map.set(key, i);
    }
    index.set("B-0000003", 99);
    map.set("B-0000003", 99);
    expect(index.size).toBe(map.size);
    for (const [key, value] of map) expect(index.get(key)).toBe(value);
    for (const missing of ["B-00000003", "B-", "", "b-0000003", "B-50000"]) expect(index.get(missing)).toBe(map.get(missing) ?? -1);
    expect(new Map(index.entries())).toEqual(map);
  });
});
