import {describe, expect, it} from "vitest";
import {
  calendarDateNumber,
  daysBetween,
  isInPeriod,
  isIsoDate,
  isoDateNumber,
  isTertialKey,
  isWholeTertials,
  lastDayOfMonth,
  monthKey,
  monthWindow,
  parsePeriod,
  previousTertial,
  rangePeriod,
  tertialBounds,
  tertialInWindow,
  tertialKey,
  tertialLabel,
  tertialMonths,
  tertialOf,
  tertialPeriod,
  tertialPeriodOf,
  twelveMonthsEnding,
  yearEarlierTertial,
  yearPeriod
} from "../../src/lib/period.js";

// Calendar facts used below (Gregorian rule, ISO 8601 calendar): a year divisible by 4 is a leap year, except
// centuries not divisible by 400 — 2024 and 2000 are leap years, 2023 and 1900 are not.

describe("isIsoDate(text), isoDateNumber(text), calendarDateNumber(year, month, day)", () => {
  it("accepts 29 February only in leap years (2024 and 2000, not 2023 or 1900)", () => {
    expect([isIsoDate("2024-02-29"), isIsoDate("2000-02-29"), isIsoDate("2023-02-29"), isIsoDate("1900-02-29")]).toEqual([true, true, false, false]);
  });

  it("rejects days past the month's end and months outside 1–12", () => {
    expect(["2023-04-31", "2023-04-30", "2023-13-01", "2023-00-10", "2023-01-00", "2023-12-32"].map(isIsoDate)).toEqual([false, true, false, false, false, false]);
  });

  it("rejects years below 0100 (JavaScript dates read 0–99 as 1900–1999) and accepts 0100 and 9999", () => {
    expect(["0099-01-01", "0000-01-01", "0100-01-01", "9999-12-31"].map(isIsoDate)).toEqual([false, false, true, true]);
    expect(calendarDateNumber(99, 1, 1)).toBe(-1);
  });

  it("accepts only the written form YYYY-MM-DD", () => {
    expect(["2023-2-01", "2023-02-1", "2023/02/01", " 2023-02-01", "2023-02-01 ", "20230201", "２０２３-02-01", "2023-02-0x"].map(isIsoDate)).toEqual(Array(8).fill(false));
  });

  it("gives YYYYMMDD for a date and -1 for none", () => {
    expect([isoDateNumber("2024-02-29"), isoDateNumber("2023-02-29"), isoDateNumber("0100-01-01")]).toEqual([20240229, -1, 1000101]);
    expect([calendarDateNumber(2024, 2, 29), calendarDateNumber(2023, 2, 29), calendarDateNumber(2023, 12, 31)]).toEqual([20240229, -1, 20231231]);
  });
});

describe("monthKey(date), lastDayOfMonth(month), monthWindow(fromMonth, toMonth)", () => {
  it("monthKey is the YYYY-MM of a date", () => {
    expect([monthKey("2023-05-17"), monthKey("2023-12-31")]).toEqual(["2023-05", "2023-12"]);
  });

  it("lastDayOfMonth knows leap Februaries and 30- and 31-day months", () => {
    expect(["2024-02", "2023-02", "2000-02", "1900-02", "2023-04", "2023-12", "2023-01"].map(lastDayOfMonth)).toEqual([
      "2024-02-29",
      "2023-02-28",
      "2000-02-29",
      "1900-02-28",
      "2023-04-30",
      "2023-12-31",
      "2023-01-31"
    ]);
  });

  it("monthWindow runs from the first day of the first month to the last day of the last, across a year", () => {
    expect(monthWindow("2023-02", "2024-06")).toEqual({from: "2023-02-01", to: "2024-06-30"});
    expect(monthWindow("2024-02", "2024-02")).toEqual({from: "2024-02-01", to: "2024-02-29"});
    expect(monthWindow("2023-11", "2024-01")).toEqual({from: "2023-11-01", to: "2024-01-31"});
  });
});

