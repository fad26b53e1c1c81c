import {describe, expect, it} from "vitest";
import {dayOf, isoOf, isWorkingDay, lastWeekdayOfYear, weekdayOnOrAfter} from "../../../loaders/sample/dates.js";
import {pseudonymOf, serialId} from "../../../loaders/sample/ids.js";
import {apportion, createRandom, weightedSample} from "../../../loaders/sample/random.js";
import {isPseudonym} from "../../../src/lib/privacy/pseudonym-format.js";

describe("pseudonymOf(kind, n, seed)", () => {
  it("gives distinct, well-formed pseudonyms for 100 000 consecutive counters (a bijection, no collisions)", () => {
    const ids = Array.from({length: 100_000}, (_, n) => pseudonymOf("operation", n, 1));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => isPseudonym("operation", id))).toBe(true);
  });

  it("depends on the seed and the kind, and is the same on every call", () => {
    expect(pseudonymOf("decisionMaker", 0, 1)).toBe(pseudonymOf("decisionMaker", 0, 1));
    expect(pseudonymOf("decisionMaker", 0, 1)).not.toBe(pseudonymOf("decisionMaker", 0, 2));
    expect(pseudonymOf("home", 0, 1).slice(5)).not.toBe(pseudonymOf("operation", 0, 1).slice(3));
  });
});

describe("serialId(prefix, n, width)", () => {
  it("pads the running number", () => expect(serialId("B", 42, 7)).toBe("B-0000042"));
});

describe("apportion(total, weights)", () => {
  it("splits a total into whole parts that sum to it, by largest remainder", () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(480, [1, 2, 3, 4]).reduce((s, n) => s + n, 0)).toBe(480);
    expect(apportion(5, [0, 0])).toEqual([0, 0]);
  });
});

describe("weightedSample(random, items, k, weight)", () => {
  it("draws k distinct items, never one of weight 0, favouring heavy items", () => {
    const random = createRandom(3);
    let heavy = 0;
    for (let i = 0; i < 200; i++) {
      const picked = weightedSample(random, ["a", "b", "c", "z"], 2, (x) => (x === "z" ? 0 : x === "a" ? 10 : 1));
      expect(new Set(picked).size).toBe(2);
      expect(picked).not.toContain("z");
      if (picked.includes("a")) heavy++;
    }
    expect(heavy).toBeGreaterThan(180);
  });
});

describe("working days", () => {
  it("skips weekends and fixed-date holidays", () => {
    expect(isWorkingDay(dayOf("2023-12-25"))).toBe(false);
    expect(isoOf(weekdayOnOrAfter(dayOf("2022-12-31")))).toBe("2023-01-02");
    expect(isoOf(lastWeekdayOfYear(2023))).toBe("2023-12-29");
  });
});
