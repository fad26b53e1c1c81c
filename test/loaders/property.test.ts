// Property test of the ingestion pipeline: 2 000 seeded random mutations of a small valid folder of
// extracts (20 rows of the built-in sample's decisions.csv, plus a few inspections and preparations).
// For every mutation `loadExtracts(dir)` must either resolve with reports whose rows reconcile, or
// reject with an ExtractError (one plain sentence) — never throw anything else.
import {readFileSync} from "node:fs";
import {randomLcg} from "d3";
import {mkdtemp, rm, writeFile, unlink} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {PROJECT_ROOT} from "../../loaders/pipeline/data-directory.js";
import {loadExtracts, type LoadedExtracts} from "../../loaders/pipeline/load-extracts.js";
import {ExtractError} from "../../src/lib/extract/problem.js";
import {isPseudonym} from "../../src/lib/privacy/pseudonym-format.js";
import {STACK_TRACE, syntheticPseudonymKey} from "../fixtures/bad-input/support.js";

const MUTATIONS = 2000;
const KEY = syntheticPseudonymKey("property");
const EXTRACTS = ["decisions", "inspections", "preparations"] as const;
type ExtractName = (typeof EXTRACTS)[number];

/** d3's seeded linear congruential generator, floats in [0, 1): the same mutations every run. */
const seeded = (seed: number): (() => number) => randomLcg(seed / 2 ** 32);

const SWEDISH_DEPARTMENT: Record<string, string> = {ost: "Öst", sydost: "Sydöst", vast: "Väst"};

/**
 * The valid base folder: header and the first 20 rows of data/sample/decisions.csv, with the
 * departments öst, sydöst and väst written as their Swedish labels (so re-encoding changes bytes),
 * and small inspections and preparations extracts.
 */
function baseFolder(): Record<ExtractName, string> {
  const lines = readFileSync(join(PROJECT_ROOT, "data/sample/decisions.csv"), "utf8").split(/\r?\n/);
  const header = lines[0]!;
  const departmentAt = header.split(",").indexOf("department");
  const rows = lines.slice(1, 21).map((line) => {
    const fields = line.split(",");
    const dept = fields[departmentAt]!;
    fields[departmentAt] = SWEDISH_DEPARTMENT[dept] ?? dept;
    return fields.join(",");
  });
  const decisions = [header, ...rows].join("\n") + "\n";
  const inspections =
    [
      "inspection_id,home_id,home_type,department,inspection_date,team,decision_id,children_placed,children_agreed,children_spoken,no_conversation_reason",
      "I-1,home_bcdfghjklmnp,hvb,Nord,2022-03-01,T-nord-1,,4,3,2,",
      "I-2,home_pqrstbcdfghj,stödboende,Sydöst,2022-03-02,T-sydost-1,,3,0,0,all_declined",
      "I-3,home_kkllmmnnppqq,lss_child_home,Väst,2022-03-03,T-vast-2,,0,0,0,no_child_present",
      "I-4,home_ttssrrqqppnn,special_youth_home,mitt,2022-03-04,T-mitt-1,,5,5,5,"
    ].join("\n") + "\n";
  const preparations =
    [
      "item_id,department,presented_date,outcome,returns_from",
      "P-1,Öst,2023-02-06,sent_back,",
      "P-2,syd,2023-02-06,decided,",
      "P-3,Öst,2023-02-13,decided,P-1",
      "P-4,Väst,2023-02-20,decided,"
    ].join("\n") + "\n";
  return {decisions, inspections, preparations};
}

const BASE = baseFolder();
const BASE_BYTES: Record<ExtractName, Uint8Array> = {
  decisions: new TextEncoder().encode(BASE.decisions),
  inspections: new TextEncoder().encode(BASE.inspections),
  preparations: new TextEncoder().encode(BASE.preparations)
};

type Mutation = {name: string; apply: (bytes: Uint8Array, rnd: () => number) => Uint8Array};

const int = (rnd: () => number, n: number): number => Math.floor(rnd() * n);
const pick = <T>(rnd: () => number, items: readonly T[]): T => items[int(rnd, items.length)]!;
const bytesOf = (s: string): Uint8Array => new TextEncoder().encode(s);
const textOf = (b: Uint8Array): string => new TextDecoder("utf-8").decode(b);
const join2 = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/** Latin-1 range as Windows-1252 bytes (the same code points), anything else as '?'. */
function toWindows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => {
    const c = ch.codePointAt(0)!;
    return c <= 0xff ? c : 0x3f;
  }));
}

