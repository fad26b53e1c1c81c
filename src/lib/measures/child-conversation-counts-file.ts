/**
 * The counts a data loader writes for the page Barnsamtal (child-conversation-counts.json), and back: stage (a)'s count
 * rows column by column (text columns as a dictionary plus one index per row) and, in an internal build, the homes never
 * heard. A few tens of kilobytes at the sample's size; no library needed in the browser.
 */
import {NO_CONVERSATION_REASONS, type Department, type HomeType, type NoConversationReason} from "../extract/codes.js";
import {tertialKey} from "../period.js";
import type {ChildConversationCountRow} from "./child-conversations.js";
import type {ChildConversationData} from "./child-conversation-view.js";
import type {HomeNeverHeard} from "./homes-never-heard.js";

const TEXT = ["department", "team", "home_type", "month"] as const;
const NUMBERS = ["inspectedHomes", "homesWithConversation", "homesWithChildPresent", "homesWithChildPresentAndConversation", "homesWithChildAgreed", "homesWithChildAgreedAndConversation", "childrenPlaced", "childrenAgreed", "childrenSpoken"] as const;
type Text = (typeof TEXT)[number];
type NumberColumn = (typeof NUMBERS)[number];

export interface ChildConversationCountsFile {
  /** Format version: a page refuses a file it does not know. */
  version: 1;
  rows: number;
  values: Record<Text, string[]>;
  index: Record<Text, number[]>;
  numbers: Record<NumberColumn, number[]>;
  reasons: Record<NoConversationReason, number[]>;
  /** Null in a public build: the list names homes. */
  homesNeverHeard: HomeNeverHeard[] | null;
}

/** Stage (a)'s data as the file's JSON value. */
export function encodeChildConversationCounts(data: ChildConversationData): ChildConversationCountsFile {
  const rows = data.rows;
  const values = {} as Record<Text, string[]>;
  const index = {} as Record<Text, number[]>;
  for (const c of TEXT) {
    values[c] = [...new Set(rows.map((r) => r[c]))].sort();
    const at = new Map(values[c].map((v, i) => [v, i]));
    index[c] = rows.map((r) => at.get(r[c])!);
  }
  const numbers = Object.fromEntries(NUMBERS.map((k) => [k, rows.map((r) => r[k])])) as Record<NumberColumn, number[]>;
  const reasons = Object.fromEntries(NO_CONVERSATION_REASONS.map(({code}) => [code, rows.map((r) => r.reasons[code])])) as Record<NoConversationReason, number[]>;
  return {version: 1, rows: rows.length, values, index, numbers, reasons, homesNeverHeard: data.homesNeverHeard};
}

/** Stage (a)'s data of a file's JSON value; throws a readable error for a file of another version. */
export function decodeChildConversationCounts(file: ChildConversationCountsFile): ChildConversationData {
  if (file?.version !== 1) throw new Error(`child-conversation-counts.json: unknown format version ${String((file as {version?: unknown})?.version)}`);
  const rows: ChildConversationCountRow[] = [];
  const text = (c: Text, i: number) => file.values[c][file.index[c][i]!]!;
  for (let i = 0; i < file.rows; i++) {
    const month = text("month", i);
    const row = {
      department: text("department", i) as Department,
      team: text("team", i),
      home_type: text("home_type", i) as HomeType,
      month,
      tertial: tertialKey(month),
      reasons: Object.fromEntries(NO_CONVERSATION_REASONS.map(({code}) => [code, file.reasons[code][i]!])) as Record<NoConversationReason, number>
    } as ChildConversationCountRow;
    for (const k of NUMBERS) row[k] = file.numbers[k][i]!;
    rows.push(row);
  }
  return {rows, homesNeverHeard: file.homesNeverHeard};
}
