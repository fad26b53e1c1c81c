import type {Department, HomeType, NoConversationReason} from "./codes.js";

/** A validated inspection (one row of inspections.csv). */
export interface InspectionRow {
  inspection_id: string;
  home_id: string;
  home_type: HomeType;
  department: Department;
  /** ISO date, YYYY-MM-DD. */
  inspection_date: string;
  team: string;
  decision_id: string | null;
  children_placed: number;
  children_agreed: number;
  children_spoken: number;
  /** Set exactly when children_spoken is 0. */
  no_conversation_reason: NoConversationReason | null;
}