function toUtf16(text: string, variant: "le-bom" | "be-bom" | "le"): Uint8Array {
  const le = Buffer.from((variant === "le" ? "" : "\uFEFF") + text, "utf16le");
  if (variant !== "be-bom") return new Uint8Array(le);
  const be = new Uint8Array(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}

const MUTATION_KINDS: readonly Mutation[] = [
  {name: "truncate", apply: (b, rnd) => b.slice(0, int(rnd, b.length + 1))},
  {
    name: "flip bytes",
    apply: (b, rnd) => {
      const out = b.slice();
      const n = 1 + int(rnd, 5);
      for (let k = 0; k < n && out.length > 0; k++) out[int(rnd, out.length)] = int(rnd, 256);
      return out;
    }
  },
  {
    name: "insert delimiter or quote",
    apply: (b, rnd) => {
      const at = int(rnd, b.length + 1);
      const ch = bytesOf(pick(rnd, ['"', ",", ";", "\n", "\r\n", '""', "\t"]));
      return join2(join2(b.slice(0, at), ch), b.slice(at));
    }
  },
  {
    name: "delete delimiter or quote",
    apply: (b, rnd) => {
      const target = pick(rnd, [0x22, 0x2c, 0x3b, 0x0a]);
      const positions: number[] = [];
      b.forEach((x, i) => {
        if (x === target) positions.push(i);
      });
      if (positions.length === 0) return b;
      const at = pick(rnd, positions);
      return join2(b.slice(0, at), b.slice(at + 1));
    }
  },
  {name: "re-encode as Windows-1252", apply: (b) => toWindows1252(textOf(b))},
  {name: "re-encode as UTF-16", apply: (b, rnd) => toUtf16(textOf(b), pick(rnd, ["le-bom", "be-bom", "le"] as const))},
  {
    name: "duplicate lines",
    apply: (b, rnd) => {
      const lines = textOf(b).split("\n");
      const n = 1 + int(rnd, 3);
      for (let k = 0; k < n; k++) {
        const from = int(rnd, lines.length);
        lines.splice(int(rnd, lines.length + 1), 0, lines[from]!);
      }
      return bytesOf(lines.join("\n"));
    }
  },
  {
    name: "shuffle header columns",
    apply: (b, rnd) => {
      const text = textOf(b);
      const end = text.indexOf("\n");
      const header = (end < 0 ? text : text.slice(0, end)).split(",");
      for (let i = header.length - 1; i > 0; i--) {
        const j = int(rnd, i + 1);
        [header[i], header[j]] = [header[j]!, header[i]!];
      }
      return bytesOf(header.join(",") + (end < 0 ? "" : text.slice(end)));
    }
  }
];

/** extract.json variants, from valid to broken. */
const EXTRACT_INFO_VARIANTS = [
  null,
  '{"period": {"from": "2022-01-01", "to": "2022-12-31"}, "extracted": "2023-01-10"}',
  '{"period": {"from": "2022-02-01", "to": "2022-02-28"}}',
  '{"period": {"from": "2022-12-31", "to": "2022-01-01"}}',
  '{"period": {"from": "2022-02-30", "to": "2022-12-31"}}',
  '{"period": "2022"}',
  '{"period": {"from": "2022-01-01"',
  "[]",
  "",
  "\u0000\u0001garbage"
] as const;

interface Trial {
  seed: number;
  target: ExtractName;
  mutations: string[];
  keyed: boolean;
  extractInfo: string | null;
  dropped: ExtractName | null;
}

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lika-property-"));
});
afterAll(async () => {
  if (dir) await rm(dir, {recursive: true, force: true});
});

async function writeFolder(files: Partial<Record<ExtractName, Uint8Array>>, extractInfo: string | null): Promise<void> {
  for (const name of EXTRACTS) {
    const path = join(dir, `${name}.csv`);
    const content = files[name];
    if (content === undefined) await unlink(path).catch(() => undefined);
    else await writeFile(path, content);
  }
  const infoPath = join(dir, "extract.json");
  if (extractInfo === null) await unlink(infoPath).catch(() => undefined);
  else await writeFile(infoPath, extractInfo);
}

/** The invariants of a resolved load; returns what is violated (empty when all hold). */
function violations(loaded: LoadedExtracts): string[] {
  const out: string[] = [];
  const rowsOf: Record<ExtractName, readonly unknown[]> = {decisions: loaded.decisions, inspections: loaded.inspections, preparations: loaded.preparations};
  for (const name of EXTRACTS) {
    const report = loaded.reports.find((r) => r.extract === name);
    if (!report) {
      out.push(`no report for ${name}`);
      continue;
    }
    const {rowsRead, rowsAccepted, rowsQuarantined} = report;
    if (![rowsRead, rowsAccepted, rowsQuarantined].every((n) => Number.isInteger(n) && n >= 0)) out.push(`${name}: counts not whole numbers ≥ 0`);
    if (rowsRead !== rowsAccepted + rowsQuarantined) out.push(`${name}: rows read ${rowsRead} ≠ accepted ${rowsAccepted} + set aside ${rowsQuarantined}`);
    const byReason = Object.values(report.quarantinedByReason).reduce((a, b) => a + b, 0);
    if (byReason !== rowsQuarantined) out.push(`${name}: quarantinedByReason sums to ${byReason}, not ${rowsQuarantined}`);
    if (rowsOf[name].length !== rowsAccepted) out.push(`${name}: ${rowsOf[name].length} rows returned, ${rowsAccepted} reported accepted`);
    if (report.fatal !== null && rowsOf[name].length > 0) out.push(`${name}: fatal, yet ${rowsOf[name].length} rows used`);
    if (report.fatal !== null && STACK_TRACE.test(report.fatal)) out.push(`${name}: fatal message has a stack trace`);
    if (rowsQuarantined > 0 && report.fatal === null && report.problems.length === 0) out.push(`${name}: rows set aside without a problem`);
    for (const p of report.problems) {
      if (!Number.isInteger(p.line) || p.line < 1) out.push(`${name}: problem on line ${p.line}`);
      if (typeof p.reason !== "string" || p.reason === "") out.push(`${name}: problem without a reason`);
    }
  }
  for (const d of loaded.decisions) {
    if (!isPseudonym("decisionMaker", d.decision_maker) || !isPseudonym("operation", d.operation_id)) out.push(`decision ${d.decision_id}: id not a pseudonym`);
  }
  for (const i of loaded.inspections) if (!isPseudonym("home", i.home_id)) out.push(`inspection ${i.inspection_id}: home_id not a pseudonym`);
  return out;
}

