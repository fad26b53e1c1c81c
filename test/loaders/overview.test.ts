// The overview on the built-in sample: its headline figures and its flags' counts against the independent oracle
// (test/oracle/, counted from the CSV rows); its flag list against `lika analyze --json` (run through the CLI, as a user
// would) — the loader runs the same analysis, so that comparison checks that the overview keeps and orders the CLI's
// flags, not the flags themselves; and the extract fingerprint on copies of the sample with one byte changed.
import {afterEach, beforeAll, beforeEach, describe, expect, it, vi} from "vitest";
import {copyFile, mkdtemp, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {main} from "../../loaders/cli/main.js";
import {PROJECT_ROOT} from "../../loaders/pipeline/data-directory.js";
import {loadExtracts} from "../../loaders/pipeline/load-extracts.js";
import {extractFileNames, fingerprintOfFolder, overviewData, type OverviewFile} from "../../loaders/pipeline/overview-data.js";
import {tertialOverview} from "../../src/lib/overview/overview.js";
import {referencesOf} from "../oracle/analyze-json.js";
import {compareRecords} from "../oracle/compare.js";
import {oracleFigures} from "../oracle/figures.js";
import {NO_FILTER} from "../oracle/filter.js";
import {readSample} from "../oracle/read-sample.js";
import {ingredientsOfRows} from "../oracle/rows.js";

const SAMPLE = join(PROJECT_ROOT, "data/sample");

interface CliFlag {
  measure: string;
  unitType: string;
  unit: string;
  level: string;
  direction: string;
  explanation: string;
}

/** What `lika analyze <sample> --period <p> --json` prints. */
async function cliJson(period: string): Promise<{flags: CliFlag[]}> {
  const out: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void out.push(args.join(" ")));
  const err = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    expect(await main(["analyze", SAMPLE, "--period", period, "--json"])).toBe(0);
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
  return JSON.parse(out.join("\n")) as {flags: CliFlag[]};
}

const identity = (f: {measure: string; unitType: string; unit: string; direction: string}) => `${f.measure}|${f.unitType}|${f.unit}|${f.direction}`;
const full = (f: CliFlag) => `${identity(f)}|${f.level}|${f.explanation}`;

