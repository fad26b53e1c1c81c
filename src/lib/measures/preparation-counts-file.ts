/**
 * The counts a data loader writes for the page Beredning (preparation-counts.json): stage (a) of preparations (items
 * presented and sent back per department and month), one table in the one counts-file encoding
 * (`src/lib/counts-file/codec.ts`). A few kilobytes.
 */
import type {CountsFileDefinition} from "../counts-file/codec.js";
import type {PreparationCountRow} from "./preparations.js";

/** preparation-counts.json: encode with `encodeCountsFile`, read with `decodeCountsFile`. */
export const PREPARATION_COUNTS_FILE: CountsFileDefinition<PreparationCountRow[], "rows"> = {
  name: "preparation-counts.json",
  tables: {
    rows: {
      columns: [
        {name: "department", type: "string"},
        {name: "month", type: "string"},
        {name: "tertial", type: "string"},
        {name: "cases", type: "number"},
        {name: "events", type: "number"}
      ]
    }
  },
  split: (rows) => ({rows}),
  join: (tables) => tables.rows as PreparationCountRow[]
};
