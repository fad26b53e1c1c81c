import {describe, expect, it} from "vitest";
import {formatDate, formatDateRange} from "../../../src/lib/format/date-range.js";

describe("formatDate and formatDateRange", () => {
  it("writes dates as running text does, the year once when shared", () => {
    expect(formatDate("2024-12-31")).toBe("31 december 2024");
    expect(formatDate("2024-01-01")).toBe("1 januari 2024");
    expect(formatDate("T3")).toBe("T3");
    expect(formatDateRange("2024-01-01", "2024-12-31")).toBe("1 januari–31 december 2024");
    expect(formatDateRange("2023-05-01", "2024-04-30")).toBe("1 maj 2023–30 april 2024");
  });
});
