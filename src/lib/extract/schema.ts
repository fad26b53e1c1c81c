/**
 * Declarative description of the extracts: one source of truth for reading, validation, the data
 * dictionary (docs/data-dictionary.md is generated from it) and `lika check --help`.
 */
import {
  CASE_TYPES,
  DECISION_MAKER_ROLES,
  DECISION_TYPES,
  DEFICIENCY_AREAS,
  DEPARTMENTS,
  HOME_TYPES,
  NATIONAL_AREAS,
  NO_CONVERSATION_REASONS,
  OPERATION_TYPES,
  PREPARATION_OUTCOMES,
  type Code
} from "./codes.js";
import type {PseudonymKind} from "../privacy/pseudonym-format.js";

/** Separator of the values in a list-of-codes field (a semicolon would clash with Excel's delimiter). */
export const LIST_SEPARATOR = "|";

export type ColumnType =
  | {kind: "id"}
  | {kind: "pseudonym"; of: PseudonymKind}
  | {kind: "code"; codes: readonly Code[]}
  | {kind: "codes"; codes: readonly Code[]}
  | {kind: "date"}
  | {kind: "boolean"}
  | {kind: "integer"; min: number; max: number};

export interface ColumnSpec {
  /** Canonical (English) column name, as lika writes it. */
  readonly name: string;
  /** Other header names accepted on input (Swedish aliases first). Matching ignores case and white space. */
  readonly aliases: readonly string[];
  readonly type: ColumnType;
  /** A required column must be present in the header and non-empty in every row. */
  readonly required: boolean;
  readonly description: string;
  /** The column refers to the key of another extract (or of the same one). */
  readonly references?: {readonly extract: string; readonly column: string};
}

export interface ExtractSchema {
  /** Extract name, also the file's base name (`decisions` → decisions.csv). */
  readonly name: string;
  readonly version: number;
  readonly description: string;
  readonly columns: readonly ColumnSpec[];
  /** Name of the column whose values must be unique. */
  readonly key: string;
  /** Whether lika can build without this file in the folder. */
  readonly optional: boolean;
}

export const DECISIONS_SCHEMA = {
  name: "decisions",
  version: 2,
  description: "One row per supervisory decision (tillsynsbeslut).",
  key: "decision_id",
  optional: false,
  columns: [
    {name: "decision_id", aliases: ["beslut_id", "beslutsid", "diarienummer_beslut"], type: {kind: "id"}, required: true, description: "Unique id of the decision."},
    {name: "case_id", aliases: ["arende_id", "ärende_id", "ärendeid", "diarienummer"], type: {kind: "id"}, required: true, description: "Id of the supervision case: all decisions on one supervised operation in one supervision."},
    {name: "operation_id", aliases: ["verksamhet_id", "verksamhetsid"], type: {kind: "pseudonym", of: "operation"}, required: true, description: "Pseudonymous id of the supervised operation (verksamhet)."},
    {name: "operation_type", aliases: ["verksamhetstyp"], type: {kind: "code", codes: OPERATION_TYPES}, required: true, description: "Type of operation."},
    {name: "case_type", aliases: ["ärendeslag", "arendeslag"], type: {kind: "code", codes: CASE_TYPES}, required: true, description: "Case type (ärendeslag)."},
    {name: "national_area", aliases: ["nationell_tillsyn", "tillsynsområde"], type: {kind: "code", codes: NATIONAL_AREAS}, required: false, description: "Area of the national supervision the case belongs to; empty when none. Set exactly when case_type is national."},
    {name: "department", aliases: ["avdelning", "tillsynsavdelning"], type: {kind: "code", codes: DEPARTMENTS}, required: true, description: "Supervision department (tillsynsavdelning) that made the decision."},
    {name: "decision_maker", aliases: ["beslutsfattare"], type: {kind: "pseudonym", of: "decisionMaker"}, required: true, description: "Pseudonymous id of the decision-maker (beslutsfattare)."},
    {name: "decision_maker_role", aliases: ["beslutsfattarroll", "roll"], type: {kind: "code", codes: DECISION_MAKER_ROLES}, required: true, description: "Role in which the decision-maker decided (delegation)."},
    {name: "case_opened", aliases: ["ärende_öppnat", "arende_oppnat", "ärendet_inkom"], type: {kind: "date"}, required: true, description: "Date the case was opened, ISO 8601; on or before every decision date of the case."},
    {name: "decision_date", aliases: ["beslutsdatum", "datum"], type: {kind: "date"}, required: true, description: "Date of the decision, ISO 8601 (YYYY-MM-DD)."},
    {name: "decision_type", aliases: ["beslutstyp"], type: {kind: "code", codes: DECISION_TYPES}, required: true, description: "Kind of decision: the rung of the escalation ladder, or a final decision."},
    {name: "deficiencies", aliases: ["brister", "brist"], type: {kind: "boolean"}, required: true, description: "Whether the decision states deficiencies."},
    {name: "deficiency_areas", aliases: ["bristområden", "bristomraden"], type: {kind: "codes", codes: DEFICIENCY_AREAS}, required: false, description: `Deficiency areas stated in the decision, separated by '${LIST_SEPARATOR}'; empty when the decision states no deficiencies.`}
  ]
} as const satisfies ExtractSchema;

