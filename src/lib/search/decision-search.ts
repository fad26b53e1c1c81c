/**
 * The SQL of the page Sök beslut, run by DuckDB-WASM in the browser over the row-level Arrow file (decision-rows.arrow,
 * table `beslut`). Every value a user chooses or types goes in as a bound parameter (`?`); the SQL text itself is
 * built only from this module's fixed column names, so no user text can change a query.
 */
import {isTertialKey} from "../period.js";

/** The filters of the search; null = all. */
export interface DecisionSearch {
  operationType: string | null;
  deficiencyArea: string | null;
  department: string | null;
  decisionType: string | null;
  caseType: string | null;
  /** "2024T2" (a tertial) or "2024" (a year). */
  period: string | null;
  /** The start of a decision-maker pseudonym ("dm_ab" finds dm_abcdefghijkl); matched as text, not as a pattern. */
  decisionMaker: string | null;
}

export const EMPTY_SEARCH: DecisionSearch = Object.freeze({operationType: null, deficiencyArea: null, department: null, decisionType: null, caseType: null, period: null, decisionMaker: null});

/** The facets counted beside the filters: the search key and the column it counts. */
export const FACETS = [
  {key: "operationType", column: "operation_type"},
  {key: "deficiencyArea", column: "deficiency_area"},
  {key: "department", column: "department"},
  {key: "decisionType", column: "decision_type"},
  {key: "caseType", column: "case_type"}
] as const;

export type FacetKey = (typeof FACETS)[number]["key"];

/** The columns the result table shows, in order. */
export const RESULT_COLUMNS = ["decision_id", "decision_date", "department", "operation_type", "case_type", "decision_type", "deficiency_areas", "decision_maker"] as const;

export interface SqlQuery {
  sql: string;
  params: (string | number)[];
}

/** The WHERE clause of a search (without the filter named in `except`, for its facet), with its parameters. */
export function searchWhere(search: DecisionSearch, except: FacetKey | null = null): SqlQuery {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  const equal = (key: keyof DecisionSearch, column: string) => {
    const value = search[key];
    if (value === null || key === except) return;
    clauses.push(`${column} = ?`);
    params.push(value);
  };
  equal("operationType", "operation_type");
  equal("department", "department");
  equal("decisionType", "decision_type");
  equal("caseType", "case_type");
  if (search.deficiencyArea !== null && except !== "deficiencyArea") {
    // deficiency_areas holds the decision's areas as "a|b|c": compare whole items, never substrings.
    clauses.push("list_contains(string_split(deficiency_areas, '|'), ?)");
    params.push(search.deficiencyArea);
  }
  if (search.period !== null) {
    if (isTertialKey(search.period)) {
      clauses.push("tertial = ?");
      params.push(search.period);
    } else {
      clauses.push("substr(tertial, 1, 4) = ?");
      params.push(search.period.slice(0, 4));
    }
  }
  const dm = search.decisionMaker?.trim() ?? "";
  if (dm !== "") {
    // starts_with compares text, so "%" or "_" typed by a user are characters, not wildcards.
    clauses.push("starts_with(decision_maker, ?)");
    params.push(dm);
  }
  return {sql: clauses.length === 0 ? "" : `WHERE ${clauses.join(" AND ")}`, params};
}

/** How many decisions match. */
export function countQuery(search: DecisionSearch): SqlQuery {
  const where = searchWhere(search);
  return {sql: `SELECT CAST(count(*) AS INTEGER) AS n FROM beslut ${where.sql}`.trim(), params: where.params};
}

/**
 * Counts per value of one facet under the other filters (so a reader sees what choosing a value would give). For
 * deficiency areas a decision counts once under each of its areas.
 */
export function facetQuery(search: DecisionSearch, facet: FacetKey): SqlQuery {
  const where = searchWhere(search, facet);
  if (facet === "deficiencyArea") {
    return {
      sql: `SELECT deficiency_area AS value, CAST(count(*) AS INTEGER) AS n FROM (SELECT unnest(string_split(deficiency_areas, '|')) AS deficiency_area FROM beslut ${where.sql}) WHERE deficiency_area <> '' GROUP BY 1 ORDER BY n DESC, value`,
      params: where.params
    };
  }
  const column = FACETS.find((f) => f.key === facet)!.column;
  return {sql: `SELECT ${column} AS value, CAST(count(*) AS INTEGER) AS n FROM beslut ${where.sql} GROUP BY 1 ORDER BY n DESC, value`, params: where.params};
}

/** One page of matching decisions, newest first (`limit` rows from `offset`); all of them when `limit` is null (CSV). */
export function rowsQuery(search: DecisionSearch, limit: number | null, offset = 0): SqlQuery {
  const where = searchWhere(search);
  const columns = RESULT_COLUMNS.map((c) => (c === "decision_date" ? "strftime(decision_date, '%Y-%m-%d') AS decision_date" : c)).join(", ");
  const page = limit === null ? "" : ` LIMIT ${Math.max(0, Math.floor(limit))} OFFSET ${Math.max(0, Math.floor(offset))}`;
  return {sql: `SELECT ${columns} FROM beslut ${where.sql} ORDER BY decision_date DESC, decision_id${page}`.replace(/\s+/g, " "), params: where.params};
}

/** The URL query keys of the search (Swedish, as the reader sees them). */
export const SEARCH_KEYS: Record<keyof DecisionSearch, string> = {
  operationType: "verksamhetstyp",
  deficiencyArea: "bristomrade",
  department: "avdelning",
  decisionType: "beslutstyp",
  caseType: "arendeslag",
  period: "period",
  decisionMaker: "beslutsfattare"
};

/** The search in a query string; values not in `allowed` (per key; the pseudonym is free text) are dropped. */
export function parseSearch(query: string, allowed: Partial<Record<keyof DecisionSearch, readonly string[]>>): DecisionSearch {
  const q = new URLSearchParams(query);
  const out: Record<string, string | null> = {};
  for (const [key, name] of Object.entries(SEARCH_KEYS) as [keyof DecisionSearch, string][]) {
    const value = q.get(name);
    const list = allowed[key];
    out[key] = value === null || value === "" ? null : list === undefined || list.includes(value) ? value : null;
  }
  return out as unknown as DecisionSearch;
}

/** The query string of a search ("?verksamhetstyp=hvb&bristomrade=documentation"). */
export function searchQueryString(search: DecisionSearch): string {
  const q = new URLSearchParams();
  for (const [key, name] of Object.entries(SEARCH_KEYS) as [keyof DecisionSearch, string][]) {
    const value = search[key];
    if (value !== null && value !== "") q.set(name, value);
  }
  const s = q.toString();
  return s === "" ? "" : `?${s}`;
}
