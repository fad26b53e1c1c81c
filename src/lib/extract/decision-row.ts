import type {CaseType, DecisionMakerRole, DecisionType, DeficiencyArea, Department, NationalArea, OperationType} from "./codes.js";

/** A validated decision (one row of decisions.csv). Field names equal the canonical column names. */
export interface DecisionRow {
  decision_id: string;
  case_id: string;
  operation_id: string;
  operation_type: OperationType;
  case_type: CaseType;
  national_area: NationalArea | null;
  department: Department;
  decision_maker: string;
  decision_maker_role: DecisionMakerRole;
  /** ISO date, YYYY-MM-DD. */
  case_opened: string;
  /** ISO date, YYYY-MM-DD. */
  decision_date: string;
  decision_type: DecisionType;
  deficiencies: boolean;
  /** Empty when the decision states no deficiencies. */
  deficiency_areas: DeficiencyArea[];
}
