import {describe, expect, it} from "vitest";
import {clearIdsFatal, clearIdsWarning, holdsClearIds} from "../../../loaders/pipeline/clear-id-rule.js";

describe("holdsClearIds(clearIdRows, rowsRead)", () => {
  it("is true only when more than half of the rows read hold an id in clear", () => {
    expect(holdsClearIds(0, 0)).toBe(false);
    expect(holdsClearIds(1, 1)).toBe(true);
    expect(holdsClearIds(5, 10)).toBe(false);
    expect(holdsClearIds(6, 10)).toBe(true);
    expect(holdsClearIds(1, 1000)).toBe(false);
  });
});

describe("clearIdsFatal(file, clearIdRows, rowsRead, columns) and clearIdsWarning(clearIdRows)", () => {
  it("names the file, the counts and the columns (sorted), and how to set a key", () => {
    const text = clearIdsFatal("decisions.csv", 3, 4, new Set(["operation_id", "decision_maker"]));
    expect(text).toMatch(/^decisions\.csv: 3 of 4 rows hold ids in clear \(decision_maker, operation_id\) and LIKA_PSEUDONYM_KEY is not set, so the file is not used: /);
    expect(text).toContain("openssl rand -hex 32");
    expect(clearIdsWarning(2)).toBe("2 row(s) hold an id in clear and were set aside; if the extract is meant to hold clear ids, set LIKA_PSEUDONYM_KEY");
  });
});
