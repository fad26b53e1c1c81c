/**
 * The counts a data loader writes for the page "Eskaleringstrappor" (escalation-counts.json): stage (a) of the
 * escalation measures (moves, episodes, spells), one table each, in the one counts-file encoding
 * (`src/lib/counts-file/codec.ts`), whose packed dictionary codes keep the page within its download budget. No library
 * is needed in the browser.
 */
import type {CountsFileDefinition, TableDefinition} from "../counts-file/codec.js";
import type {EscalationCounts} from "./escalation-counts.js";

type Moves = EscalationCounts["moves"];
type Episodes = EscalationCounts["episodes"];
type Spells = EscalationCounts["spells"];

const MOVES: TableDefinition<Moves[number]> = {
  columns: [
    {name: "decisionMaker", type: "string"},
    {name: "department", type: "string"},
    {name: "operation_type", type: "string"},
    {name: "case_type", type: "string"},
    {name: "tertial", type: "string"},
    {name: "from", type: "string"},
    {name: "to", type: "string"},
    {name: "kind", type: "string"},
    {name: "repeatsBefore", type: "number", nullable: true},
    {name: "count", type: "number"}
  ]
};

const EPISODES: TableDefinition<Episodes[number]> = {
  columns: [
    {name: "department", type: "string"},
    {name: "operation_type", type: "string"},
    {name: "case_type", type: "string"},
    {name: "start", type: "string"},
    {name: "end", type: "string", nullable: true},
    {name: "outcome", type: "string", nullable: true}
  ]
};

const SPELLS: TableDefinition<Spells[number]> = {
  columns: [
    {name: "operation_id", type: "string"},
    {name: "decisionMaker", type: "string"},
    {name: "department", type: "string"},
    {name: "operation_type", type: "string"},
    {name: "case_type", type: "string"},
    {name: "decision", type: "string"},
    {name: "from", type: "string"},
    {name: "until", type: "string", nullable: true}
  ]
};

/** escalation-counts.json: encode with `encodeCountsFile`, read with `decodeCountsFile`. */
export const ESCALATION_COUNTS_FILE: CountsFileDefinition<EscalationCounts, "moves" | "episodes" | "spells"> = {
  name: "escalation-counts.json",
  tables: {moves: MOVES, episodes: EPISODES, spells: SPELLS},
  split: (counts) => counts,
  join: (tables) => ({moves: tables.moves as Moves, episodes: tables.episodes as Episodes, spells: tables.spells as Spells})
};
