import {describe, expect, it} from "vitest";
import {COUNTS_FILE_VERSION, decodeCountsFile, encodeCountsFile, stringColumnValues, type CountsFileDefinition} from "../../../src/lib/counts-file/codec.js";
import {tertialKey} from "../../../src/lib/period.js";
import {NO_CONVERSATION_REASONS} from "../../../src/lib/extract/codes.js";
import {DECISION_COUNTS_FILE} from "../../../src/lib/measures/decision-counts-file.js";
import {CHILD_CONVERSATION_COUNTS_FILE} from "../../../src/lib/measures/child-conversation-counts-file.js";
import {ESCALATION_COUNTS_FILE} from "../../../src/lib/measures/escalation-counts-file.js";
import {PREPARATION_COUNTS_FILE} from "../../../src/lib/measures/preparation-counts-file.js";
import {NATIONAL_SUPERVISION_COUNTS_FILE} from "../../../src/lib/measures/national-supervision-counts-file.js";
import type {CountRow} from "../../../src/lib/measures/counts.js";
import type {ChildConversationCountRow} from "../../../src/lib/measures/child-conversations.js";
import type {HomeNeverHeard} from "../../../src/lib/measures/homes-never-heard.js";
import type {EscalationCounts} from "../../../src/lib/measures/escalation-counts.js";
import type {PreparationCountRow} from "../../../src/lib/measures/preparations.js";
import type {NationalCount} from "../../../src/lib/measures/national-supervision.js";
import {createRandom, type Random} from "../../../loaders/sample/random.js";

// Strings a counts file may meet: empty, Swedish letters, astral-plane characters, JSON's escapes, a NUL.
const ODD_STRINGS = ["", "mitt", "Västra Götaland", "åäö ÅÄÖ", "🧒🏽 barn", "日本語", 'quote " and \\ backslash', "nul \u0000 tab \t"];

/** A random string: mostly from a small set (dictionary coding), sometimes one of many (codes wider than one digit). */
function text(r: Random, distinct: number): string {
  return r.chance(0.3) ? r.pick(ODD_STRINGS) : `v${r.int(0, distinct - 1)}·ü`;
}

/** A count: zero, small, or large (up to 2^53 − 1). */
function count(r: Random): number {
  return r.chance(0.2) ? 0 : r.chance(0.1) ? r.pick([2 ** 31, 1e15, Number.MAX_SAFE_INTEGER]) : r.int(1, 500);
}

function rows<T>(r: Random, make: (r: Random) => T): T[] {
  // One table in five empty; otherwise up to 1 500 rows, enough for three-digit codes when values are many.
  const n = r.chance(0.2) ? 0 : r.int(1, r.chance(0.2) ? 1500 : 60);
  return Array.from({length: n}, () => make(r));
}

function month(r: Random): string {
  return `${r.int(2019, 2026)}-${String(r.int(1, 12)).padStart(2, "0")}`;
}

const nullable = <T>(r: Random, value: () => T): T | null => (r.chance(0.3) ? null : value());

const countRow = (r: Random): CountRow =>
  ({unit: text(r, 2000), department: text(r, 6), operation_type: text(r, 13), case_type: text(r, 5), tertial: text(r, 12), cases: count(r), events: count(r)}) as CountRow;

function childRow(r: Random): ChildConversationCountRow {
  const m = month(r);
  const row = {department: text(r, 6), team: text(r, 40), home_type: text(r, 4), month: m, tertial: tertialKey(`${m}-01`)} as ChildConversationCountRow;
  for (const k of ["inspectedHomes", "homesWithConversation", "homesWithChildPresent", "homesWithChildPresentAndConversation", "homesWithChildAgreed", "homesWithChildAgreedAndConversation", "childrenPlaced", "childrenAgreed", "childrenSpoken"] as const) row[k] = count(r);
  row.reasons = Object.fromEntries(NO_CONVERSATION_REASONS.map(({code}) => [code, count(r)])) as ChildConversationCountRow["reasons"];
  return row;
}

const homeNeverHeard = (r: Random): HomeNeverHeard =>
  ({home: text(r, 5000), department: text(r, 6), team: text(r, 40), home_type: text(r, 4), date: text(r, 1000), tertial: text(r, 12), previousDate: text(r, 1000), reason: nullable(r, () => text(r, 4)), previousReason: nullable(r, () => text(r, 4)), childPlaced: r.chance(0.5)}) as HomeNeverHeard;

