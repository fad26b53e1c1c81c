/**
 * The counts a data loader writes for the page Barnsamtal (child-conversation-counts.json), in the one counts-file
 * encoding (`src/lib/counts-file/codec.ts`): stage (a)'s count rows (the month stored, the tertial derived from it)
 * and, in an internal build, the homes never heard (null in a public build: the list names homes). A few tens of
 * kilobytes at the sample's size; no library needed in the browser.
 */
import {NO_CONVERSATION_REASONS, type Department, type HomeType, type NoConversationReason} from "../extract/codes.js";
import {tertialKey} from "../period.js";
import type {ColumnDefinition, CountsFileDefinition, DecodedColumns, TableDefinition} from "../counts-file/codec.js";
import type {ChildConversationCountRow} from "./child-conversations.js";
import type {ChildConversationData} from "./child-conversation-view.js";
import type {HomeNeverHeard} from "./homes-never-heard.js";

const NUMBERS = ["inspectedHomes", "homesWithConversation", "homesWithChildPresent", "homesWithChildPresentAndConversation", "homesWithChildAgreed", "homesWithChildAgreedAndConversation", "childrenPlaced", "childrenAgreed", "childrenSpoken"] as const;

const REASON_CODES = NO_CONVERSATION_REASONS.map(({code}) => code);

function countRowReader(c: DecodedColumns): (i: number) => ChildConversationCountRow {
  const [department, team, homeType, months] = [c.department, c.team, c.home_type, c.month] as (readonly string[])[];
  const numbers = NUMBERS.map((k) => c[k] as readonly number[]);
  const reasonCells = REASON_CODES.map((code) => c[`reasons.${code}`] as readonly number[]);
  return (i) => {
    const month = months![i]!;
    const reasons = {} as Record<NoConversationReason, number>;
    for (let k = 0; k < REASON_CODES.length; k++) reasons[REASON_CODES[k]!] = reasonCells[k]![i]!;
    const row = {
      department: department![i] as Department,
      team: team![i]!,
      home_type: homeType![i] as HomeType,
      month,
      tertial: tertialKey(month),
      reasons
    } as ChildConversationCountRow;
    for (let k = 0; k < NUMBERS.length; k++) row[NUMBERS[k]!] = numbers[k]![i]!;
    return row;
  };
}

const COUNT_ROWS: TableDefinition<ChildConversationCountRow> = {
  columns: [
    {name: "department", type: "string"},
    {name: "team", type: "string"},
    {name: "home_type", type: "string"},
    {name: "month", type: "string"},
    ...NUMBERS.map((name): ColumnDefinition<ChildConversationCountRow> => ({name, type: "number"})),
    ...REASON_CODES.map((code): ColumnDefinition<ChildConversationCountRow> => ({name: `reasons.${code}`, type: "number", get: (r) => r.reasons[code]}))
  ],
  rowReader: countRowReader
};

const HOMES_NEVER_HEARD: TableDefinition<HomeNeverHeard> = {
  columns: [
    {name: "home", type: "string"},
    {name: "department", type: "string"},
    {name: "team", type: "string"},
    {name: "home_type", type: "string"},
    {name: "date", type: "string"},
    {name: "tertial", type: "string"},
    {name: "previousDate", type: "string"},
    {name: "reason", type: "string", nullable: true},
    {name: "previousReason", type: "string", nullable: true},
    {name: "childPlaced", type: "boolean"}
  ],
  nullable: true
};

/** child-conversation-counts.json: encode with `encodeCountsFile`, read with `decodeCountsFile`. */
export const CHILD_CONVERSATION_COUNTS_FILE: CountsFileDefinition<ChildConversationData, "rows" | "homesNeverHeard"> = {
  name: "child-conversation-counts.json",
  tables: {rows: COUNT_ROWS, homesNeverHeard: HOMES_NEVER_HEARD},
  split: (data) => data,
  join: (tables) => ({rows: tables.rows as ChildConversationCountRow[], homesNeverHeard: tables.homesNeverHeard as HomeNeverHeard[] | null})
};
