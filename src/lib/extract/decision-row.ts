import type {CaseType, DecisionType, Department, NationalArea, OperationType} from "./codes.js";

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
  /** ISO date, YYYY-MM-DD. */
  decision_date: string;
  decision_type: DecisionType;
  deficiencies: boolean;
}
