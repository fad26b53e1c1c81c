// The bad-input corpus (test/fixtures/bad-input/<case>/, see docs/bad-input.md): every folder is run
// through `lika check <dir> --json` as a child process and must give exactly the outcome its
// expected.json describes. Some cases are generated here at run time instead of committed: a personal
// identity number (never written into the repository), 1 MB and 5 MB fields, a Windows-1252 letter
// after the first 64 KiB, and entries that are not regular files (a named pipe, links, a folder).
import {execFileSync} from "node:child_process";
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {mkdir, symlink, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {tempDir} from "../helpers/temp-dir.js";
import {PROJECT_ROOT} from "../../loaders/pipeline/data-directory.js";
import {loadExtracts} from "../../loaders/pipeline/load-extracts.js";
import {formatProblem} from "../../src/lib/extract/problem.js";
import type {ExtractReport} from "../../src/lib/extract/report.js";
import {isPseudonym} from "../../src/lib/privacy/pseudonym-format.js";
import {
  BAD_INPUT_DIR,
  STACK_TRACE,
  childEnv,
  csvText,
  DECISIONS_HEADER,
  decisionRow,
  inBatches,
  parseCheckOutput,
  runLika,
  syntheticPin,
  syntheticPseudonymKey,
  type RunResult
} from "../fixtures/bad-input/support.js";

/** What a case's expected.json says about one extract (absent keys are not asserted). */
interface ExpectedFile {
  present?: boolean;
  encoding?: string;
  delimiter?: string;
  rowsRead?: number;
  rowsAccepted?: number;
  rowsQuarantined?: number;
  /** Each must be a substring of at least one of the file's problems as printed (file:line, column, reason, value). */
  reasons?: string[];
  /** The distinct lines of the file's problems, i.e. the rows set aside. */
  lines?: number[];
  /** Each must be a substring of one of the file's warnings; an empty list: the file has no warnings. */
  warnings?: string[];
}

interface Expected {
  description: string;
  exit: 0 | 1;
  /** Regular expression some file's `fatal` must match; null: no file is fatal. */
  fatalMatches: string | null;
  /** Run with a synthetic LIKA_PSEUDONYM_KEY. */
  withPseudonymKey?: boolean;
  files: Record<string, ExpectedFile>;
}

interface Case {
  name: string;
  dir: string;
  expected: Expected;
}

const KEY = syntheticPseudonymKey("bad-input");

const committed: Case[] = readdirSync(BAD_INPUT_DIR, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .map((name) => ({
    name,
    dir: join(BAD_INPUT_DIR, name),
    expected: JSON.parse(readFileSync(join(BAD_INPUT_DIR, name, "expected.json"), "utf8")) as Expected
  }));

// A synthetic personal identity number, built from parts (no such literal is committed anywhere).
const PIN = syntheticPin("47", "03", "18", "274", {separator: "-"});
const PIN_DIGITS = PIN.replace("-", "");
const ONE_MIB = 1024 * 1024;
const FIVE_MB = 5_000_000;
/** The cases made at run time, in the order they are made (each listed in docs/bad-input.md). */
const GENERATED_NAMES = [
  "personal-identity-number-in-case-id",
  "one-megabyte-field",
  "five-megabyte-cell",
  "encoding-windows-1252-late",
  "unterminated-quote-beyond-10-mib",
  "decisions-csv-is-a-named-pipe",
  "decisions-csv-is-a-dangling-link",
  "decisions-csv-links-to-a-system-file",
  "decisions-csv-is-a-folder"
].map((n) => `${n} (generated)`);

let tmp = "";
const generated: Case[] = [];
const runs = new Map<string, RunResult>();

beforeAll(async () => {
  tmp = tempDir("bad-input");

  const pinDir = join(tmp, "personal-identity-number-in-case-id");
  await mkdir(pinDir);
  await writeFile(
    join(pinDir, "decisions.csv"),
    csvText([
      [...DECISIONS_HEADER],
      decisionRow(),
      decisionRow({decision_id: "B-2", case_id: `A-${PIN}`, operation_id: "op_pqrstbcdfghj"}),
      decisionRow({decision_id: "B-3", case_id: `A-${PIN_DIGITS}`, operation_id: "op_kkllmmnnppqq"}),
      decisionRow({decision_id: "B-4", case_id: "A-4", operation_id: "op_ttssrrqqppnn"})
    ])
  );
  generated.push({
    name: "personal-identity-number-in-case-id (generated)",
    dir: pinDir,
    expected: {
      description: "A personal identity number, with and without its separator, inside case_id: both rows set aside naming case_id, the number masked.",
      exit: 0,
      fatalMatches: null,
      files: {decisions: {rowsRead: 4, rowsAccepted: 2, rowsQuarantined: 2, reasons: ["personal identity number", "case_id"], lines: [3, 4]}}
    }
  });

  const bigDir = join(tmp, "one-megabyte-field");
  await mkdir(bigDir);
  await writeFile(
    join(bigDir, "decisions.csv"),
    csvText([
      [...DECISIONS_HEADER, "kommentar"],
      [...decisionRow(), "x".repeat(ONE_MIB)],
      [...decisionRow({decision_id: "B-2", case_id: "A".repeat(ONE_MIB), operation_id: "op_pqrstbcdfghj"}), "kort"],
      [...decisionRow({decision_id: "B-3", case_id: "A-3", operation_id: "op_kkllmmnnppqq"}), "kort"]
    ])
  );
  generated.push({
    name: "one-megabyte-field (generated)",
    dir: bigDir,
    expected: {
      description: "A 1 MiB value in an ignored column (accepted) and a 1 MiB case_id (set aside: not an id); the file is not fatal.",
      exit: 0,
      fatalMatches: null,
      files: {decisions: {rowsRead: 3, rowsAccepted: 2, rowsQuarantined: 1, reasons: ["not an id"], lines: [3]}}
    }
  });

  // A 5 MB value in a code column and in an ignored column: reasons, counts and the report stay short.
  const hugeDir = join(tmp, "five-megabyte-cell");
  await mkdir(hugeDir);
  await writeFile(
    join(hugeDir, "decisions.csv"),
    csvText([
      [...DECISIONS_HEADER, "kommentar"],
      [...decisionRow({deficiency_areas: `documentation|${"bemanning ".repeat(FIVE_MB / 10)}`}), "kort"],
      [...decisionRow({decision_id: "B-2", case_id: "A-2", department: "y".repeat(FIVE_MB)}), "kort"],
      [...decisionRow({decision_id: "B-3", case_id: "A-3"}), "z".repeat(FIVE_MB)]
    ])
  );
  generated.push({
    name: "five-megabyte-cell (generated)",
    dir: hugeDir,
    expected: {
      description: "5 MB values in deficiency_areas and department (both set aside, unknown codes) and in an ignored column (accepted): quoted at most 200 characters, counted under fixed reasons.",
      exit: 0,
      fatalMatches: null,
      files: {decisions: {rowsRead: 3, rowsAccepted: 1, rowsQuarantined: 2, reasons: ["unknown code in list", "unknown code"], lines: [2, 3]}}
    }
  });

  // An ASCII file whose first Windows-1252 letter comes after the first 64 KiB.
  const lateDir = join(tmp, "encoding-windows-1252-late");
  await mkdir(lateDir);
  const rows = Array.from({length: 1200}, (_, k) => decisionRow({decision_id: `B-${k}`, case_id: `A-${k}`, department: k === 1100 ? "V\u00e4st" : "ost"}));
  await writeFile(join(lateDir, "decisions.csv"), Buffer.from(csvText([[...DECISIONS_HEADER], ...rows]), "latin1"));
  generated.push({
    name: "encoding-windows-1252-late (generated)",
    dir: lateDir,
    expected: {
      description: "1 200 ASCII rows, the first Windows-1252 letter (ä in Väst) on line 1102, after the first 64 KiB: read again as Windows-1252, every row accepted.",
      exit: 0,
      fatalMatches: null,
      files: {decisions: {encoding: "windows-1252", rowsRead: 1200, rowsAccepted: 1200, rowsQuarantined: 0, warnings: ["read twice"]}}
    }
  });

  // A quote that never closes, with more than the 10 MiB a field may hold after it.
  const quoteDir = join(tmp, "unterminated-quote-beyond-10-mib");
  await mkdir(quoteDir);
  const many = Array.from({length: 80_000}, (_, k) => decisionRow({decision_id: `B-${k + 3}`, case_id: `A-${k + 3}`}));
  const open = decisionRow({decision_id: "B-2", case_id: "A-2", deficiency_areas: '"documentation'});
  await writeFile(join(quoteDir, "decisions.csv"), csvText([[...DECISIONS_HEADER], decisionRow(), open, ...many]));
  generated.push({
    name: "unterminated-quote-beyond-10-mib (generated)",
    dir: quoteDir,
    expected: {
      description: "A quote opened on line 3 never closes and 11 MB of rows follow: only line 3 is set aside, every row after it is read.",
      exit: 0,
      fatalMatches: null,
      files: {decisions: {rowsRead: 80_002, rowsAccepted: 80_001, rowsQuarantined: 1, reasons: ["never closed"], lines: [3], warnings: ["never closes"]}}
    }
  });

  // Entries that are not regular files: each one sentence, exit 1, nothing read from them.
  const notFiles: [string, string, (path: string) => Promise<void>, string][] = [
    ["decisions-csv-is-a-named-pipe", "a named pipe (FIFO) named decisions.csv: refused without opening it (never hangs)", async (path) => void execFileSync("mkfifo", [path]), "decisions\\.csv is a named pipe \\(FIFO\\), not a regular file"],
    ["decisions-csv-is-a-dangling-link", "decisions.csv is a symbolic link to a file that does not exist: said so (not 'not in the folder')", (path) => symlink(join(tmp, "nowhere.csv"), path), "decisions\\.csv is a symbolic link to a file that does not exist"],
    ["decisions-csv-links-to-a-system-file", "decisions.csv is a link to a system file: its first line is not a header, and it is never quoted", (path) => symlink("/etc/passwd", path), "the first line is not a header of decisions\\.csv.*right file"],
    ["decisions-csv-is-a-folder", "decisions.csv is a folder", (path) => mkdir(path), "decisions\\.csv is a folder, not a regular file"]
  ];
  for (const [name, description, make, fatal] of notFiles) {
    const d = join(tmp, name);
    await mkdir(d);
    await make(join(d, "decisions.csv"));
    generated.push({name: `${name} (generated)`, dir: d, expected: {description, exit: 1, fatalMatches: fatal, files: {decisions: {rowsRead: 0, rowsAccepted: 0}}}});
  }

  const all = [...committed, ...generated];
  const results = await inBatches(
    all.map((c) => () => runLika(["check", c.dir, "--json"], childEnv(c.expected.withPseudonymKey ? {LIKA_PSEUDONYM_KEY: KEY} : {}))),
    6
  );
  all.forEach((c, k) => runs.set(c.name, results[k]!));
});

function reportOf(files: ExtractReport[], extract: string): ExtractReport {
  const report = files.find((f) => f.extract === extract);
  if (!report) throw new Error(`no report for ${extract} in ${files.map((f) => f.extract).join(", ")}`);
  return report;
}

function assertCase(c: Case): void {
  const run = runs.get(c.name);
  if (!run) throw new Error(`case ${c.name} was not run`);
  const context = `${c.name}: ${c.expected.description}\nstderr: ${run.stderr.slice(0, 1000)}`;
  expect(run.stdout + run.stderr, context).not.toMatch(STACK_TRACE);
  expect(run.code, context).toBe(c.expected.exit);
  const output = parseCheckOutput(run);
  expect(typeof output.ok, context).toBe("boolean");
  if (c.expected.exit === 1) expect(output.ok, context).toBe(false);

  for (const report of output.files) {
    expect(report.rowsRead, `${context}\n${report.file}: rows read = accepted + set aside`).toBe(report.rowsAccepted + report.rowsQuarantined);
    const byReason = Object.values(report.quarantinedByReason).reduce((a, b) => a + b, 0);
    expect(byReason, `${context}\n${report.file}: quarantinedByReason sums to rows set aside`).toBe(report.rowsQuarantined);
  }

  const fatals = output.files.filter((f) => f.fatal !== null);
  if (c.expected.fatalMatches === null) {
    expect(fatals.map((f) => `${f.file}: ${f.fatal}`), context).toEqual([]);
  } else {
    const pattern = new RegExp(c.expected.fatalMatches);
    expect(fatals.map((f) => f.fatal).some((m) => m !== null && pattern.test(m)), `${context}\nfatal: ${fatals.map((f) => f.fatal).join(" | ")}`).toBe(true);
    for (const f of fatals) expect(f.fatal, context).not.toMatch(STACK_TRACE);
  }

  for (const [extract, want] of Object.entries(c.expected.files)) {
    const report = reportOf(output.files, extract);
    const where = `${context}\n${report.file}: ${JSON.stringify({...report, problems: report.problems.slice(0, 10)}, null, 1).slice(0, 3000)}`;
    if (want.present !== undefined) expect(report.present, where).toBe(want.present);
    if (want.encoding !== undefined) expect(report.encoding, where).toBe(want.encoding);
    if (want.delimiter !== undefined) expect(report.delimiter, where).toBe(want.delimiter);
    if (want.rowsRead !== undefined) expect(report.rowsRead, where).toBe(want.rowsRead);
    if (want.rowsAccepted !== undefined) expect(report.rowsAccepted, where).toBe(want.rowsAccepted);
    if (want.rowsQuarantined !== undefined) expect(report.rowsQuarantined, where).toBe(want.rowsQuarantined);
    const printed = report.problems.map(formatProblem);
    for (const reason of want.reasons ?? []) {
      expect(printed.some((p) => p.includes(reason)), `${where}\nno problem mentions '${reason}'`).toBe(true);
    }
    if (want.warnings !== undefined) {
      if (want.warnings.length === 0) expect(report.warnings, where).toEqual([]);
      for (const w of want.warnings) expect(report.warnings.some((x) => x.includes(w)), `${where}\nno warning mentions '${w}'`).toBe(true);
    }
    if (want.lines !== undefined) {
      const lines = [...new Set(report.problems.map((p) => p.line))].sort((a, b) => a - b);
      expect(lines, where).toEqual(want.lines);
    }
  }
}

describe("lika check <dir> --json on the bad-input corpus", () => {
  it("has at least 30 committed cases, each with a description in docs/bad-input.md", () => {
    expect(committed.length).toBeGreaterThanOrEqual(30);
    const doc = readFileSync(join(PROJECT_ROOT, "docs/bad-input.md"), "utf8");
    expect(committed.filter((c) => !doc.includes("`" + c.name + "`")).map((c) => c.name)).toEqual([]);
    expect(GENERATED_NAMES.filter((n) => !doc.includes("`" + n.replace(" (generated)", "") + "` (generated)"))).toEqual([]);
  });

  it.each(committed.map((c) => [c.name, c] as const))("%s: exit code, reconciliation, rows and reasons as in expected.json", (_name, c) => {
    assertCase(c);
  });

  it("personal-identity-number-in-case-id (generated): both rows set aside, the number never printed", () => {
    const c = generated[0]!;
    assertCase(c);
    const run = runs.get(c.name)!;
    for (const text of [run.stdout, run.stderr]) {
      expect(text).not.toContain(PIN);
      expect(text).not.toContain(PIN_DIGITS);
    }
    expect(run.stdout).toContain("[personnummer]");
  });

  it("one-megabyte-field (generated): read without a fatal error; the ignored 1 MiB value is not echoed", () => {
    const c = generated[1]!;
    assertCase(c);
    const run = runs.get(c.name)!;
    // Neither the ignored column nor the set-aside 1 MiB case_id is echoed whole: reports quote at most 200 characters.
    expect(run.stdout).not.toContain("x".repeat(1000));
    expect(run.stdout.length).toBeLessThan(64 * 1024);
  });

  it("generated cases (5 MB cells, a late Windows-1252 letter, entries that are not regular files): exit code, reconciliation, rows and reasons as expected", () => {
    expect(generated.map((c) => c.name)).toEqual(GENERATED_NAMES);
    for (const c of generated.slice(2)) assertCase(c);
  });

  it("five-megabyte-cell (generated): the JSON report stays small; no reason or count key holds the cell", () => {
    const run = runs.get("five-megabyte-cell (generated)")!;
    expect(run.stdout.length).toBeLessThan(32 * 1024);
    const report = parseCheckOutput(run).files.find((f) => f.extract === "decisions")!;
    for (const key of [...Object.keys(report.quarantinedByReason), ...Object.keys(report.quarantinedByCode ?? {})]) expect(key.length, key.slice(0, 80)).toBeLessThan(100);
    for (const p of report.problems) {
      expect(p.reason.length).toBeLessThan(200);
      expect(p.value?.length ?? 0).toBeLessThanOrEqual(201);
    }
    expect(report.quarantinedByCode).toEqual({"unknown-code-in-list": 1, "unknown-code": 1});
  });

  it("decisions-csv-links-to-a-system-file (generated): nothing of the linked file's content is printed", () => {
    const run = runs.get("decisions-csv-links-to-a-system-file (generated)")!;
    expect(run.stdout + run.stderr).not.toMatch(/root:|\/bin\/|nologin/);
  });

  it("pseudonym-with-key: loadExtracts pseudonymises the clear ids, which appear nowhere in the output", async () => {
    const dir = join(BAD_INPUT_DIR, "pseudonym-with-key");
    const loaded = await loadExtracts(dir, {env: {LIKA_PSEUDONYM_KEY: KEY}});
    expect(loaded.decisions).toHaveLength(2);
    for (const d of loaded.decisions) {
      expect(isPseudonym("decisionMaker", d.decision_maker)).toBe(true);
      expect(isPseudonym("operation", d.operation_id)).toBe(true);
    }
    const run = runs.get("pseudonym-with-key")!;
    expect(run.stdout + run.stderr).not.toContain("anna.andersson");
    expect(run.stdout + run.stderr).not.toContain("Verksamhet 17");
  });

  it("pseudonym-without-key: the fatal message does not repeat the clear ids", () => {
    const run = runs.get("pseudonym-without-key")!;
    expect(run.stdout + run.stderr).not.toContain("anna.andersson");
    expect(run.stdout + run.stderr).not.toContain("Verksamhet 17");
  });

  it("encoding-windows-1252: å/ä/ö labels are decoded, so Sydöst and Väst map to their codes", async () => {
    const loaded = await loadExtracts(join(BAD_INPUT_DIR, "encoding-windows-1252"), {env: {}});
    expect(loaded.decisions.map((d) => d.department)).toEqual(["ost", "sydost", "vast"]);
    expect(loaded.decisions.map((d) => d.deficiency_areas)).toEqual([["premises"], ["safety", "reports_of_concern"], []]);
  });

  it("keeps the corpus small: every committed file is under 4 KiB", () => {
    for (const c of committed) {
      for (const f of readdirSync(c.dir)) {
        const size = readFileSync(join(c.dir, f)).length;
        expect(size, `${c.name}/${f}`).toBeLessThan(4096);
      }
      expect(existsSync(join(c.dir, "expected.json")), c.name).toBe(true);
    }
  });
});