describe("overview of the sample for 2024T2 against lika analyze", () => {
  let data: OverviewFile;
  let t1: CliFlag[];
  let t2: CliFlag[];
  let t2Json: {flags: CliFlag[]};
  beforeAll(async () => {
    const extracts = await loadExtracts(SAMPLE);
    data = await overviewData(SAMPLE, extracts, extracts.info);
    t1 = (await cliJson("2024T1")).flags;
    t2Json = await cliJson("2024T2");
    t2 = t2Json.flags;
  }, 120_000);

  it("shows every tertial's headline counts as the oracle counts them from the CSV rows", () => {
    const rows = ingredientsOfRows(readSample(SAMPLE));
    // Headlines are national figures: the reference does not enter them.
    const refs = () => ({reference: "all" as const, setAside: []});
    const sum = (list: Record<string, unknown>[], field: string) => list.reduce((n, r) => n + (r[field] as number), 0);
    for (const t of data.tertials) {
      const o = oracleFigures(rows, {period: t.tertial, filter: NO_FILTER}, refs);
      const share = (cases: number, events: number) => ({base: cases, value: cases === 0 ? null : events / cases});
      const escalation = o["escalation-repeats.byDepartment.units"]!;
      const children = o["child-conversations.summary.total"]![0];
      const national = o["national-supervision.total"]![0]!;
      const expected = {
        "decisions-without-deficiencies": share(sum(o["decisions-without-deficiencies.byDepartment.strata"]!, "n"), sum(o["decisions-without-deficiencies.byDepartment.strata"]!, "events")),
        delegation: share(sum(o["delegation.byDepartment.strata"]!, "n"), sum(o["delegation.byDepartment.strata"]!, "events")),
        "child-conversations": share((children?.inspectedHomes as number) ?? 0, (children?.homesWithConversation as number) ?? 0),
        "escalation-repeats": share(sum(escalation, "n"), sum(escalation, "observed")),
        "preparations-sent-back": share(sum(o["preparations-sent-back.byDepartment.units"]!, "n"), sum(o["preparations-sent-back.byDepartment.units"]!, "observed")),
        "national-supervision": {base: national.operations, value: national.total}
      };
      const shown = Object.fromEntries(Object.keys(expected).map((id) => [id, (t.headlines as Record<string, unknown>)[id] ?? null]));
      expect(JSON.parse(JSON.stringify(shown)), t.tertial).toEqual(JSON.parse(JSON.stringify(expected)));
    }
  });

  it("flags with the cases, events and expected events the oracle counts for 2024T2", () => {
    const o = oracleFigures(ingredientsOfRows(readSample(SAMPLE)), {period: "2024T2", filter: NO_FILTER}, referencesOf(t2Json));
    const by = {"decision-maker": "byDecisionMaker", department: "byDepartment", team: "byTeam"} as Record<string, string>;
    const overview = tertialOverview(data.tertials, "2024T2");
    expect(overview.flags.length).toBeGreaterThan(0);
    for (const {flag} of overview.flags) {
      const f = flag as unknown as Record<string, unknown> & {measure: string; unitType: string; unit: string};
      const oracle = o[`${f.measure}.${by[f.unitType]}.units`]!.filter((u) => u.unit === f.unit);
      expect(oracle, `${f.measure} ${f.unit}`).toHaveLength(1);
      expect(compareRecords(f.measure, oracle, [f], "unit")).toEqual([]);
    }
  });

  it("keeps every flag `lika analyze --period 2024T2 --json` reports, in its order, with its sentences", () => {
    const overview = tertialOverview(data.tertials, "2024T2");
    expect(t2.length).toBeGreaterThan(0);
    expect(overview.flags.map((l) => full(l.flag as CliFlag))).toEqual(t2.map(full));
  });

  it("counts alarms and alerts per measure as the CLI's flags do", () => {
    const overview = tertialOverview(data.tertials, "2024T2");
    for (const c of overview.counts) {
      const mine = t2.filter((f) => f.measure === c.measure && f.unitType === c.unitType);
      expect([c.alarms, c.alerts]).toEqual([mine.filter((f) => f.level === "alarm").length, mine.filter((f) => f.level === "alert").length]);
    }
    expect(overview.counts.reduce((n, c) => n + c.alarms + c.alerts, 0)).toBe(t2.length);
  });

  it("'what changed' is the difference between 2024T1's and 2024T2's flag sets", () => {
    const changes = tertialOverview(data.tertials, "2024T2").changes!;
    const before = new Set(t1.map(identity));
    const after = new Set(t2.map(identity));
    const sorted = (xs: Iterable<string>) => [...xs].sort();
    expect(sorted(changes.new.map((l) => identity(l.flag)))).toEqual(sorted([...after].filter((k) => !before.has(k))));
    expect(sorted(changes.cleared.map((l) => identity(l.flag)))).toEqual(sorted([...before].filter((k) => !after.has(k))));
    expect(sorted(changes.persisting.map((p) => identity(p.current.flag)))).toEqual(sorted([...after].filter((k) => before.has(k))));
    // The sample has flags in each of the three groups, so none of the comparisons above is vacuous.
    expect(changes.new.length * changes.cleared.length * changes.persisting.length).toBeGreaterThan(0);
  });

  it("compares with the previous tertial and the same tertial a year earlier", () => {
    const overview = tertialOverview(data.tertials, "2024T2");
    expect([overview.previous?.tertial, overview.yearEarlier?.tertial]).toEqual(["2024T1", "2023T2"]);
    const dwd = overview.headlines.find((h) => h.spec.id === "decisions-without-deficiencies")!;
    expect(dwd.changeFromPrevious).toBeCloseTo(dwd.current!.value! - dwd.previous!.value!, 12);
    expect(dwd.changeFromYearEarlier).toBeCloseTo(dwd.current!.value! - dwd.yearEarlier!.value!, 12);
  });

  it("names the department of every flag: the unit itself, a decision-maker's and a team's department", () => {
    const codes = ["nord", "mitt", "ost", "sydost", "syd", "vast"];
    const flags = data.tertials.flatMap((t) => t.flags);
    expect(flags.some((f) => f.unitType === "team") && flags.some((f) => f.unitType === "decision-maker")).toBe(true);
    for (const f of flags) {
      expect(codes, `${f.unitType} ${f.unit}`).toContain(f.department);
      if (f.unitType === "department") expect(f.department).toBe(f.unit);
      // The sample's teams are named after their department ("syd-3").
      if (f.unitType === "team") expect(f.unit.startsWith(`${f.department}-`)).toBe(true);
    }
    // The department measures carry every department beside the nation's share.
    const dwd = data.tertials.at(-2)!.departments.find((d) => d.measure === "decisions-without-deficiencies")!;
    expect(dwd.units.map((u) => u.unit).sort()).toEqual([...codes].sort());
    expect(dwd.target).toBeGreaterThan(0);
  });

  it("builds a department page for every department code of the extract contract", async () => {
    const {DEPARTMENTS} = await import("../../src/lib/extract/codes.js");
    const config = (await import("../../observablehq.config.js")).default as {dynamicPaths: () => string[]};
    expect(config.dynamicPaths().filter((p) => p.startsWith("/avdelning/"))).toEqual(DEPARTMENTS.map((d) => `/avdelning/${d.code}`));
  });

  it("states the extract's period, extraction date, lika's version and the parameters of the default policy", async () => {
    const pkg = JSON.parse(await readFile(join(PROJECT_ROOT, "package.json"), "utf8")) as {version: string};
    expect(data.extract.period).toEqual({from: "2021-01-01", to: "2024-12-31"});
    expect(data.extract.extracted).toBe("2025-01-15");
    expect(data.lika.version).toBe(pkg.version);
    expect(data.parameters).toMatchObject({method: "arcsine", alertLevel: 0.95, alarmLevel: 0.998, minimumCases: 20});
    expect(data.tertials.map((t) => t.tertial)).toEqual(["2021T1", "2021T2", "2021T3", "2022T1", "2022T2", "2022T3", "2023T1", "2023T2", "2023T3", "2024T1", "2024T2", "2024T3"]);
  });
});

