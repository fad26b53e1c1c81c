import type {Department, PreparationOutcome} from "./codes.js";

/** A validated item of the weekly operational meeting (one row of preparations.csv). */
export interface PreparationRow {
  item_id: string;
  department: Department;
  /** ISO date, YYYY-MM-DD. */
  presented_date: string;
  outcome: PreparationOutcome;
  returns_from: string | null;
}
