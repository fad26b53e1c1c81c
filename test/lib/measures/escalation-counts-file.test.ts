import {describe, expect, it} from "vitest";
import {decodeColumns, decodeEscalationCounts, encodeColumns, encodeEscalationCounts} from "../../../src/lib/measures/escalation-counts-file.js";
import {escalationCounts} from "../../../src/lib/measures/escalation-counts.js";
import type {DecisionType} from "../../../src/lib/extract/codes.js";
import {decision} from "./rows.js";

describe("escalation-counts.json", () => {
  it("round-trips text with nulls, numbers with nulls, and dictionaries wider than one base-36 digit", () => {
    const rows = Array.from({length: 1500}, (_, i) => ({id: `op_${String(i).padStart(4, "0")}`, end: i % 3 === 0 ? null : `2023-01-${String((i % 28) + 1).padStart(2, "0")}`, count: i, before: i % 2 ? null : i % 5}));
    const table = encodeColumns(rows);
    expect(table.text.id!.width).toBe(3);
    expect(table.text.end!.width).toBe(1);
    expect(decodeColumns<(typeof rows)[number]>(table)).toEqual(rows);
    expect(decodeColumns(encodeColumns([]))).toEqual([]);
  });

  it("gives the page the counts stage (a) made", () => {
    const steps: [DecisionType, string][] = [["report_back_1", "2023-01-10"], ["report_back_2", "2023-03-10"], ["injunction", "2023-05-10"], ["final", "2023-08-01"]];
    const decisions = [
      ...steps.map(([decision_type, decision_date]) => decision({case_id: "A-1", decision_type, decision_date})),
      decision({case_id: "A-2", decision_type: "injunction_with_fine", decision_date: "2024-02-01"})
    ];
    const counts = escalationCounts(decisions);
    const decoded = decodeEscalationCounts(JSON.parse(JSON.stringify(encodeEscalationCounts(counts))));
    const sorted = (rows: object[]) => rows.map((r) => Object.fromEntries(Object.entries(r).sort()));
    expect(sorted(decoded.moves)).toEqual(sorted(counts.moves));
    expect(sorted(decoded.episodes)).toEqual(sorted(counts.episodes));
    expect(sorted(decoded.spells)).toEqual(sorted(counts.spells));
    expect(decoded.episodes.some((e) => e.end === null)).toBe(true);
    expect(() => decodeEscalationCounts({version: 1} as never)).toThrow(/unknown format version 1/);
  });
});
