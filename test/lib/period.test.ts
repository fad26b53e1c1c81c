import {describe, expect, it} from "vitest";
import {daysBetween, isInPeriod, isIsoDate, parsePeriod, tertialOf, tertialPeriod, twelveMonthsEnding} from "../../src/lib/period.js";

describe("parsePeriod(text)", () => {
  it("reads a year as 1 January to 31 December", () => {
    expect(parsePeriod("2023")).toEqual({from: "2023-01-01", to: "2023-12-31", kind: "year", label: "2023"});
  });

  it("reads tertials as Jan–Apr, May–Aug and Sep–Dec (domain brief: T1 = Jan–Apr, T2 = May–Aug, T3 = Sep–Dec)", () => {
    expect(parsePeriod("2023T1")).toMatchObject({from: "2023-01-01", to: "2023-04-30", kind: "tertial", label: "T1 2023"});
    expect(parsePeriod("2023T2")).toMatchObject({from: "2023-05-01", to: "2023-08-31"});
    expect(parsePeriod("2023-t3")).toMatchObject({from: "2023-09-01", to: "2023-12-31"});
  });

  it("reads an inclusive date range", () => {
    expect(parsePeriod("2022-01-01..2024-08-31")).toEqual({from: "2022-01-01", to: "2024-08-31", kind: "range", label: "2022-01-01 – 2024-08-31"});
  });

  it("rejects tertial 4, impossible dates, reversed ranges and other text with a plain sentence", () => {
    expect(() => parsePeriod("2023T4")).toThrow(/tertials T1, T2 and T3/);
    expect(() => parsePeriod("2023-02-30..2023-03-01")).toThrow(/'2023-02-30' is not a date/);
    expect(() => parsePeriod("2024-01-01..2023-01-01")).toThrow(/starts \(2024-01-01\) after it ends/);
    expect(() => parsePeriod("last year")).toThrow(/write a year \(2023\), a tertial \(2023T2\) or a date range/);
  });
});

describe("period helpers", () => {
  it("tertialOf(date) puts April in T1, May in T2 and September in T3", () => {
    expect([tertialOf("2023-04-30"), tertialOf("2023-05-01"), tertialOf("2023-08-31"), tertialOf("2023-09-01")]).toEqual([1, 2, 2, 3]);
  });

  it("twelveMonthsEnding(T2 2023) is 2022-09-01 – 2023-08-31 and of T1 2024 is 2023-05-01 – 2024-04-30 (leap year end)", () => {
    expect(twelveMonthsEnding(tertialPeriod(2023, 2))).toMatchObject({from: "2022-09-01", to: "2023-08-31"});
    expect(twelveMonthsEnding(tertialPeriod(2024, 1))).toMatchObject({from: "2023-05-01", to: "2024-04-30"});
    expect(twelveMonthsEnding(tertialPeriod(2023, 3))).toMatchObject({from: "2023-01-01", to: "2023-12-31"});
  });

  it("isInPeriod includes both ends; isIsoDate knows leap years; daysBetween counts calendar days", () => {
    const p = parsePeriod("2023");
    expect([isInPeriod("2023-01-01", p), isInPeriod("2023-12-31", p), isInPeriod("2024-01-01", p)]).toEqual([true, true, false]);
    expect([isIsoDate("2024-02-29"), isIsoDate("2023-02-29"), isIsoDate("2023-2-1")]).toEqual([true, false, false]);
    expect(daysBetween("2023-12-31", "2024-03-01")).toBe(61);
  });
});
