/**
 * The extract period: an optional `extract.json` beside the CSV files says which dates the extract
 * covers, `{"period": {"from": "YYYY-MM-DD", "to": "YYYY-MM-DD"}, "extracted": "YYYY-MM-DD"}`.
 * A decision, inspection or presented item dated outside it is set aside.
 */
import {echo} from "../../privacy/echo.js";
import {isIsoDate, type Window} from "../../period.js";

export interface ExtractInfo {
  /** The days the extract covers, both ends included. */
  readonly period: Readonly<Window>;
  /** Day the extract was taken, ISO date, or null when not given. */
  readonly extracted: string | null;
}

export type ExtractInfoResult = {ok: true; info: ExtractInfo} | {ok: false; reason: string};

/** The file name of the extract description. */
export const EXTRACT_INFO_FILE = "extract.json";

/** The column of each extract whose date must fall within the period (case_opened may be earlier). */
export const PERIOD_COLUMNS: Readonly<Record<string, string>> = {
  decisions: "decision_date",
  inspections: "inspection_date",
  preparations: "presented_date"
};

/**
 * A value of extract.json as quoted in a reason: a string through `echo` (shortened, personal identity
 * numbers masked; never JSON-escaped, which would hide a tab between the digits from the mask), other
 * values by their kind only.
 */
function quoted(value: unknown): string {
  if (value === undefined || value === null) return "missing";
  if (typeof value === "string") return `'${echo(value, 60)}'`;
  return Array.isArray(value) ? "a list" : `a ${typeof value}`;
}

/**
 * Parses the text of extract.json. Fails, with a reason naming the field, when it is not JSON, lacks
 * period.from or period.to, holds a date that is not a real YYYY-MM-DD date, or has from after to.
 */
export function parseExtractInfo(text: string): ExtractInfoResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return {ok: false, reason: "not valid JSON"};
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return {ok: false, reason: "not a JSON object"};
  const record = data as Record<string, unknown>;
  const period = record.period;
  if (typeof period !== "object" || period === null) return {ok: false, reason: 'no "period" object with "from" and "to"'};
  const {from, to} = period as Record<string, unknown>;
  for (const [name, value] of [["period.from", from], ["period.to", to]] as const) {
    if (typeof value !== "string" || !isIsoDate(value)) return {ok: false, reason: `${name} is not a date (YYYY-MM-DD): ${quoted(value)}`};
  }
  if ((from as string) > (to as string)) return {ok: false, reason: `period.from ${String(from)} is after period.to ${String(to)}`};
  const extracted = record.extracted;
  if (extracted !== undefined && extracted !== null && (typeof extracted !== "string" || !isIsoDate(extracted))) {
    return {ok: false, reason: `extracted is not a date (YYYY-MM-DD): ${quoted(extracted)}`};
  }
  return {ok: true, info: {period: {from: from as string, to: to as string}, extracted: (extracted as string | undefined) ?? null}};
}
