/** Hand-made decision rows of five cases for the escalation tests, and what each case does on the ladder. */
import type {DecisionType} from "../../../src/lib/extract/codes.js";
import {decision} from "./rows.js";

/** A case as a sequence of [type, date, decision-maker] steps, all in one department. */
function caseOf(caseId: string, steps: [DecisionType, string, string?][], department: "nord" | "syd" = "nord") {
  return steps.map(([decision_type, decision_date, dm]) =>
    decision({case_id: caseId, operation_id: `op_${caseId}`, case_type: "self_initiated", department, decision_type, decision_date, decision_maker: dm ?? "dm_bbbbbbbbbbbb", deficiencies: decision_type !== "no_deficiencies" && decision_type !== "final"})
  );
}

export const rows = [
  // Two repeats at report-back, then an injunction (2 repeats before the step up), then a final decision.
  ...caseOf("A-1", [["report_back_1", "2023-01-10"], ["report_back_2", "2023-03-10"], ["report_back_3", "2023-05-10"], ["injunction", "2023-07-10", "dm_bbbbbbbbbbbc"], ["final", "2023-09-10"]]),
  // Report back, then closure.
  ...caseOf("A-2", [["report_back_1", "2023-02-01"], ["prosecution_report", "2023-02-15"], ["final", "2023-04-01"]], "syd"),
  // Report back in January, nothing since: stalled at the year's end (more than 180 days), and open (censored).
  ...caseOf("A-3", [["report_back_1", "2023-01-15"]], "syd"),
  // Injunction with a fine in 2022, then the fine imposed: a step up from rung 5 to 6; the case started before 2023.
  ...caseOf("A-4", [["injunction_with_fine", "2022-11-01"], ["fine_imposed", "2023-02-01"]]),
  // Criticism demands nothing: no move, no episode.
  ...caseOf("A-5", [["criticism", "2023-03-01"], ["final", "2023-03-20"]])
];
