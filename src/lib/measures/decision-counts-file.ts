/**
 * The counts a data loader writes for the decision pages (decision-counts.json): stage (a) of the two decision measures,
 * one table each, in the one counts-file encoding (`src/lib/counts-file/codec.ts`). At the sample's size the file is a
 * few hundred kilobytes; it needs no library in the browser (an Arrow file would need apache-arrow, about 200 kB, and
 * DuckDB 36 MB).
 */
import type {CountsFileDefinition, TableDefinition} from "../counts-file/codec.js";
import type {CountRow} from "./counts.js";
import type {DecisionCounts} from "./decision-view.js";

const COUNT_ROWS: TableDefinition<CountRow> = {
  columns: [
    {name: "unit", type: "string"},
    {name: "department", type: "string"},
    {name: "operation_type", type: "string"},
    {name: "case_type", type: "string"},
    {name: "tertial", type: "string"},
    {name: "cases", type: "number"},
    {name: "events", type: "number"}
  ]
};

/** decision-counts.json: encode with `encodeCountsFile`, read with `decodeCountsFile`. */
export const DECISION_COUNTS_FILE: CountsFileDefinition<DecisionCounts, "withoutDeficiencies" | "delegation"> = {
  name: "decision-counts.json",
  tables: {withoutDeficiencies: COUNT_ROWS, delegation: COUNT_ROWS},
  split: (counts) => counts,
  join: (tables) => ({withoutDeficiencies: tables.withoutDeficiencies as CountRow[], delegation: tables.delegation as CountRow[]})
};
