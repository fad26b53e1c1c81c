// The acceptance test of "one damaged row never costs a file": a copy of the built-in sample with one
// row damaged in each way an export gets damaged. `lika check` must accept every other row and name
// each damaged row by its line and reason; the file is never fatal. A second copy holds a
// Windows-1252 letter far beyond the first 64 KiB: the file is read again as Windows-1252.
import {cp, readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {PROJECT_ROOT} from "../../loaders/pipeline/data-directory.js";
import {formatProblem} from "../../src/lib/extract/problem.js";
import {childEnv, parseCheckOutput, runLika, STACK_TRACE, type CheckOutput, type RunResult} from "../fixtures/bad-input/support.js";
import {tempDir} from "../helpers/temp-dir.js";

const SAMPLE = join(PROJECT_ROOT, "data/sample");

interface Damage {
  name: string;
  /** The damaged text of the row (or rows) that replace the original line. */
  apply: (line: string, header: string) => string;
  /** A substring of the reason printed for the damaged row. */
  reason: string;
}

const FIELD = {decision_id: 0, case_id: 1, decision_maker: 7} as const;
const setField = (line: string, index: number, value: string): string => line.split(",").map((f, k) => (k === index ? value : f)).join(",");

const DAMAGES: readonly Damage[] = [
  {name: "one field too few", apply: (l) => l.split(",").slice(0, -1).join(","), reason: "13 field(s) where the header has 14"},
  {name: "one field too many", apply: (l) => `${l},extra`, reason: "15 field(s) where the header has 14"},
  {name: "a NUL byte inside a field", apply: (l) => setField(l, FIELD.case_id, "A-00\u000012"), reason: "NUL byte"},
  {name: "a malformed decision id", apply: (l) => setField(l, FIELD.decision_id, "B 17!"), reason: "not an id"},
  {name: "a malformed pseudonym", apply: (l) => setField(l, FIELD.decision_maker, "dm_q"), reason: "not a well-formed pseudonym"},
  {name: "a decision-maker in clear (no key)", apply: (l) => setField(l, FIELD.decision_maker, "Karin Svensson"), reason: "no key to pseudonymise it"},
  {name: "the header line repeated (two exports joined)", apply: (l, h) => `${h}\n${l}`, reason: "the header line again"}
];

/** Data lines (0-based index into the file's lines) whose decision is alone in its case and referred to by no inspection. */
function isolatedLines(decisions: string[], inspections: string): number[] {
  const referenced = new Set(inspections.split("\n").slice(1).map((l) => l.split(",")[6]).filter(Boolean));
  const perCase = new Map<string, number>();
  for (const l of decisions.slice(1)) perCase.set(l.split(",")[1]!, (perCase.get(l.split(",")[1]!) ?? 0) + 1);
  const out: number[] = [];
  decisions.forEach((l, k) => {
    if (k === 0 || l === "") return;
    const [id, caseId] = l.split(",");
    if (perCase.get(caseId!) === 1 && !referenced.has(id!)) out.push(k);
  });
  return out;
}

let original = 0;
let expectedLines: number[] = [];
let expectedReasons: string[] = [];
let run: RunResult;
let text: RunResult;
let output: CheckOutput;
let late: CheckOutput;

beforeAll(async () => {
  const dir = tempDir("damaged-sample");
  await cp(SAMPLE, dir, {recursive: true});
  const decisions = (await readFile(join(SAMPLE, "decisions.csv"), "utf8")).split("\n");
  const header = decisions[0]!;
  const candidates = isolatedLines(decisions, await readFile(join(SAMPLE, "inspections.csv"), "utf8"));
  original = decisions.filter((l, k) => k > 0 && l !== "").length;
  // Spread the damage over the file: one row in each eighth, and the last row cut mid-pseudonym.
  const picks = DAMAGES.map((_, k) => candidates[Math.floor(((k + 0.5) * candidates.length) / (DAMAGES.length + 1))]!);
  const lastPick = candidates[candidates.length - 1]!;
  const out: string[] = [header];
  const damagedAt = new Map(picks.map((line, k) => [line, DAMAGES[k]!]));
  decisions.forEach((line, k) => {
    if (k === 0 || k === lastPick || line === "") return;
    const damage = damagedAt.get(k);
    if (damage === undefined) {
      out.push(line);
      return;
    }
    // Physical line of what is set aside: the repeated header (the row after it is fine), else the row.
    out.push(...damage.apply(line, header).split("\n"));
    expectedLines.push(damage.name.startsWith("the header") ? out.length - 1 : out.length);
    expectedReasons.push(damage.reason);
  });
  // The last row, moved to the end and cut off in the middle of its pseudonym, without a line end.
  const last = decisions[lastPick]!;
  const cut = last.slice(0, last.indexOf(",dm_") + 5);
  out.push(cut);
  expectedLines.push(out.length);
  expectedReasons.push("8 field(s) where the header has 14");
  expectedLines = [...expectedLines].sort((a, b) => a - b);
  await writeFile(join(dir, "decisions.csv"), out.join("\n"));
  [run, text] = await Promise.all([runLika(["check", dir, "--json"], childEnv()), runLika(["check", dir], childEnv())]);
  output = parseCheckOutput(run);

  // Windows-1252: a department written "Öst" in Windows-1252 far beyond the first 64 KiB of an ASCII file.
  const lateDir = tempDir("damaged-sample-1252");
  await cp(SAMPLE, lateDir, {recursive: true});
  const bytes = await readFile(join(SAMPLE, "decisions.csv"));
  const text1252 = bytes.toString("latin1").split("\n");
  const at = 20_000;
  text1252[at] = text1252[at]!.split(",").map((f, k) => (k === 6 ? "\u00d6st" : f)).join(",");
  await writeFile(join(lateDir, "decisions.csv"), Buffer.from(text1252.join("\n"), "latin1"));
  late = parseCheckOutput(await runLika(["check", lateDir, "--json"], childEnv()));
}, 120_000);

describe("lika check on a copy of the sample with one damaged row of each kind", () => {
  it("is not fatal and exits 0, without a stack trace", () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout + run.stderr + text.stdout + text.stderr).not.toMatch(STACK_TRACE);
    expect(output.files.map((f) => f.fatal)).toEqual([null, null, null]);
  });

  it("accepts every other row: decisions read = original + the repeated header line, set aside = exactly the damaged rows", () => {
    const decisions = output.files.find((f) => f.extract === "decisions")!;
    const damagedRows = DAMAGES.length - 1 + 1; // every damage but the repeated header replaces a row; the cut last row too
    expect(decisions.rowsRead).toBe(original + 1);
    expect(decisions.rowsQuarantined).toBe(DAMAGES.length + 1);
    expect(decisions.rowsAccepted).toBe(original - damagedRows);
    const others = output.files.filter((f) => f.extract !== "decisions");
    for (const f of others) expect([f.file, f.rowsQuarantined]).toEqual([f.file, 0]);
  });

  it("names each damaged row by its line and reason (JSON and the printed report)", () => {
    const decisions = output.files.find((f) => f.extract === "decisions")!;
    expect([...new Set(decisions.problems.map((p) => p.line))].sort((a, b) => a - b)).toEqual(expectedLines);
    const printed = decisions.problems.map(formatProblem);
    for (const reason of expectedReasons) expect(printed.some((p) => p.includes(reason)), reason).toBe(true);
    for (const line of expectedLines) expect(text.stdout).toContain(`decisions.csv:${line}`);
    expect(text.stdout).not.toContain("Karin");
  });

  it("reads a Windows-1252 letter found after the first 64 KiB by reading the file again as Windows-1252, every row accepted", () => {
    const decisions = late.files.find((f) => f.extract === "decisions")!;
    expect(decisions).toMatchObject({encoding: "windows-1252", fatal: null, rowsRead: original, rowsAccepted: original, rowsQuarantined: 0});
    expect(decisions.encodingReason).toMatch(/^the start of the file is ASCII, but line 20001 \(byte offset \d+\) is not valid UTF-8 and no line holds a UTF-8 letter; read again as Windows-1252$/);
  });
});