describe("loadExtracts(dir) under random damage", () => {
  it("reads the undamaged base folder whole: 20 decisions, 4 inspections, 4 preparations, nothing set aside", async () => {
    await writeFolder(BASE_BYTES, null);
    const loaded = await loadExtracts(dir, {env: {}});
    expect(loaded.reports.map((r) => [r.extract, r.rowsRead, r.rowsAccepted, r.rowsQuarantined, r.fatal])).toEqual([
      ["decisions", 20, 20, 0, null],
      ["inspections", 4, 4, 0, null],
      ["preparations", 4, 4, 0, null]
    ]);
    expect(violations(loaded)).toEqual([]);
  });

  it("accepts every row when the columns of a whole file are consistently permuted (10 seeded permutations)", async () => {
    for (let seed = 0; seed < 10; seed++) {
      const rnd = seeded(1_000_000 + seed);
      const lines = BASE.decisions.trimEnd().split("\n").map((l) => l.split(","));
      const order = lines[0]!.map((_, k) => k);
      for (let i = order.length - 1; i > 0; i--) {
        const j = int(rnd, i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const permuted = lines.map((fields) => order.map((k) => fields[k]!).join(",")).join("\n") + "\n";
      await writeFolder({...BASE_BYTES, decisions: bytesOf(permuted)}, null);
      const loaded = await loadExtracts(dir, {env: {}});
      expect(loaded.decisions.length, `column order ${order.join(",")}`).toBe(20);
      expect(violations(loaded)).toEqual([]);
    }
  });

  it(`either resolves with reconciling reports or rejects with an ExtractError, for ${MUTATIONS} seeded mutations`, async () => {
    const failures: string[] = [];
    let resolved = 0;
    let rejected = 0;
    let fatalFiles = 0;
    let setAside = 0;
    for (let seed = 1; seed <= MUTATIONS; seed++) {
      const rnd = seeded(seed);
      const target: ExtractName = rnd() < 0.7 ? "decisions" : pick(rnd, ["inspections", "preparations"] as const);
      const trial: Trial = {seed, target, mutations: [], keyed: rnd() < 0.5, extractInfo: null, dropped: null};
      let bytes = BASE_BYTES[target];
      const n = 1 + int(rnd, 3);
      for (let k = 0; k < n; k++) {
        const m = pick(rnd, MUTATION_KINDS);
        trial.mutations.push(m.name);
        bytes = m.apply(bytes, rnd);
      }
      if (rnd() < 0.1) trial.extractInfo = pick(rnd, EXTRACT_INFO_VARIANTS);
      if (rnd() < 0.05) trial.dropped = pick(rnd, EXTRACTS);
      const files: Partial<Record<ExtractName, Uint8Array>> = {...BASE_BYTES, [target]: bytes};
      if (trial.dropped !== null) delete files[trial.dropped];
      await writeFolder(files, trial.extractInfo);
      try {
        const loaded = await loadExtracts(dir, {env: trial.keyed ? {LIKA_PSEUDONYM_KEY: KEY} : {}});
        resolved++;
        fatalFiles += loaded.reports.filter((r) => r.fatal !== null).length;
        setAside += loaded.reports.reduce((a, r) => a + r.rowsQuarantined, 0);
        const broken = violations(loaded);
        if (broken.length > 0) failures.push(`${JSON.stringify(trial)}: ${broken.join("; ")}`);
      } catch (error) {
        rejected++;
        if (!(error instanceof ExtractError)) {
          const what = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
          failures.push(`${JSON.stringify(trial)}: threw ${what.slice(0, 800)}`);
        } else if (STACK_TRACE.test(error.message) || error.message.trim() === "") {
          failures.push(`${JSON.stringify(trial)}: ExtractError message is not one plain sentence: ${error.message.slice(0, 300)}`);
        }
      }
    }
    // The mutations must actually exercise both the fatal path and the row-level path.
    expect(failures.slice(0, 10)).toEqual([]);
    expect(resolved + rejected).toBe(MUTATIONS);
    expect(fatalFiles + rejected).toBeGreaterThan(50);
    expect(setAside).toBeGreaterThan(100);
  }, 120_000);
});
