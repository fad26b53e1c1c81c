import {describe, expect, it} from "vitest";
import {dayOf, isWorkingDay} from "../../../loaders/sample/dates.js";
import {BACKLOG_DAYS, followUpDay} from "../../../loaders/sample/follow-up.js";
import {DEPARTMENT_PROFILES} from "../../../loaders/sample/organisation.js";
import {createRandom} from "../../../loaders/sample/random.js";

// A Monday in March: lags up to 200 days stay clear of July, so no holiday shift blurs the ranges.
const START = dayOf("2023-03-06");

function lags(department: "syd" | "nord", n: number): number[] {
  const random = createRandom(11);
  return Array.from({length: n}, () => {
    const day = followUpDay(random, department, START, [60, 90]);
    expect(isWorkingDay(day)).toBe(true);
    return day - START;
  });
}

describe("followUpDay(random, department, day, lag)", () => {
  it("comes after the given lag (to the next working day) in a department without a backlog", () => {
    expect(DEPARTMENT_PROFILES.syd.backlog).toBe(0);
    const days = lags("syd", 2000);
    expect(Math.min(...days)).toBeGreaterThanOrEqual(60);
    expect(Math.max(...days)).toBeLessThanOrEqual(92);
  });

  it("waits BACKLOG_DAYS instead about as often as the department's backlog share (Nord: 30 %)", () => {
    const days = lags("nord", 4000);
    const late = days.filter((d) => d >= BACKLOG_DAYS[0]);
    expect(days.every((d) => d <= 92 || (d >= BACKLOG_DAYS[0] && d <= BACKLOG_DAYS[1] + 60))).toBe(true);
    // Binomial(4000, 0.3): sd ≈ 29, so ±150 is more than five standard deviations.
    expect(Math.abs(late.length - 4000 * DEPARTMENT_PROFILES.nord.backlog)).toBeLessThan(150);
  });
});
