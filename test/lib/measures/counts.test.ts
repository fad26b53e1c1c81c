import {describe, expect, it} from "vitest";
import {isWholeTertials} from "../../../src/lib/measures/counts.js";

describe("isWholeTertials(window)", () => {
  it("is true for a tertial, a year and the twelve months ending with a tertial, false for other dates", () => {
    expect(isWholeTertials({from: "2023-05-01", to: "2023-08-31"})).toBe(true);
    expect(isWholeTertials({from: "2023-01-01", to: "2023-12-31"})).toBe(true);
    expect(isWholeTertials({from: "2022-09-01", to: "2023-08-31"})).toBe(true);
    expect(isWholeTertials({from: "2023-05-02", to: "2023-08-31"})).toBe(false);
    expect(isWholeTertials({from: "2023-05-01", to: "2023-08-30"})).toBe(false);
    expect(isWholeTertials({from: "2023-09-01", to: "2023-08-31"})).toBe(false);
  });
});
