/**
 * Declarative description of the extracts: one source of truth for reading, validation, the data
 * dictionary (docs/data-dictionary.md is generated from it) and `lika check --help`.
 */
import {CASE_TYPES, DECISION_TYPES, DEPARTMENTS, NATIONAL_AREAS, OPERATION_TYPES, YES_NO, type Code} from "./codes.js";
import type {PseudonymKind} from "../privacy/pseudonym-format.js";

export type ColumnType =
  | {kind: "id"}
  | {kind: "pseudonym"; of: PseudonymKind}
  | {kind: "code"; codes: readonly Code[]}
  | {kind: "date"}
  | {kind: "boolean"};

export interface ColumnSpec {
  /** Canonical (English) column name, as lika writes it. */
  readonly name: string;
  /** Other header names accepted on input (Swedish aliases first). Matching ignores case and white space. */
  readonly aliases: readonly string[];
  readonly type: ColumnType;
  /** A required column must be present in the header and non-empty in every row. */
  readonly required: boolean;
  readonly description: string;
}

export interface ExtractSchema {
  /** Extract name, also the file's base name (`decisions` → decisions.csv). */
  readonly name: string;
  readonly version: number;
  readonly description: string;
  readonly columns: readonly ColumnSpec[];
  /** Name of the column whose values must be unique. */
  readonly key: string;
}

export const DECISIONS_SCHEMA = {
  name: "decisions",
  version: 1,
  description: "One row per supervisory decision (tillsynsbeslut).",
  key: "decision_id",
  columns: [
    {name: "decision_id", aliases: ["beslut_id", "beslutsid", "diarienummer_beslut"], type: {kind: "id"}, required: true, description: "Unique id of the decision."},
    {name: "case_id", aliases: ["arende_id", "ärende_id", "ärendeid", "diarienummer"], type: {kind: "id"}, required: true, description: "Id of the supervision case: all decisions on one supervised operation in one supervision."},
    {name: "operation_id", aliases: ["verksamhet_id", "verksamhetsid"], type: {kind: "pseudonym", of: "operation"}, required: true, description: "Pseudonymous id of the supervised operation (verksamhet)."},
    {name: "operation_type", aliases: ["verksamhetstyp"], type: {kind: "code", codes: OPERATION_TYPES}, required: true, description: "Type of operation."},
    {name: "case_type", aliases: ["ärendeslag", "arendeslag"], type: {kind: "code", codes: CASE_TYPES}, required: true, description: "Case type (ärendeslag)."},
    {name: "national_area", aliases: ["nationell_tillsyn", "tillsynsområde"], type: {kind: "code", codes: NATIONAL_AREAS}, required: false, description: "Area of the national supervision the case belongs to; empty when none. Set exactly when case_type is national."},
    {name: "department", aliases: ["avdelning", "tillsynsavdelning"], type: {kind: "code", codes: DEPARTMENTS}, required: true, description: "Supervision department (tillsynsavdelning) that made the decision."},
    {name: "decision_maker", aliases: ["beslutsfattare"], type: {kind: "pseudonym", of: "decisionMaker"}, required: true, description: "Pseudonymous id of the decision-maker (beslutsfattare)."},
    {name: "decision_date", aliases: ["beslutsdatum", "datum"], type: {kind: "date"}, required: true, description: "Date of the decision, ISO 8601 (YYYY-MM-DD)."},
    {name: "decision_type", aliases: ["beslutstyp"], type: {kind: "code", codes: DECISION_TYPES}, required: true, description: "Kind of decision: the rung of the escalation ladder, or a final decision."},
    {name: "deficiencies", aliases: ["brister", "brist"], type: {kind: "boolean"}, required: true, description: "Whether the decision states deficiencies."}
  ]
} as const satisfies ExtractSchema;

/** All extracts lika reads, by name. */
export const SCHEMAS: readonly ExtractSchema[] = [DECISIONS_SCHEMA];
