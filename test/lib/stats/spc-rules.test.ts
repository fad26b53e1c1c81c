import {describe, it, expect} from "vitest";
import {specialCauses} from "../../../src/lib/stats/index.js";

// Centre 0, σ = 1 at every point: limits ∓3, 2σ lines ∓2. "Close" values lie between 2 and 3.
const unit = (n: number) => ({
  centre: 0,
  lower: Array<number>(n).fill(-3),
  upper: Array<number>(n).fill(3),
  nearLower: Array<number>(n).fill(-2),
  nearUpper: Array<number>(n).fill(2)
});
const rulesOf = (values: number[]) => specialCauses(values, unit(values.length), "increase").map((c) => c.rule);

describe("specialCauses(values, limits, improvement) on NHSRplotthedots' own rule examples", () => {
  // NHSRplotthedots tests/testthat/test-ptd_calculate_point_type.R (commit 0b49a46). Its helpers return markers at the
  // end of a run; ptd_part_of_* spread them to every point of the run, which is what specialCauses reports.

  it("shift: c(rep(1, 8), -1) marks a run of 8 on one side, so points 1–8 are flagged and the 9th is not", () => {
    // ptd_seven_point_one_side_mean(c(rep(1, 8), -1)) == c(0, 0, 0, 0, 0, 0, 1, 1, 0); c(rep(1, 6), -1) is all 0.
    expect(rulesOf([1, 1, 1, 1, 1, 1, 1, 1, -1])).toEqual([...Array<string>(8).fill("shift"), null]);
    expect(rulesOf([1, 1, 1, 1, 1, 1, -1]).every((r) => r === null)).toBe(true);
  });

  it("trend: c(2, 1:7, 3) marks the run 1..7; c(1:3, 3:6) (a tie) and 1:6 (too short) are no trend", () => {
    // ptd_seven_point_trend(c(2, 1:7, 3)) == c(0, 0, 0, 0, 0, 0, 0, 1, 0); c(1:3, 3:6) and 1:6 are all 0.
    // Scaled by 0.4 and centred so that no point is beyond a limit and no 7 lie on one side.
    const scale = (xs: number[]) => xs.map((x) => (x - 4) * 0.4);
    expect(rulesOf(scale([2, 1, 2, 3, 4, 5, 6, 7, 3]))).toEqual([null, ...Array<string>(7).fill("trend"), null]);
    expect(rulesOf(scale([1, 2, 3, 3, 4, 5, 6])).includes("trend")).toBe(false);
    expect(rulesOf(scale([1, 2, 3, 4, 5, 6])).includes("trend")).toBe(false);
  });

  it("two in three: close at (3, 5) of 7 flags both; close at (1, 4) of 4 flags none; close at (1, 4, 5) of 5 flags 4 and 5", () => {
    // ptd_part_of_two_in_three: c(0,0,1,0,1,0,0) → c(0,0,1,0,1,0,0); c(1,0,0,1) → c(0,0,0,0); c(1,0,0,1,1) → c(0,0,0,1,1).
    const close = (marks: number[]) => marks.map((m) => (m ? 2.5 : 0.5)); // all above the centre
    const isTwoOfThree = (marks: number[]) => rulesOf(close(marks)).map((r) => (r === "twoOfThree" ? 1 : 0));
    expect(isTwoOfThree([0, 0, 1, 0, 1, 0, 0])).toEqual([0, 0, 1, 0, 1, 0, 0]);
    expect(isTwoOfThree([1, 0, 0, 1])).toEqual([0, 0, 0, 0]);
    expect(isTwoOfThree([1, 0, 0, 1, 1])).toEqual([0, 0, 0, 1, 1]);
  });

  it("uses each point's own limits: the same value is beyond a narrow limit and inside a wide one", () => {
    const limits = {centre: 0, lower: [-1, -5], upper: [1, 5], nearLower: [-0.6, -3.3], nearUpper: [0.6, 3.3]};
    expect(specialCauses([2, 2], limits, "decrease").map((c) => [c.rule, c.variation])).toEqual([
      ["limit", "special_cause_concern"],
      [null, "common_cause"]
    ]);
  });
});
