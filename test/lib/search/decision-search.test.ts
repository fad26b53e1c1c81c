// The SQL of Sök beslut: its text and parameters, and run against real DuckDB (DuckDB-WASM's Node build, the engine the
// page runs) over the Arrow file the loader writes for the built-in sample, compared with counts made in plain code.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {PROJECT_ROOT} from "../../../loaders/pipeline/data-directory.js";
import {loadExtracts} from "../../../loaders/pipeline/load-extracts.js";
import {decisionRowsArrow} from "../../../loaders/pipeline/decision-rows.js";
import type {DecisionRow} from "../../../src/lib/extract/decision-row.js";
import {tertialKey} from "../../../src/lib/period.js";
import {countQuery, EMPTY_SEARCH, facetQuery, parseSearch, rowsQuery, searchQueryString, searchWhere, type DecisionSearch, type SqlQuery} from "../../../src/lib/search/decision-search.js";

const require = createRequire(import.meta.url);
type Conn = {query(sql: string): Table; prepare(sql: string): {query(...p: unknown[]): Table; close(): void}; insertArrowFromIPCStream(b: Uint8Array, o: {name: string}): void; close(): void};
type Table = {toArray(): {toJSON(): Record<string, unknown>}[]};

let conn: Conn;
let decisions: DecisionRow[];

beforeAll(async () => {
  const duckdb = require("@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs");
  const dist = dirname(require.resolve("@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs"));
  const bundles = {mvp: {mainModule: join(dist, "duckdb-mvp.wasm"), mainWorker: join(dist, "duckdb-node-mvp.worker.cjs")}, eh: {mainModule: join(dist, "duckdb-eh.wasm"), mainWorker: join(dist, "duckdb-node-eh.worker.cjs")}};
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate(() => {});
  conn = db.connect();
  decisions = (await loadExtracts(join(PROJECT_ROOT, "data/sample"))).decisions;
  conn.insertArrowFromIPCStream(decisionRowsArrow(decisions), {name: "beslut"});
}, 120_000);
afterAll(() => conn?.close());

function run(q: SqlQuery): Record<string, unknown>[] {
  if (q.params.length === 0) return conn.query(q.sql).toArray().map((r) => r.toJSON());
  const st = conn.prepare(q.sql);
  try {
    return st.query(...q.params).toArray().map((r) => r.toJSON());
  } finally {
    st.close();
  }
}

const search = (s: Partial<DecisionSearch>): DecisionSearch => ({...EMPTY_SEARCH, ...s});

/** The same filter in plain code over the rows. */
function matches(d: DecisionRow, s: DecisionSearch): boolean {
  return (
    (s.operationType === null || d.operation_type === s.operationType) &&
    (s.deficiencyArea === null || (d.deficiency_areas as string[]).includes(s.deficiencyArea)) &&
    (s.department === null || d.department === s.department) &&
    (s.decisionType === null || d.decision_type === s.decisionType) &&
    (s.caseType === null || d.case_type === s.caseType) &&
    (s.period === null || (s.period.length === 4 ? d.decision_date.startsWith(s.period) : tertialKey(d.decision_date) === s.period)) &&
    (s.decisionMaker === null || d.decision_maker.startsWith(s.decisionMaker))
  );
}

describe("decision search SQL", () => {
  it("binds every chosen value as a parameter and writes none into the text", () => {
    const s = search({operationType: "hvb", deficiencyArea: "documentation", period: "2024T2", decisionMaker: "dm_a'; DROP TABLE beslut; --"});
    const q = countQuery(s);
    expect(q.sql).toBe("SELECT CAST(count(*) AS INTEGER) AS n FROM beslut WHERE operation_type = ? AND list_contains(string_split(deficiency_areas, '|'), ?) AND tertial = ? AND starts_with(decision_maker, ?)");
    expect(q.params).toEqual(["hvb", "documentation", "2024T2", "dm_a'; DROP TABLE beslut; --"]);
    expect(run(q)[0]!.n).toBe(0);
    expect(run(countQuery(EMPTY_SEARCH))[0]!.n).toBe(decisions.length);
  });

  const cases: [string, Partial<DecisionSearch>][] = [
    ["no filter", {}],
    ["a deficiency area and a type of operation", {deficiencyArea: "documentation", operationType: "hvb"}],
    ["department, decision type and year", {department: "ost", decisionType: "criticism", period: "2023"}],
    ["case type and tertial", {caseType: "frequency", period: "2024T2"}],
    ["the start of a pseudonym, with a wildcard character taken literally", {decisionMaker: "dm_k"}],
    ["a pseudonym start with %", {decisionMaker: "dm_%"}]
  ];
  for (const [name, s] of cases) {
    it(`counts as plain code does: ${name}`, () => {
      const full = search(s);
      expect(run(countQuery(full))[0]!.n).toBe(decisions.filter((d) => matches(d, full)).length);
    });
  }

  it("counts each facet under the other filters, a decision once under each of its deficiency areas", () => {
    const s = search({operationType: "hvb", department: "nord"});
    const facet = Object.fromEntries(run(facetQuery(s, "department")).map((r) => [r.value, r.n]));
    const other = search({operationType: "hvb"});
    for (const dept of ["nord", "ost", "syd"]) expect(facet[dept]).toBe(decisions.filter((d) => matches(d, other) && d.department === dept).length);
    const areas = Object.fromEntries(run(facetQuery(s, "deficiencyArea")).map((r) => [r.value, r.n]));
    const mine = decisions.filter((d) => matches(d, s));
    expect(areas.documentation).toBe(mine.filter((d) => (d.deficiency_areas as string[]).includes("documentation")).length);
    expect(Object.keys(areas)).not.toContain("");
  });

  it("pages the rows newest first and gives them all without a limit", () => {
    const s = search({department: "mitt", period: "2024"});
    const page2 = run(rowsQuery(s, 10, 10));
    const all = run(rowsQuery(s, null));
    expect(page2).toEqual(all.slice(10, 20));
    expect(all.length).toBe(decisions.filter((d) => matches(d, s)).length);
    expect(all.map((r) => r.decision_date)).toEqual([...all.map((r) => r.decision_date)].sort().reverse());
    expect(Object.keys(all[0]!)).toEqual(["decision_id", "decision_date", "department", "operation_type", "case_type", "decision_type", "deficiency_areas", "decision_maker"]);
  });

  it("round-trips the search through the address and drops values not on the code lists", () => {
    const s = search({operationType: "hvb", deficiencyArea: "documentation", decisionMaker: "dm_k"});
    expect(parseSearch(searchQueryString(s), {operationType: ["hvb"], deficiencyArea: ["documentation"]})).toEqual(s);
    expect(parseSearch("?verksamhetstyp=nope", {operationType: ["hvb"]}).operationType).toBeNull();
    expect(searchWhere(EMPTY_SEARCH)).toEqual({sql: "", params: []});
  });
});
