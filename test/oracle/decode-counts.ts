/**
 * The one place where the oracle reads the data loaders' counts files: it decodes them with the one counts-file codec
 * and each file's definition (decoding is not computing) into plain rows of the oracle's own shapes.
 */
import {decodeCountsFile} from "../../src/lib/counts-file/codec.js";
import {CHILD_CONVERSATION_COUNTS_FILE} from "../../src/lib/measures/child-conversation-counts-file.js";
import {DECISION_COUNTS_FILE} from "../../src/lib/measures/decision-counts-file.js";
import {ESCALATION_COUNTS_FILE} from "../../src/lib/measures/escalation-counts-file.js";
import {NATIONAL_SUPERVISION_COUNTS_FILE} from "../../src/lib/measures/national-supervision-counts-file.js";
import {PREPARATION_COUNTS_FILE} from "../../src/lib/measures/preparation-counts-file.js";
import type {HomeCell} from "./children.js";
import type {Episode} from "./escalation.js";
import type {NationalCell} from "./tables.js";

/** The text of each counts file, as the data loaders write it. */
export interface CountsFiles {
  decisions: string;
  children: string;
  escalation: string;
  national: string;
  preparations: string;
}

/** A row of decision counts: decisions of one decision-maker (`unit`), department, type of operation, case type and tertial. */
export interface DecisionCountRow {
  unit: string;
  department: string;
  operation_type: string;
  case_type: string;
  tertial: string;
  cases: number;
  events: number;
}

/** Moves of one decision-maker, department, type of operation, case type and tertial (of the later decision), from → to. */
export interface MoveCountRow {
  decisionMaker: string;
  department: string;
  operation_type: string;
  case_type: string;
  tertial: string;
  from: string;
  to: string;
  kind: string;
  count: number;
}

/** The counts the pages load, decoded. */
export interface DecodedCounts {
  withoutDeficiencies: DecisionCountRow[];
  delegation: DecisionCountRow[];
  homes: (HomeCell & {month: string})[];
  moves: MoveCountRow[];
  episodes: Episode[];
  national: (NationalCell & {tertial: string})[];
  preparations: {department: string; month: string; cases: number; events: number}[];
}

/** Decodes the counts files (JSON text) into plain rows. */
export function decodeCounts(files: CountsFiles): DecodedCounts {
  const decisions = decodeCountsFile(DECISION_COUNTS_FILE, JSON.parse(files.decisions));
  const children = decodeCountsFile(CHILD_CONVERSATION_COUNTS_FILE, JSON.parse(files.children));
  const escalation = decodeCountsFile(ESCALATION_COUNTS_FILE, JSON.parse(files.escalation));
  return {
    withoutDeficiencies: decisions.withoutDeficiencies,
    delegation: decisions.delegation,
    homes: children.rows,
    moves: escalation.moves,
    episodes: escalation.episodes as Episode[],
    national: decodeCountsFile(NATIONAL_SUPERVISION_COUNTS_FILE, JSON.parse(files.national)),
    preparations: decodeCountsFile(PREPARATION_COUNTS_FILE, JSON.parse(files.preparations))
  };
}
