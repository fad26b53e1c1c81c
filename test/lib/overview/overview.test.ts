import {describe, expect, it} from "vitest";
import {extractFingerprint, shortFingerprint} from "../../../src/lib/overview/fingerprint.js";
import {flagChanges, flagKey} from "../../../src/lib/overview/flag-changes.js";
import {flagAnchor, FLAG_GROUPS, flagGroupOf, HEADLINES} from "../../../src/lib/overview/catalogue.js";
import {flagHref, tertialOverview} from "../../../src/lib/overview/overview.js";
import type {OverviewFlag, TertialSummary} from "../../../src/lib/overview/tertial-summary.js";

type Level = "alarm" | "alert";
const f = (unit: string, direction: "high" | "low", level: Level, measure = "delegation", unitType: "department" | "decision-maker" = "department") => ({measure, unitType, unit, direction, level});

/** A tertial summary with the given flags and one headline value (the others empty). */
function summary(tertial: string, flags: ReturnType<typeof f>[], dwd: number | null): TertialSummary {
  const headlines: TertialSummary["headlines"] = Object.fromEntries(HEADLINES.map((h) => [h.id, {value: null, base: 0}]));
  headlines["decisions-without-deficiencies"] = {value: dwd, base: 100};
  return {
    tertial,
    period: {from: "", to: "", label: tertial},
    decisionMakerWindow: {from: "", to: ""},
    headlines,
    departments: [],
    flags: flags.map((x) => ({...x, unitLabel: x.unit, explanation: `${x.unit} ${x.direction}`}) as unknown as OverviewFlag)
  };
}

describe("flagChanges(previous, current)", () => {
  it("splits flags into new, cleared and persisting by measure, kind of unit, unit and direction", () => {
    const prev = [f("nord", "high", "alarm"), f("syd", "low", "alert"), f("ost", "high", "alert"), f("mitt", "high", "alarm")];
    const curr = [f("nord", "high", "alert"), f("ost", "high", "alarm"), f("vast", "low", "alarm"), f("mitt", "low", "alarm")];
    const c = flagChanges(prev, curr);
    expect(c.new.map(flagKey)).toEqual(["delegation|department|vast|low", "delegation|department|mitt|low"]);
    expect(c.cleared.map(flagKey)).toEqual(["delegation|department|syd|low", "delegation|department|mitt|high"]);
    expect(c.persisting.map((p) => [p.current.unit, p.levelChange])).toEqual([["nord", "down"], ["ost", "up"]]);
  });

  it("keeps the same unit in two measures or two kinds of unit apart", () => {
    const c = flagChanges([f("nord", "high", "alarm", "delegation")], [f("nord", "high", "alarm", "preparations-sent-back")]);
    expect([c.new.length, c.cleared.length, c.persisting.length]).toEqual([1, 1, 0]);
  });

  it("is empty both ways for identical sets, and all new from nothing", () => {
    const s = [f("nord", "high", "alarm")];
    expect(flagChanges(s, s)).toMatchObject({new: [], cleared: []});
    expect(flagChanges([], s).new).toHaveLength(1);
  });
});

describe("tertialOverview(summaries, tertial)", () => {
  const summaries = [summary("2023T2", [f("nord", "high", "alarm")], 0.4), summary("2024T1", [f("syd", "low", "alert")], 0.5), summary("2024T2", [f("syd", "low", "alarm"), f("ost", "high", "alert")], 0.45)];

  it("compares with the previous tertial and the year before: headline changes, counts and flag changes", () => {
    const o = tertialOverview(summaries, "2024T2");
    const dwd = o.headlines.find((h) => h.spec.id === "decisions-without-deficiencies")!;
    expect(dwd.changeFromPrevious).toBeCloseTo(-0.05, 12);
    expect(dwd.changeFromYearEarlier).toBeCloseTo(0.05, 12);
    expect(o.headlines.find((h) => h.spec.id === "delegation")!.changeFromPrevious).toBeNull();
    expect(o.counts.find((c) => c.measure === "delegation")).toMatchObject({alarms: 1, alerts: 1, previous: {alarms: 0, alerts: 1}});
    expect(o.changes!.new.map((l) => l.flag.unit)).toEqual(["ost"]);
    expect(o.changes!.persisting.map((p) => p.levelChange)).toEqual(["up"]);
    expect(o.changes!.cleared).toEqual([]);
    expect(o.flags.map((l) => l.href)).toEqual(["./beslut-utan-brister.html?period=2024T2#flagga-delegation-department-syd", "./beslut-utan-brister.html?period=2024T2#flagga-delegation-department-ost"]);
  });

  it("has no changes and no comparison figures when the earlier tertials have no data", () => {
    const o = tertialOverview(summaries, "2023T2");
    expect([o.previous, o.yearEarlier, o.changes]).toEqual([null, null, null]);
    expect(o.headlines[0]!.changeFromPrevious).toBeNull();
  });

  it("throws for a tertial without data", () => {
    expect(() => tertialOverview(summaries, "2019T1")).toThrow(/2019T1/);
  });
});

describe("catalogue", () => {
  it("names a page for every flagged result and refuses an unknown one", () => {
    for (const g of FLAG_GROUPS) expect(flagGroupOf(g.measure, g.unitType).page).toMatch(/\.html$/);
    expect(() => flagGroupOf("unknown", "team")).toThrow(/unknown/);
  });
  it("makes anchors of letters, digits, - and _ only", () => {
    expect(flagAnchor("child-conversations", "team", "syd 3/ä")).toBe("flagga-child-conversations-team-syd_3__");
    expect(flagHref({measure: "preparations-sent-back", unitType: "department", unit: "ost"}, "2024T2")).toBe("./beredning.html?period=2024T2#flagga-preparations-sent-back-department-ost");
  });
});

describe("extractFingerprint(files)", () => {
  const a = {name: "a.csv", bytes: new Uint8Array([1, 2, 3])};
  const b = {name: "b.csv", bytes: new Uint8Array([4])};
  it("is SHA-256 in hex and does not depend on the order the files are given in", () => {
    expect(extractFingerprint([a, b])).toMatch(/^[0-9a-f]{64}$/);
    expect(extractFingerprint([a, b])).toBe(extractFingerprint([b, a]));
  });
  it("changes when bytes move between files, a file is renamed or is absent", () => {
    const base = extractFingerprint([a, b]);
    expect(extractFingerprint([{name: "a.csv", bytes: new Uint8Array([1, 2])}, {name: "b.csv", bytes: new Uint8Array([3, 4])}])).not.toBe(base);
    expect(extractFingerprint([{...a, name: "c.csv"}, b])).not.toBe(base);
    expect(extractFingerprint([a, {...b, bytes: null}])).not.toBe(base);
  });
  it("is the same with Node's native SHA-256, which the data loader uses", async () => {
    const {nodeSha256} = await import("../../../loaders/pipeline/overview-data.js");
    const big = {name: "decisions.csv", bytes: new Uint8Array(300_000).map((_, i) => (i * 7919) % 251)};
    for (const files of [[], [a, b], [a, {...b, bytes: null}], [big, a]]) expect(extractFingerprint(files, nodeSha256)).toBe(extractFingerprint(files));
  });
  it("of no files is SHA-256 of nothing (e3b0c442…, FIPS 180-4 test value)", () => {
    expect(extractFingerprint([])).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(shortFingerprint("e3b0c44298fc1c149afb")).toBe("e3b-0c4-429-8fc");
  });
});
