/** Hand-made extract rows for measure tests: defaults for every field, overridden per row. */
import type {DecisionRow} from "../../../src/lib/extract/decision-row.js";
import type {InspectionRow} from "../../../src/lib/extract/inspection-row.js";
import type {PreparationRow} from "../../../src/lib/extract/preparation-row.js";

let counter = 0;

export function decision(fields: Partial<DecisionRow> = {}): DecisionRow {
  counter += 1;
  return {
    decision_id: `B-${String(counter).padStart(7, "0")}`,
    case_id: `A-${String(counter).padStart(7, "0")}`,
    operation_id: "op_bbbbbbbbbbbb",
    operation_type: "hvb",
    case_type: "frequency",
    national_area: null,
    department: "nord",
    decision_maker: "dm_bbbbbbbbbbbb",
    decision_maker_role: "unit_manager",
    case_opened: "2023-01-02",
    decision_date: "2023-03-01",
    decision_type: "no_deficiencies",
    deficiencies: false,
    deficiency_areas: [],
    ...fields
  };
}

/** `count` copies of a decision. */
export function decisions(count: number, fields: Partial<DecisionRow>): DecisionRow[] {
  return Array.from({length: count}, () => decision(fields));
}

export function inspection(fields: Partial<InspectionRow> = {}): InspectionRow {
  counter += 1;
  return {
    inspection_id: `I-${counter}`,
    home_id: "home_bbbbbbbbbbbb",
    home_type: "hvb",
    department: "nord",
    inspection_date: "2023-04-01",
    team: "nord-1",
    decision_id: null,
    children_placed: 3,
    children_agreed: 2,
    children_spoken: 2,
    no_conversation_reason: null,
    ...fields
  };
}

export function preparation(fields: Partial<PreparationRow> = {}): PreparationRow {
  counter += 1;
  return {item_id: `P-${counter}`, department: "nord", presented_date: "2023-04-01", outcome: "decided", returns_from: null, ...fields};
}

export const YEAR_2023 = {from: "2023-01-01", to: "2023-12-31"};
