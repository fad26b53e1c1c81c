// Shared builders for the validation tests: rows with sensible defaults, and synthetic personal
// identity numbers assembled at run time (no date-shaped digit literal appears in any test file).
import {syntheticPin as buildPin} from "../../../helpers/synthetic-pin.js";
import type {DecisionRow} from "../../../../src/lib/extract/decision-row.js";
import type {InspectionRow} from "../../../../src/lib/extract/inspection-row.js";
import type {PreparationRow} from "../../../../src/lib/extract/preparation-row.js";

/** A synthetic personal identity number YYYYMMDD-NNNC with a valid check digit. */
export function syntheticPin(): string {
  return buildPin("12", "12", "12", "121", {century: "19", separator: "-"});
}

export function decision(overrides: Partial<DecisionRow> = {}): DecisionRow {
  return {
    decision_id: "B-1", case_id: "A-1", operation_id: "op_bcdfghjklmnp", operation_type: "hvb", case_type: "frequency", national_area: null,
    department: "ost", decision_maker: "dm_bcdfghjklmnp", decision_maker_role: "unit_manager", case_opened: "2023-01-01", decision_date: "2023-02-01",
    decision_type: "criticism", deficiencies: true, deficiency_areas: ["documentation"], ...overrides
  };
}

export function inspection(overrides: Partial<InspectionRow> = {}): InspectionRow {
  return {
    inspection_id: "I-1", home_id: "home_bcdfghjklmnp", home_type: "hvb", department: "ost", inspection_date: "2023-01-10", team: "T-1",
    decision_id: null, children_placed: 4, children_agreed: 3, children_spoken: 2, no_conversation_reason: null, ...overrides
  };
}

export function preparation(overrides: Partial<PreparationRow> = {}): PreparationRow {
  return {item_id: "P-1", department: "ost", presented_date: "2023-03-01", outcome: "decided", returns_from: null, ...overrides};
}