describe("tertialOf(date), tertialKey(date), isTertialKey(text)", () => {
  it("puts April in T1, May and August in T2, September and December in T3 (T1 = Jan–Apr, T2 = May–Aug, T3 = Sep–Dec)", () => {
    expect(["2023-01-01", "2023-04-30", "2023-05-01", "2023-08-31", "2023-09-01", "2023-12-31"].map(tertialOf)).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it("takes a month as well as a date", () => {
    expect([tertialOf("2023-04"), tertialOf("2023-05"), tertialOf("2023-12")]).toEqual([1, 2, 3]);
    expect([tertialKey("2023-05"), tertialKey("2023-12")]).toEqual(["2023T2", "2023T3"]);
  });

  it("keys 31 December to T3 of its year and 1 January to T1 of the next", () => {
    expect([tertialKey("2023-12-31"), tertialKey("2024-01-01"), tertialKey("2024-02-29")]).toEqual(["2023T3", "2024T1", "2024T1"]);
  });

  it("isTertialKey accepts four digits, T and 1–3 only", () => {
    expect(["2023T1", "2023T3", "2023T4", "2023T0", "2023t2", "23T2", "2023-T2", "2023"].map(isTertialKey)).toEqual([true, true, false, false, false, false, false, false]);
  });
});

describe("tertialMonths(key), tertialBounds(key)", () => {
  it("gives each tertial's first and last month", () => {
    expect(["2024T1", "2024T2", "2024T3"].map(tertialMonths)).toEqual([
      ["2024-01", "2024-04"],
      ["2024-05", "2024-08"],
      ["2024-09", "2024-12"]
    ]);
  });

  it("gives each tertial's first and last day; T3 ends on 31 December", () => {
    expect(["2023T1", "2023T2", "2023T3"].map(tertialBounds)).toEqual([
      {from: "2023-01-01", to: "2023-04-30"},
      {from: "2023-05-01", to: "2023-08-31"},
      {from: "2023-09-01", to: "2023-12-31"}
    ]);
  });

  it("tiles the calendar: each tertial starts the day after the previous ends, across the year boundary and a leap year", () => {
    const keys = ["2023T2", "2023T3", "2024T1", "2024T2", "2024T3", "2025T1"];
    for (let i = 1; i < keys.length; i++) expect(daysBetween(tertialBounds(keys[i - 1]!).to, tertialBounds(keys[i]!).from)).toBe(1);
    // 2024 (leap): T1 has 31 + 29 + 31 + 30 days.
    expect(daysBetween(tertialBounds("2024T1").from, tertialBounds("2024T1").to) + 1).toBe(121);
  });
});

describe("tertialInWindow(key, window), isWholeTertials(window)", () => {
  it("tertialInWindow is true only when the whole tertial lies in the window", () => {
    expect(tertialInWindow("2023T2", {from: "2023-01-01", to: "2023-12-31"})).toBe(true);
    expect(tertialInWindow("2023T2", {from: "2023-05-02", to: "2023-12-31"})).toBe(false);
    expect(tertialInWindow("2023T3", {from: "2023-01-01", to: "2023-12-30"})).toBe(false);
    expect(tertialInWindow("2022T3", {from: "2022-09-01", to: "2023-08-31"})).toBe(true);
  });

  it("isWholeTertials is true for a tertial, a year and the twelve months ending with a tertial, false for other dates", () => {
    expect(isWholeTertials({from: "2023-05-01", to: "2023-08-31"})).toBe(true);
    expect(isWholeTertials({from: "2023-01-01", to: "2023-12-31"})).toBe(true);
    expect(isWholeTertials({from: "2022-09-01", to: "2023-08-31"})).toBe(true);
    expect(isWholeTertials({from: "2022-09-01", to: "2023-04-30"})).toBe(true);
    expect(isWholeTertials({from: "2023-05-02", to: "2023-08-31"})).toBe(false);
    expect(isWholeTertials({from: "2023-05-01", to: "2023-08-30"})).toBe(false);
    expect(isWholeTertials({from: "2023-09-01", to: "2023-08-31"})).toBe(false);
    expect(isWholeTertials({from: "2024-01-01", to: "2024-02-29"})).toBe(false);
  });
});

describe("tertialLabel(key, form)", () => {
  it("is 'T2 2023' for 2023T2, with the short forms 'T2 23' and 'T2'", () => {
    expect([tertialLabel("2023T2"), tertialLabel("2023T3", "T2 23"), tertialLabel("2024T1", "T2")]).toEqual(["T2 2023", "T3 23", "T1"]);
  });

  it("is the label of the tertial's Period", () => {
    expect(tertialLabel("2023T3")).toBe(tertialPeriod(2023, 3).label);
  });
});

describe("previousTertial(key), yearEarlierTertial(key)", () => {
  it("steps back across a year boundary", () => {
    expect([previousTertial("2024T2"), previousTertial("2024T1"), previousTertial("2023T3"), previousTertial("2000T1")]).toEqual(["2024T1", "2023T3", "2023T2", "1999T3"]);
    expect([yearEarlierTertial("2024T1"), yearEarlierTertial("2000T3")]).toEqual(["2023T1", "1999T3"]);
  });
});

describe("parsePeriod(text)", () => {
  it("reads a year as 1 January to 31 December", () => {
    expect(parsePeriod("2023")).toEqual({from: "2023-01-01", to: "2023-12-31", kind: "year", label: "2023"});
    expect(parsePeriod(" 2024 ")).toEqual(yearPeriod(2024));
  });

  it("reads tertials as Jan–Apr, May–Aug and Sep–Dec (domain brief: T1 = Jan–Apr, T2 = May–Aug, T3 = Sep–Dec)", () => {
    expect(parsePeriod("2023T1")).toEqual({from: "2023-01-01", to: "2023-04-30", kind: "tertial", label: "T1 2023"});
    expect(parsePeriod("2023T2")).toMatchObject({from: "2023-05-01", to: "2023-08-31"});
    expect(parsePeriod("2023-t3")).toEqual({from: "2023-09-01", to: "2023-12-31", kind: "tertial", label: "T3 2023"});
    expect(parsePeriod("2024T1")).toEqual(tertialPeriodOf("2024T1"));
  });

  it("reads an inclusive date range, one leap day included", () => {
    expect(parsePeriod("2022-01-01..2024-08-31")).toEqual({from: "2022-01-01", to: "2024-08-31", kind: "range", label: "2022-01-01 – 2024-08-31"});
    expect(parsePeriod("2024-02-29 .. 2024-02-29")).toEqual(rangePeriod("2024-02-29", "2024-02-29"));
  });

  it("rejects tertial 4, impossible dates, reversed ranges and other text with a plain sentence", () => {
    expect(() => parsePeriod("2023T4")).toThrow(/tertials T1, T2 and T3/);
    expect(() => parsePeriod("2023-02-30..2023-03-01")).toThrow(/'2023-02-30' is not a date/);
    expect(() => parsePeriod("2023-02-29..2023-03-01")).toThrow(/'2023-02-29' is not a date/);
    expect(() => parsePeriod("2024-01-01..2023-01-01")).toThrow(/starts \(2024-01-01\) after it ends/);
    expect(() => parsePeriod("last year")).toThrow(/write a year \(2023\), a tertial \(2023T2\) or a date range/);
  });

  it("rejects years below 0100, as the date check does", () => {
    expect(() => parsePeriod("0099")).toThrow(/'0099' is not a period/);
    expect(() => parsePeriod("0099T1")).toThrow(/'0099T1' is not a period/);
    expect(() => parsePeriod("0099-01-01..2023-01-01")).toThrow(/'0099-01-01' is not a date/);
    expect(parsePeriod("0100").from).toBe("0100-01-01");
  });
});

describe("tertialPeriod(year, tertial), tertialPeriodOf(key)", () => {
  it("ends T1 on 30 April in a leap year and T3 on 31 December", () => {
    expect(tertialPeriod(2024, 1)).toEqual({from: "2024-01-01", to: "2024-04-30", kind: "tertial", label: "T1 2024"});
    expect(tertialPeriodOf("2023T3")).toEqual({from: "2023-09-01", to: "2023-12-31", kind: "tertial", label: "T3 2023"});
  });
});

describe("isInPeriod(date, period)", () => {
  it("includes both ends and nothing outside", () => {
    const p = {from: "2023-01-01", to: "2023-12-31"};
    expect([isInPeriod("2022-12-31", p), isInPeriod("2023-01-01", p), isInPeriod("2023-12-31", p), isInPeriod("2024-01-01", p)]).toEqual([false, true, true, false]);
  });
});

describe("twelveMonthsEnding(period)", () => {
  it("is 2022-09-01 – 2023-08-31 for T2 2023, 2023-05-01 – 2024-04-30 for T1 2024 and the year itself for T3", () => {
    expect(twelveMonthsEnding(tertialPeriod(2023, 2))).toMatchObject({from: "2022-09-01", to: "2023-08-31"});
    expect(twelveMonthsEnding(tertialPeriod(2024, 1))).toMatchObject({from: "2023-05-01", to: "2024-04-30"});
    expect(twelveMonthsEnding(tertialPeriod(2023, 3))).toMatchObject({from: "2023-01-01", to: "2023-12-31"});
  });

  it("ends with the whole month in which the period ends (a leap February)", () => {
    expect(twelveMonthsEnding({to: "2024-02-10"})).toEqual({from: "2023-03-01", to: "2024-02-29", kind: "range", label: "2023-03-01 – 2024-02-29"});
  });
});

describe("daysBetween(a, b)", () => {
  it("counts calendar days, negative backwards, with 29 February in leap years only", () => {
    expect(daysBetween("2023-12-31", "2024-03-01")).toBe(61);
    expect(daysBetween("2024-03-01", "2023-12-31")).toBe(-61);
    expect([daysBetween("2024-02-28", "2024-03-01"), daysBetween("2023-02-28", "2023-03-01")]).toEqual([2, 1]);
  });
});