export const INSPECTIONS_SCHEMA = {
  name: "inspections",
  version: 1,
  description: "One row per inspection in frequency supervision of homes for children and young people.",
  key: "inspection_id",
  optional: true,
  columns: [
    {name: "inspection_id", aliases: ["inspektion_id", "inspektionsid"], type: {kind: "id"}, required: true, description: "Unique id of the inspection."},
    {name: "home_id", aliases: ["hem_id", "hemid"], type: {kind: "pseudonym", of: "home"}, required: true, description: "Pseudonymous id of the inspected home."},
    {name: "home_type", aliases: ["hemtyp", "typ_av_hem"], type: {kind: "code", codes: HOME_TYPES}, required: true, description: "Type of home."},
    {name: "department", aliases: ["avdelning", "tillsynsavdelning"], type: {kind: "code", codes: DEPARTMENTS}, required: true, description: "Supervision department that inspected."},
    {name: "inspection_date", aliases: ["inspektionsdatum", "datum"], type: {kind: "date"}, required: true, description: "Date of the inspection, ISO 8601."},
    {name: "team", aliases: ["inspektionsteam", "team_id"], type: {kind: "id"}, required: true, description: "Inspecting team (an organisational unit, not a person)."},
    {name: "decision_id", aliases: ["beslut_id", "beslutsid"], type: {kind: "id"}, required: false, description: "The decision the inspection led to; empty while no decision has been made.", references: {extract: "decisions", column: "decision_id"}},
    {name: "children_placed", aliases: ["placerade_barn", "antal_placerade"], type: {kind: "integer", min: 0, max: 500}, required: true, description: "Children placed in the home on the day of the inspection."},
    {name: "children_agreed", aliases: ["barn_som_samtyckt", "antal_samtyckt"], type: {kind: "integer", min: 0, max: 500}, required: true, description: "Children who agreed to talk with the inspectors; at most children_placed."},
    {name: "children_spoken", aliases: ["barn_samtal", "antal_samtal"], type: {kind: "integer", min: 0, max: 500}, required: true, description: "Children the inspectors spoke with; at most children_agreed."},
    {name: "no_conversation_reason", aliases: ["orsak_inget_samtal", "orsak"], type: {kind: "code", codes: NO_CONVERSATION_REASONS}, required: false, description: "Why no child was spoken with: required when children_spoken is 0, empty otherwise."}
  ]
} as const satisfies ExtractSchema;

export const PREPARATIONS_SCHEMA = {
  name: "preparations",
  version: 1,
  description: "One row per item presented at the weekly operational meeting (Operativ samverkan, OPS).",
  key: "item_id",
  optional: true,
  columns: [
    {name: "item_id", aliases: ["punkt_id", "ops_id"], type: {kind: "id"}, required: true, description: "Unique id of the presented item."},
    {name: "department", aliases: ["avdelning", "tillsynsavdelning"], type: {kind: "code", codes: DEPARTMENTS}, required: true, description: "Department that presented the item."},
    {name: "presented_date", aliases: ["föredragningsdatum", "datum"], type: {kind: "date"}, required: true, description: "Date the item was presented, ISO 8601."},
    {name: "outcome", aliases: ["utfall", "resultat"], type: {kind: "code", codes: PREPARATION_OUTCOMES}, required: true, description: "Outcome at the meeting."},
    {name: "returns_from", aliases: ["återkommer_från", "tidigare_punkt"], type: {kind: "id"}, required: false, description: "The earlier item this one comes back from after being sent back; presented before this one.", references: {extract: "preparations", column: "item_id"}}
  ]
} as const satisfies ExtractSchema;

/** All extracts lika reads, in reading order (an extract is read after those it refers to). */
export const SCHEMAS: readonly ExtractSchema[] = [DECISIONS_SCHEMA, INSPECTIONS_SCHEMA, PREPARATIONS_SCHEMA];
