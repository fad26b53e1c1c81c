import {describe, expect, it} from "vitest";
import {decodeCountsFile, encodeCountsFile} from "../../../src/lib/counts-file/codec.js";
import {ESCALATION_COUNTS_FILE} from "../../../src/lib/measures/escalation-counts-file.js";
import {escalationCounts} from "../../../src/lib/measures/escalation-counts.js";
import type {DecisionType} from "../../../src/lib/extract/codes.js";
import {decision} from "./rows.js";

describe("escalation-counts.json", () => {
  it("gives the page the counts stage (a) made", () => {
    const steps: [DecisionType, string][] = [["report_back_1", "2023-01-10"], ["report_back_2", "2023-03-10"], ["injunction", "2023-05-10"], ["final", "2023-08-01"]];
    const decisions = [
      ...steps.map(([decision_type, decision_date]) => decision({case_id: "A-1", decision_type, decision_date})),
      decision({case_id: "A-2", decision_type: "injunction_with_fine", decision_date: "2024-02-01"})
    ];
    const counts = escalationCounts(decisions);
    const decoded = decodeCountsFile(ESCALATION_COUNTS_FILE, JSON.parse(JSON.stringify(encodeCountsFile(ESCALATION_COUNTS_FILE, counts))));
    expect(decoded).toEqual(counts);
    expect(decoded.episodes.some((e) => e.end === null)).toBe(true);
    expect(decoded.moves.some((m) => m.repeatsBefore === null)).toBe(true);
  });
});
