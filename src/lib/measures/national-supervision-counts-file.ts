/**
 * The counts a data loader writes for the page Nationella tillsyner (national-supervision-counts.json): stage (a) of
 * the table (decisions per area, pseudonymous operation, tertial and decision column), one table in the one
 * counts-file encoding (`src/lib/counts-file/codec.ts`).
 */
import type {CountsFileDefinition} from "../counts-file/codec.js";
import type {NationalCount} from "./national-supervision.js";

/** national-supervision-counts.json: encode with `encodeCountsFile`, read with `decodeCountsFile`. */
export const NATIONAL_SUPERVISION_COUNTS_FILE: CountsFileDefinition<NationalCount[], "counts"> = {
  name: "national-supervision-counts.json",
  tables: {
    counts: {
      columns: [
        {name: "area", type: "string"},
        {name: "operation", type: "string"},
        {name: "tertial", type: "string"},
        {name: "column", type: "string"},
        {name: "decisions", type: "number"}
      ]
    }
  },
  split: (counts) => ({counts}),
  join: (tables) => tables.counts as NationalCount[]
};
