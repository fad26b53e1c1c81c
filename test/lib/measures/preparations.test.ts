import {describe, expect, it} from "vitest";
import {preparationsSentBack} from "../../../src/lib/measures/preparations.js";
import {preparation, YEAR_2023} from "./rows.js";

describe("preparationsSentBack(items, window)", () => {
  it("counts items presented in the window and the share sent back, per department and in total", () => {
    const items = [
      preparation({department: "ost", outcome: "sent_back"}),
      preparation({department: "ost", outcome: "decided", returns_from: "P-x"}),
      preparation({department: "ost", outcome: "decided"}),
      preparation({department: "vast", outcome: "decided"}),
      preparation({department: "vast", outcome: "sent_back", presented_date: "2024-01-02"})
    ];
    const r = preparationsSentBack(items, YEAR_2023);
    expect({cases: r.cases, events: r.events}).toEqual({cases: 4, events: 1});
    expect(r.target).toBe(0.25);
    expect(r.units.map((u) => [u.unitLabel, u.n, u.observed])).toEqual([["Öst", 3, 1], ["Väst", 1, 0]]);
    expect(r.adjustedFor).toEqual([]);
  });
});
