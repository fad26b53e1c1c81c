/**
 * The generator's working records: compact, shared objects (day numbers instead of strings, one case
 * object per case) so that a million decisions fit comfortably in memory. They become extract rows
 * only when written.
 */
import type {CaseType, DecisionType, DeficiencyArea, Department, HomeType, NationalArea, NoConversationReason, OperationType, PreparationOutcome} from "../../src/lib/extract/codes.js";
import type {SampleDecisionMaker} from "./organisation.js";

export interface SampleCase {
  caseType: CaseType;
  nationalArea: NationalArea | null;
  department: Department;
  operationId: string;
  operationType: OperationType;
  /** Day number the case was opened. */
  opened: number;
  /** Case id, assigned once every case exists (in order of opening). */
  id: string;
  /** Position in the order of case ids (0 first), assigned with the id. */
  order: number;
}

export interface SampleDecision {
  case: SampleCase;
  /** Day number of the decision. */
  day: number;
  /** Position within the case (0 first): orders decisions of one case made the same day. */
  seq: number;
  type: DecisionType;
  maker: SampleDecisionMaker;
  deficiencies: boolean;
  areas: readonly DeficiencyArea[];
  /** Decision id, assigned once every decision exists (in order of decision date). */
  id: string;
}

export interface SampleInspection {
  homeId: string;
  homeType: HomeType;
  department: Department;
  day: number;
  team: string;
  decision: SampleDecision | null;
  childrenPlaced: number;
  childrenAgreed: number;
  childrenSpoken: number;
  reason: NoConversationReason | null;
  /** Inspection id, assigned in order of inspection date. */
  id: string;
}

export interface SamplePreparation {
  department: Department;
  day: number;
  outcome: PreparationOutcome;
  returnsFrom: SamplePreparation | null;
  /** Item id, assigned in order of presentation. */
  id: string;
}

/** A new case record (its id is filled in later). */
export function newCase(f: Omit<SampleCase, "id" | "order">): SampleCase {
  // Built field by field so that every record has the same shape (fast property access when sorting).
  return {caseType: f.caseType, nationalArea: f.nationalArea, department: f.department, operationId: f.operationId, operationType: f.operationType, opened: f.opened, id: "", order: -1};
}

/** A new decision record (its id is filled in later). */
export function newDecision(f: Omit<SampleDecision, "id">): SampleDecision {
  return {case: f.case, day: f.day, seq: f.seq, type: f.type, maker: f.maker, deficiencies: f.deficiencies, areas: f.areas, id: ""};
}
