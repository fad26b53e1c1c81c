import {describe, expect, it} from "vitest";
import {preparationsOverTime, preparationsSentBack, type PreparationCountRow} from "../../../src/lib/measures/preparations.js";
import {preparation, YEAR_2023} from "./rows.js";

describe("preparationsSentBack(items, window)", () => {
  it("counts items presented in the window and the share sent back, per department and in total", () => {
    const items = [
      preparation({department: "ost", outcome: "sent_back"}),
      preparation({department: "ost", outcome: "decided", returns_from: "P-x"}),
      preparation({department: "ost", outcome: "decided"}),
      preparation({department: "vast", outcome: "decided"}),
      preparation({department: "vast", outcome: "sent_back", presented_date: "2024-01-02"})
    ];
    const r = preparationsSentBack(items, YEAR_2023);
    expect({cases: r.cases, events: r.events}).toEqual({cases: 4, events: 1});
    expect(r.target).toBe(0.25);
    expect(r.units.map((u) => [u.unitLabel, u.n, u.observed])).toEqual([["Öst", 3, 1], ["Väst", 1, 0]]);
    expect(r.adjustedFor).toEqual([]);
  });
});

// Eight months of the whole nation, split over two departments: seven months near 10 % and a last month at 16 of 20.
// By hand: p̄ = 27 / 140; the last month lies beyond its upper limit (rule "limit", high); the seven before it all lie
// below the centre (rule "shift", low); no point is within 2σ of a limit and no seven rise or fall in a row.
const MONTHLY: [string, number, number][] = [
  ["2023-01", 10, 1],
  ["2023-02", 20, 2],
  ["2023-03", 15, 1],
  ["2023-04", 25, 2],
  ["2023-05", 20, 2],
  ["2023-06", 10, 1],
  ["2023-08", 20, 2],
  ["2023-09", 20, 16]
];
const tertialOf = (month: string) => `${month.slice(0, 4)}T${Math.floor((Number(month.slice(5)) - 1) / 4) + 1}`;
// Öst holds the first ⌈n/2⌉ items and ⌈e/2⌉ sent back of each month, Väst the rest; given out of order.
const ROWS: PreparationCountRow[] = MONTHLY.flatMap(([month, n, e]) => [
  {department: "vast" as const, month, tertial: tertialOf(month), cases: n - Math.ceil(n / 2), events: e - Math.ceil(e / 2)},
  {department: "ost" as const, month, tertial: tertialOf(month), cases: Math.ceil(n / 2), events: Math.ceil(e / 2)}
]).reverse();

/** The p-chart of Montgomery §7.2, computed here without src/lib/stats: pooled centre, limits p̄ ± 3√(p̄(1−p̄)/nᵢ) clipped to [0, 1]. */
function handPChart(counts: readonly [number, number][]): {centre: number; lower: number[]; upper: number[]} {
  const centre = counts.reduce((s, [, e]) => s + e, 0) / counts.reduce((s, [n]) => s + n, 0);
  const sd = (n: number) => Math.sqrt((centre * (1 - centre)) / n);
  return {centre, lower: counts.map(([n]) => Math.max(0, centre - 3 * sd(n))), upper: counts.map(([n]) => Math.min(1, centre + 3 * sd(n)))};
}

describe("preparationsOverTime(rows, department)", () => {
  it("charts the nation per month: pooled centre, each month's own 3σ limits, and the rules each month breaks", () => {
    const r = preparationsOverTime(ROWS);
    expect(r.department).toBeNull();
    expect(r.points).toEqual(MONTHLY.map(([month, cases, events]) => ({month, cases, events})));
    const hand = handPChart(MONTHLY.map(([, n, e]) => [n, e]));
    expect(hand.centre).toBeCloseTo(27 / 140, 12);
    expect(r.chart!.centre).toBeCloseTo(hand.centre, 12);
    r.chart!.points.forEach((p, i) => {
      expect(p.lower).toBeCloseTo(hand.lower[i]!, 12);
      expect(p.upper).toBeCloseTo(hand.upper[i]!, 12);
    });
    expect(r.chart!.points.at(-1)!.proportion).toBeGreaterThan(hand.upper.at(-1)!);
    expect(r.chart!.points.map((p) => [p.rule, p.side])).toEqual([...Array(7).fill(["shift", "low"]), ["limit", "high"]]);
    // No polarity: a special cause is neither better nor worse.
    expect(new Set(r.chart!.points.map((p) => p.variation))).toEqual(new Set(["special_cause_neither"]));
    expect(r.chart!.shortBaseline).toBe(true);
  });

  it("charts one department from its own rows only", () => {
    const r = preparationsOverTime(ROWS, "ost");
    const own = MONTHLY.map(([month, n, e]) => ({month, cases: Math.ceil(n / 2), events: Math.ceil(e / 2)}));
    expect(r.department).toBe("ost");
    expect(r.points).toEqual(own);
    const hand = handPChart(own.map((m) => [m.cases, m.events]));
    expect(r.chart!.centre).toBeCloseTo(hand.centre, 12);
    r.chart!.points.forEach((p, i) => expect(p.upper).toBeCloseTo(hand.upper[i]!, 12));
  });

  it("has no chart when no month has an item", () => {
    expect(preparationsOverTime([])).toEqual({department: null, points: [], chart: null});
    expect(preparationsOverTime(ROWS, "nord")).toEqual({department: "nord", points: [], chart: null});
  });
});