function escalation(r: Random): EscalationCounts {
  const moves = rows(r, (r) => ({decisionMaker: text(r, 60), department: text(r, 6), operation_type: text(r, 13), case_type: text(r, 5), tertial: text(r, 12), from: text(r, 8), to: text(r, 9), kind: text(r, 4), repeatsBefore: nullable(r, () => count(r)), count: count(r)}));
  const episodes = rows(r, (r) => ({department: text(r, 6), operation_type: text(r, 13), case_type: text(r, 5), start: text(r, 1500), end: nullable(r, () => text(r, 1500)), outcome: nullable(r, () => text(r, 2))}));
  const spells = rows(r, (r) => ({operation_id: text(r, 5000), decisionMaker: text(r, 60), department: text(r, 6), operation_type: text(r, 13), case_type: text(r, 5), decision: text(r, 8), from: text(r, 1500), until: nullable(r, () => text(r, 1500))}));
  return {moves, episodes, spells} as EscalationCounts;
}

const preparationRow = (r: Random): PreparationCountRow => {
  const m = month(r);
  return {department: text(r, 6), month: m, tertial: tertialKey(`${m}-01`), cases: count(r), events: count(r)} as PreparationCountRow;
};

const nationalCount = (r: Random): NationalCount => ({area: text(r, 5), operation: text(r, 3000), tertial: text(r, 12), column: text(r, 6), decisions: count(r)}) as NationalCount;

/** A counts file with a generator of random values of its type: one seeded round trip per call. */
function roundTrip<T, Table extends string>(file: CountsFileDefinition<T, Table>, make: (r: Random) => T): [string, (seed: number) => void] {
  return [
    file.name,
    (seed) => {
      const value = make(createRandom(seed));
      const json = JSON.stringify(encodeCountsFile(file, value));
      expect(JSON.parse(json).version).toBe(COUNTS_FILE_VERSION);
      expect(decodeCountsFile(file, JSON.parse(json))).toStrictEqual(value);
    }
  ];
}

/** Every counts file. */
const FILES = [
  roundTrip(DECISION_COUNTS_FILE, (r) => ({withoutDeficiencies: rows(r, countRow), delegation: rows(r, countRow)})),
  roundTrip(CHILD_CONVERSATION_COUNTS_FILE, (r) => ({rows: rows(r, childRow), homesNeverHeard: r.chance(0.3) ? null : rows(r, homeNeverHeard)})),
  roundTrip(ESCALATION_COUNTS_FILE, escalation),
  roundTrip(PREPARATION_COUNTS_FILE, (r) => rows(r, preparationRow)),
  roundTrip(NATIONAL_SUPERVISION_COUNTS_FILE, (r) => rows(r, nationalCount))
];

describe("decodeCountsFile(file, JSON of encodeCountsFile(file, value))", () => {
  it.each(FILES)("is the value for %s (30 seeded random values each)", (_, check) => {
    for (let seed = 1; seed <= 30; seed++) check(seed);
  });
});

describe("decodeCountsFile(file, json) on a file it does not know", () => {
  const file = encodeCountsFile(PREPARATION_COUNTS_FILE, [{department: "nord", month: "2023-05", tertial: "2023T2", cases: 3, events: 1}] as PreparationCountRow[]);
  const copy = () => JSON.parse(JSON.stringify(file));

  it("throws for another version, naming the file and both versions", () => {
    expect(() => decodeCountsFile(PREPARATION_COUNTS_FILE, {...copy(), version: 1})).toThrow(`preparation-counts.json: unknown format version 1 (this code reads version ${COUNTS_FILE_VERSION})`);
    expect(() => decodeCountsFile(PREPARATION_COUNTS_FILE, {version: 1, rows: []})).toThrow(/unknown format version 1/);
    expect(() => decodeCountsFile(NATIONAL_SUPERVISION_COUNTS_FILE, {areas: [], rows: []})).toThrow(/national-supervision-counts.json: unknown format version undefined/);
  });

  it("throws for a missing or unknown column, naming the table and the column", () => {
    const missing = copy();
    delete missing.tables.rows.columns.events;
    expect(() => decodeCountsFile(PREPARATION_COUNTS_FILE, missing)).toThrow(/preparation-counts.json: table rows lacks column "events"/);
    const unknown = copy();
    unknown.tables.rows.columns.team = [0];
    expect(() => decodeCountsFile(PREPARATION_COUNTS_FILE, unknown)).toThrow(/table rows has column "team", which version \d+ does not know/);
  });

  it("throws for a missing table, a null table that is not optional, and a column of the wrong length", () => {
    expect(() => decodeCountsFile(DECISION_COUNTS_FILE, {version: COUNTS_FILE_VERSION, tables: {}})).toThrow(/decision-counts.json lacks table "withoutDeficiencies"/);
    expect(() => decodeCountsFile(PREPARATION_COUNTS_FILE, {version: COUNTS_FILE_VERSION, tables: {rows: null}})).toThrow(/table rows is null/);
    const short = copy();
    short.tables.rows.columns.cases = [];
    expect(() => decodeCountsFile(PREPARATION_COUNTS_FILE, short)).toThrow(/column cases: expected a list of 1 values/);
    const badCode = copy();
    badCode.tables.rows.columns.department = "9";
    expect(() => decodeCountsFile(PREPARATION_COUNTS_FILE, badCode)).toThrow(/column department: row 0 has code 9, outside its dictionary/);
    const notBase36 = encodeCountsFile(PREPARATION_COUNTS_FILE, Array.from({length: 40}, (_, i) => ({department: `d${i}`, month: "2023-05", tertial: "2023T2", cases: 1, events: 0})) as never);
    notBase36.tables.rows!.columns.department = `1${"!"}${(notBase36.tables.rows!.columns.department as string).slice(2)}`;
    expect(() => decodeCountsFile(PREPARATION_COUNTS_FILE, notBase36)).toThrow(/column department: row 0 has code 1!, outside its dictionary/);
  });
});