describe("fingerprintOfFolder(dir)", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "lika-fingerprint-"));
    for (const name of extractFileNames()) await copyFile(join(SAMPLE, name), join(dir, name));
  });
  afterEach(async () => rm(dir, {recursive: true, force: true}));
  let original: string;
  beforeAll(async () => void (original = await fingerprintOfFolder(SAMPLE)));

  it("is the same for a byte-identical copy of the extract, and a 64-digit hex SHA-256", async () => {
    expect(await fingerprintOfFolder(dir)).toBe(original);
    expect(original).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes when one byte of any input file changes, and returns when the byte is put back", async () => {
    for (const name of extractFileNames()) {
      const path = join(dir, name);
      const bytes = await readFile(path);
      const at = Math.floor(bytes.length / 2);
      const changed = Buffer.from(bytes);
      changed[at] = changed[at]! ^ 0x01;
      await writeFile(path, changed);
      expect(await fingerprintOfFolder(dir), name).not.toBe(original);
      await writeFile(path, bytes);
      expect(await fingerprintOfFolder(dir), name).toBe(original);
    }
  });

  it("changes when a file is removed or a byte is appended", async () => {
    await rm(join(dir, "preparations.csv"));
    const without = await fingerprintOfFolder(dir);
    expect(without).not.toBe(original);
    await copyFile(join(SAMPLE, "preparations.csv"), join(dir, "preparations.csv"));
    await writeFile(join(dir, "extract.json"), Buffer.concat([await readFile(join(SAMPLE, "extract.json")), Buffer.from("\n")]));
    expect(await fingerprintOfFolder(dir)).not.toBe(original);
  });
});
