import {describe, expect, it} from "vitest";
import {preparationReturnProblems} from "../../../../src/lib/extract/validate/preparation-returns.js";
import type {PreparationRow} from "../../../../src/lib/extract/preparation-row.js";
import {preparation} from "./helpers.js";

function setAside(rows: PreparationRow[], before: Map<string, number> = new Map()): [number, string][] {
  const lines = rows.map((_, i) => i + 2);
  return [...preparationReturnProblems(rows, lines, "preparations.csv", before).entries()].sort((a, b) => a[0] - b[0]).map(([i, ps]) => [lines[i]!, ps[0]!.reason]);
}

describe("preparationReturnProblems(rows, lines, file, setAside)", () => {
  it("accepts an item that returns from an earlier item sent back, wherever it stands in the file", () => {
    expect(setAside([
      preparation({item_id: "P-2", presented_date: "2023-03-08", returns_from: "P-1"}),
      preparation({item_id: "P-1", presented_date: "2023-03-01", outcome: "sent_back"})
    ])).toEqual([]);
  });

  it("sets aside a return from an item not sent back, not presented earlier, or not in the file", () => {
    expect(setAside([
      preparation({item_id: "P-1", presented_date: "2023-03-01", outcome: "decided"}),
      preparation({item_id: "P-2", presented_date: "2023-03-08", returns_from: "P-1"}),
      preparation({item_id: "P-3", presented_date: "2023-03-08", outcome: "sent_back"}),
      preparation({item_id: "P-4", presented_date: "2023-03-08", returns_from: "P-3"}),
      preparation({item_id: "P-5", presented_date: "2023-03-08", returns_from: "P-9"})
    ])).toEqual([
      [3, "refers to item P-1, which was not sent back (outcome decided)"],
      [5, "refers to item P-3 presented 2023-03-08, not before this one (2023-03-08)"],
      [6, "refers to item P-9, which is not in preparations.csv"]
    ]);
  });

  it("sets aside a whole chain that starts at an item set aside by the row rules", () => {
    expect(setAside([
      preparation({item_id: "P-2", presented_date: "2023-03-08", outcome: "sent_back", returns_from: "P-1"}),
      preparation({item_id: "P-3", presented_date: "2023-03-15", returns_from: "P-2"})
    ], new Map([["P-1", 9]]))).toEqual([
      [2, "refers to item P-1 that was set aside (line 9)"],
      [3, "refers to item P-2 that was set aside (line 2)"]
    ]);
  });
});