describe("encodeCountsFile(file, value)", () => {
  it("throws for a cell that is not of its column's type, naming the column", () => {
    const bad = [{department: "nord", month: "2023-05", tertial: "2023T2", cases: Number.NaN, events: 1}] as PreparationCountRow[];
    expect(() => encodeCountsFile(PREPARATION_COUNTS_FILE, bad)).toThrow(/preparation-counts.json: table rows: row 0, column cases holds NaN, not a number/);
  });

  it("codes a string column in as few base-36 digits as its dictionary needs, 0 for null", () => {
    const many = Array.from({length: 1500}, (_, i) => ({department: `d${i}`, month: "2023-05", tertial: "2023T2", cases: i, events: 0})) as never as PreparationCountRow[];
    const table = encodeCountsFile(PREPARATION_COUNTS_FILE, many).tables.rows!;
    expect(table.dictionaries.department).toHaveLength(1500);
    expect(table.columns.department).toHaveLength(3 * 1500); // 1 501 codes need 3 digits (36² = 1 296)
    expect(table.columns.tertial).toBe("1".repeat(1500));
    expect(table.columns.cases).toEqual(many.map((r) => r.cases));
    const episodes = encodeCountsFile(ESCALATION_COUNTS_FILE, {moves: [], spells: [], episodes: [{department: "nord", operation_type: "hvb", case_type: "complaint", start: "2023-01-01", end: null, outcome: null}]} as never).tables.episodes!;
    expect(episodes.columns.end).toBe("0");
    expect(episodes.dictionaries.end).toEqual([]);
  });

  it("writes an optional field that is missing as null and reads it back as missing", () => {
    type Row = {id: string; note?: string};
    const file: CountsFileDefinition<Row[], "rows"> = {
      name: "test.json",
      tables: {rows: {columns: [{name: "id", type: "string"}, {name: "note", type: "string", optional: true}]}},
      split: (rows) => ({rows}),
      join: (tables) => tables.rows as Row[]
    };
    const value: Row[] = [{id: "a", note: "x"}, {id: "b"}];
    const decoded = decodeCountsFile(file, JSON.parse(JSON.stringify(encodeCountsFile(file, value))));
    expect(decoded).toStrictEqual(value);
    expect("note" in decoded[1]!).toBe(false);
  });
});

describe("stringColumnValues(file, json, table, column)", () => {
  const row = (unit: string): CountRow => ({unit, department: "nord", operation_type: "hvb", case_type: "frequency", tertial: "2023T2", cases: 2, events: 1}) as CountRow;
  const json = JSON.parse(JSON.stringify(encodeCountsFile(DECISION_COUNTS_FILE, {withoutDeficiencies: [row("dm_b"), row("dm_a"), row("dm_b")], delegation: [row("dm_c")]})));

  it("is the column's distinct values, sorted, as the decoded rows hold them", () => {
    expect(stringColumnValues(DECISION_COUNTS_FILE, json, "withoutDeficiencies", "unit")).toEqual(["dm_a", "dm_b"]);
    const decoded = decodeCountsFile(DECISION_COUNTS_FILE, json).withoutDeficiencies.map((r) => r.unit);
    expect(stringColumnValues(DECISION_COUNTS_FILE, json, "withoutDeficiencies", "unit")).toEqual([...new Set(decoded)].sort());
  });

  it("throws for a file of the old encoding and for a column that is not there, so no page list is empty by mistake", () => {
    expect(() => stringColumnValues(DECISION_COUNTS_FILE, {withoutDeficiencies: {values: {unit: ["dm_a"]}}}, "withoutDeficiencies", "unit")).toThrow(/unknown format version/);
    expect(() => stringColumnValues(DECISION_COUNTS_FILE, json, "withoutDeficiencies", "cases")).toThrow(/no string column cases/);
  });
});
