/**
 * The state of a filtered page as a URL query, so that a link reproduces the view: `?period=2024T2&avdelning=ost
 * &verksamhetstyp=hvb&arendeslag=frequency`. Unknown or invalid values fall back to the default (the whole country,
 * every type, the latest tertial with data) and are reported, so the page can say so in words instead of failing.
 */
import {CASE_TYPES, DEPARTMENTS, OPERATION_TYPES, type CaseType, type Code, type Department, type OperationType} from "./extract/codes.js";
import {isTertialKey, tertialKey, tertialLabel, tertialMonths} from "./period.js";

export interface ViewState {
  /** "2024T2" or "2024". */
  period: string;
  department: Department | null;
  operationType: OperationType | null;
  caseType: CaseType | null;
}

/** Query keys (Swedish, as a reader sees them in the address bar). */
export const QUERY_KEYS = {period: "period", department: "avdelning", operationType: "verksamhetstyp", caseType: "arendeslag"} as const;

/** The periods a page offers: every tertial with data, newest first, then every year with data, newest first. */
export function periodChoices(tertials: readonly string[]): string[] {
  const sorted = [...new Set(tertials)].sort().reverse();
  const years = [...new Set(sorted.map((t) => t.slice(0, 4)))];
  return [...sorted, ...years];
}

/** "T2 2024" for "2024T2", "2024" for a year. */
export function periodLabel(key: string): string {
  return isTertialKey(key) ? tertialLabel(key) : key;
}

function code<T extends string>(list: readonly Code[], raw: string | null): {value: T | null; invalid: boolean} {
  if (raw === null || raw === "") return {value: null, invalid: false};
  return list.some((c) => c.code === raw) ? {value: raw as T, invalid: false} : {value: null, invalid: true};
}

/**
 * The state in a query string. `periods` are the choices (`periodChoices`); the default period is the first (the latest
 * tertial with data). `ignored` names the query keys whose values were not valid and were replaced by the default.
 */
export function parseViewState(search: string, periods: readonly string[]): {state: ViewState; ignored: string[]} {
  const q = new URLSearchParams(search);
  const ignored: string[] = [];
  const rawPeriod = q.get(QUERY_KEYS.period);
  let period = periods[0] ?? "";
  if (rawPeriod !== null && rawPeriod !== "") {
    if (periods.includes(rawPeriod)) period = rawPeriod;
    else ignored.push(QUERY_KEYS.period);
  }
  const department = code<Department>(DEPARTMENTS, q.get(QUERY_KEYS.department));
  const operationType = code<OperationType>(OPERATION_TYPES, q.get(QUERY_KEYS.operationType));
  const caseType = code<CaseType>(CASE_TYPES, q.get(QUERY_KEYS.caseType));
  if (department.invalid) ignored.push(QUERY_KEYS.department);
  if (operationType.invalid) ignored.push(QUERY_KEYS.operationType);
  if (caseType.invalid) ignored.push(QUERY_KEYS.caseType);
  return {state: {period, department: department.value, operationType: operationType.value, caseType: caseType.value}, ignored};
}

/** The query string of a state ("?period=2024T2&avdelning=ost"); every key is written, so a link is explicit. */
export function viewStateQuery(state: ViewState): string {
  const q = new URLSearchParams();
  q.set(QUERY_KEYS.period, state.period);
  if (state.department !== null) q.set(QUERY_KEYS.department, state.department);
  if (state.operationType !== null) q.set(QUERY_KEYS.operationType, state.operationType);
  if (state.caseType !== null) q.set(QUERY_KEYS.caseType, state.caseType);
  return `?${q.toString()}`;
}

/** The state of a page that counts whole months (Beredning): the months from and to, and the department charted. */
export interface MonthRangeState {
  /** "2023-02": a month with data. */
  from: string;
  /** "2024-06": a month with data, not before `from`. */
  to: string;
  department: Department | null;
}

/** Query keys of the month range (Swedish, as a reader sees them). */
export const MONTH_QUERY_KEYS = {from: "fran", to: "till"} as const;

/**
 * The month range in a query string: `?fran=2023-02&till=2024-06&avdelning=ost`, or `?period=2024T2` (a link from the
 * overview) for the months of that tertial that have data. `months` are the months with data, in order. Without a
 * valid choice the range is the latest tertial with data; `fran`/`till` outside `months` fall back to the period's ends,
 * and a `till` before `fran` becomes `fran`. `ignored` names the keys whose values were not valid.
 */
export function parseMonthRangeState(search: string, months: readonly string[]): {state: MonthRangeState; ignored: string[]} {
  const q = new URLSearchParams(search);
  const ignored: string[] = [];
  const period = q.get(QUERY_KEYS.period);
  const validPeriod = /^\d{4}T[123]$/.test(period ?? "");
  if (period !== null && period !== "" && !validPeriod) ignored.push(QUERY_KEYS.period);
  const latest = months.at(-1);
  const latestTertial = latest === undefined ? undefined : tertialKey(`${latest}-01`);
  const [tFrom, tTo] = validPeriod ? tertialMonths(period!) : latestTertial ? tertialMonths(latestTertial) : ["", ""];
  const month = (key: string, fallback: string): string => {
    const raw = q.get(key);
    if (raw !== null && raw !== "" && !months.includes(raw)) ignored.push(key);
    return raw !== null && months.includes(raw) ? raw : fallback;
  };
  const from = month(MONTH_QUERY_KEYS.from, months.find((m) => m >= tFrom) ?? months[0] ?? "");
  const to = month(MONTH_QUERY_KEYS.to, [...months].reverse().find((m) => m <= tTo) ?? latest ?? "");
  const department = code<Department>(DEPARTMENTS, q.get(QUERY_KEYS.department));
  if (department.invalid) ignored.push(QUERY_KEYS.department);
  return {state: {from, to: to < from ? from : to, department: department.value}, ignored};
}

/** The range with `from` not after `to` (a reader may choose them the other way round). */
export function orderedMonthRange(state: MonthRangeState): MonthRangeState {
  return state.from <= state.to ? {...state} : {...state, from: state.to, to: state.from};
}

/** The query string of a month range ("?fran=2023-02&till=2024-06&avdelning=ost"), ordered; every key is written. */
export function monthRangeQuery(state: MonthRangeState): string {
  const {from, to, department} = orderedMonthRange(state);
  const q = new URLSearchParams();
  q.set(MONTH_QUERY_KEYS.from, from);
  q.set(MONTH_QUERY_KEYS.to, to);
  if (department !== null) q.set(QUERY_KEYS.department, department);
  return `?${q.toString()}`;
}
