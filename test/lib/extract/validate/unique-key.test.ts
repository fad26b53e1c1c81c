import {describe, expect, it} from "vitest";
import {createKeyTracker} from "../../../../src/lib/extract/validate/unique-key.js";

describe("createKeyTracker(file, column).see(key, line)", () => {
  it("keeps the first line of a key and flags every later one, naming the first line", () => {
    const keys = createKeyTracker("decisions.csv", "decision_id");
    expect(keys.see("B-1", 2)).toBeNull();
    expect(keys.see("B-2", 3)).toBeNull();
    expect(keys.see("B-1", 4)).toMatchObject({line: 4, column: "decision_id", value: "B-1", reason: "duplicate id (first on line 2)", rule: "decision_id: duplicate id"});
    expect(keys.see("B-1", 5)?.reason).toBe("duplicate id (first on line 2)");
  });
});
