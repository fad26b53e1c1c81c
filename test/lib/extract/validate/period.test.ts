import {describe, expect, it} from "vitest";
import {parseExtractInfo} from "../../../../src/lib/extract/validate/period.js";

describe("parseExtractInfo(text)", () => {
  it("reads the period and the extraction day", () => {
    expect(parseExtractInfo('{"period": {"from": "2023-01-01", "to": "2023-12-31"}, "extracted": "2024-01-15"}')).toEqual({
      ok: true,
      info: {period: {from: "2023-01-01", to: "2023-12-31"}, extracted: "2024-01-15"}
    });
    expect(parseExtractInfo('\uFEFF{"period": {"from": "2023-01-01", "to": "2023-01-01"}}')).toEqual({ok: true, info: {period: {from: "2023-01-01", to: "2023-01-01"}, extracted: null}});
  });

  it("fails with a reason naming the field for bad JSON, a missing or impossible date and a reversed period", () => {
    expect(parseExtractInfo("{")).toEqual({ok: false, reason: "not valid JSON"});
    expect(parseExtractInfo('{"period": {"from": "2023-01-01"}}')).toEqual({ok: false, reason: "period.to is not a date (YYYY-MM-DD): missing"});
    expect(parseExtractInfo('{"period": {"from": "2023-02-30", "to": "2023-12-31"}}')).toEqual({ok: false, reason: "period.from is not a date (YYYY-MM-DD): '2023-02-30'"});
    expect(parseExtractInfo('{"period": {"from": "2023-12-31", "to": "2023-01-01"}}')).toEqual({ok: false, reason: "period.from 2023-12-31 is after period.to 2023-01-01"});
  });
});
