// Property: no personal identity number reaches any output, by any route. 1 200 synthetic personal
// identity and coordination numbers (10 and 12 digits), written with every separator lika knows of
// (PIN_TEXT_SEPARATORS, and single bytes that are invalid UTF-8 so the reader sees U+FFFD), are put
// in every column of every extract, in header names, file and folder names, extract.json fields and
// command-line arguments. Every output channel is scanned: stdout and stderr of `lika check` (text
// and --json, with and without a key) and `lika analyze` (text and --json), the quarantine files and
// their names, and what every data loader of the site (src/data/*.ts) writes. Numbers are generated
// at run time from a seeded generator; none is written in the repository.
import {execFile} from "node:child_process";
import {mkdir, readdir, readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {randomLcg} from "d3";
import {beforeAll, describe, expect, it} from "vitest";
import {PROJECT_ROOT} from "../../loaders/pipeline/data-directory.js";
import {loadExtracts} from "../../loaders/pipeline/load-extracts.js";
import {ExtractError} from "../../src/lib/extract/problem.js";
import {findPersonalIdentityNumbers} from "../../src/lib/privacy/personal-identity-number.js";
import {childEnv, DECISIONS_HEADER, decisionRow, inBatches, runLika, syntheticPseudonymKey, type RunResult} from "../fixtures/bad-input/support.js";
import {generatePins, PIN_SEPARATOR_BYTES, PIN_TEXT_SEPARATORS, pinBytes, type GeneratedPin} from "../helpers/synthetic-pin.js";
import {tempDir} from "../helpers/temp-dir.js";

const COUNT = 1200;
const KEY = syntheticPseudonymKey("pin-property");
const PINS = generatePins(COUNT, randomLcg(0.4711));
/** A separator: text, or one byte invalid in UTF-8. */
type Separator = {text: string} | {byte: number};
const SEPARATORS: Separator[] = [...PIN_TEXT_SEPARATORS.map((text) => ({text})), ...PIN_SEPARATOR_BYTES.map((byte) => ({byte}))];
const written = (pin: GeneratedPin, sep: Separator): Uint8Array => ("text" in sep ? new TextEncoder().encode(pin.text(sep.text)) : pinBytes(pin, sep.byte));

const INSPECTIONS_HEADER = ["inspection_id", "home_id", "home_type", "department", "inspection_date", "team", "decision_id", "children_placed", "children_agreed", "children_spoken", "no_conversation_reason"];
const PREPARATIONS_HEADER = ["item_id", "department", "presented_date", "outcome", "returns_from"];
const EXTRA = "anteckning";
const inspectionRow = (n: number): string[] => [`I-${n}`, "home_bcdfghjklmnp", "hvb", "nord", "2023-03-01", "T-nord-1", "", "4", "3", "2", ""];
const preparationRow = (n: number): string[] => [`P-${n}`, "mitt", "2023-03-01", "decided", ""];
const nationalRow = (n: number): string[] =>
  decisionRow({decision_id: `N-${n}`, case_id: `AN-${n}`, case_type: "national", national_area: "elderly_housing", decision_type: "report_back_1", department: n % 2 ? "Öst" : "syd"});

/** Every column of every extract, plus an ignored column in each: where a number is put. */
const COLUMNS: {file: "decisions" | "inspections" | "preparations"; index: number}[] = [
  ...[...DECISIONS_HEADER, EXTRA].map((_, index) => ({file: "decisions" as const, index})),
  ...[...INSPECTIONS_HEADER, EXTRA].map((_, index) => ({file: "inspections" as const, index})),
  ...[...PREPARATIONS_HEADER, EXTRA].map((_, index) => ({file: "preparations" as const, index}))
];

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const line = (cells: Uint8Array[]): Uint8Array => Buffer.concat([...cells.flatMap((c, k) => (k === 0 ? [c] : [enc(","), c])), enc("\n")]);

/** The three extracts with one number per row, number i in column (i / separators) mod columns with separator i mod separators. */
function extracts(): Record<string, Uint8Array> {
  const rows: Record<string, Uint8Array[]> = {
    // Header names hold numbers too (an ignored column's name).
    decisions: [line([...DECISIONS_HEADER, EXTRA].map(enc)), ...Array.from({length: 6}, (_, n) => line([...nationalRow(n), "ok"].map(enc)))],
    inspections: [line([...INSPECTIONS_HEADER, `${EXTRA} ${PINS[0]!.text("-")}`].map(enc)), line([...inspectionRow(0), ""].map(enc))],
    preparations: [line([...PREPARATIONS_HEADER, `${EXTRA} ${PINS[1]!.text("\u2013")}`].map(enc)), line([...preparationRow(0), ""].map(enc))]
  };
  PINS.forEach((pin, i) => {
    const sep = SEPARATORS[i % SEPARATORS.length]!;
    const column = COLUMNS[Math.floor(i / SEPARATORS.length) % COLUMNS.length]!;
    const base = column.file === "decisions" ? [...decisionRow({decision_id: `B-${i}`, case_id: `A-${i}`}), ""] : column.file === "inspections" ? [...inspectionRow(i + 1), ""] : [...preparationRow(i + 1), ""];
    const cells = base.map(enc);
    // Alone in the cell, or inside text.
    cells[column.index] = i % 3 === 0 ? Buffer.concat([enc("ring "), written(pin, sep), enc(" idag")]) : written(pin, sep);
    rows[column.file]!.push(line(cells));
  });
  return Object.fromEntries(Object.entries(rows).map(([name, lines]) => [`${name}.csv`, Buffer.concat(lines)]));
}

/** Where a number (its 10-digit form) is found in `text` with up to 12 other characters between date part and last four digits. */
function leaks(text: string, where: string): string[] {
  const keys = new Set(PINS.map((p) => p.ten));
  const out: string[] = [];
  for (const m of text.matchAll(/(\d{6,8})(\D{0,12})(\d{4})(?!\d)/g)) {
    if (keys.has(m[1]!.slice(-6) + m[3]!)) out.push(`${where}: a generated number at ${m.index}`);
  }
  const found = findPersonalIdentityNumbers(text);
  if (found.length > 0) out.push(`${where}: findPersonalIdentityNumbers found ${found.length}, first at ${found[0]!.start}`);
  return out;
}

/** Text and, for JSON, every string in it (JSON escapes a tab as \t, which hides a separator from a text scan). */
function channelTexts(text: string): string[] {
  try {
    const strings: string[] = [];
    JSON.parse(text, (key, value: unknown) => {
      strings.push(key);
      if (typeof value === "string") strings.push(value);
      return value;
    });
    return [text, strings.join("\n")];
  } catch {
    return [text];
  }
}

interface Channel {
  where: string;
  text: string;
}
const channels: Channel[] = [];
const runs: {what: string; run: RunResult}[] = [];

function runLoader(script: string, dataDir: string): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile("npx", ["tsx", script], {cwd: PROJECT_ROOT, env: {...childEnv(), LIKA_DATA_DIR: dataDir, LIKA_STRICT: ""}, encoding: "buffer", maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
      resolve({code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout: stdout.toString("utf8"), stderr: stderr.toString("utf8")});
    });
  });
}

beforeAll(async () => {
  const root = tempDir("pin-property");
  const dir = join(root, "extracts");
  await mkdir(dir);
  for (const [name, bytes] of Object.entries(extracts())) await writeFile(join(dir, name), bytes);

  // Folder names, missing folders, file names, extract.json fields and arguments holding numbers.
  const namedDir = join(root, `extract ${PINS[2]!.text("\u2014")}`);
  await mkdir(namedDir);
  for (const [name, bytes] of Object.entries(extracts())) await writeFile(join(namedDir, name), bytes);
  const missing = join(root, `saknas ${PINS[3]!.text("\u00a0")}`);
  const namesDir = join(root, "names");
  await mkdir(namesDir);
  for (let k = 0; k < 5; k++) await writeFile(join(namesDir, `${PINS[10 + k]!.text(PIN_TEXT_SEPARATORS[k]!)}.csv`), "x");
  const jsonDirs: string[] = [];
  const jsonFields = [
    (p: string) => ({period: {from: p, to: "2023-12-31"}}),
    (p: string) => ({period: {from: "2023-01-01", to: p}}),
    (p: string) => ({period: {from: "2023-01-01", to: "2023-12-31"}, extracted: p}),
    (p: string) => ({period: p}),
    (p: string) => ({period: {from: "2023-01-01", to: "2023-12-31", note: p}, [p]: p})
  ];
  for (const [k, field] of jsonFields.entries()) {
    const d = join(root, `json-${k}`);
    await mkdir(d);
    await writeFile(join(d, "decisions.csv"), `${DECISIONS_HEADER.join(",")}\n${decisionRow().join(",")}\n`);
    await writeFile(join(d, "extract.json"), JSON.stringify(field(PINS[20 + k]!.text(PIN_TEXT_SEPARATORS[k + 3]!))));
    jsonDirs.push(d);
  }
  const fileArgument = join(root, `q ${PINS[30]!.text("-")}.txt`);
  await writeFile(fileArgument, "x");
  const q = (name: string): string => join(root, `quarantine-${name}`);

  const tasks: [string, () => Promise<RunResult>][] = [
    ["check --json (no key)", () => runLika(["check", dir, "--json", "--quarantine", q("a")], childEnv())],
    ["check (key)", () => runLika(["check", dir, "--quarantine", q("b")], childEnv({LIKA_PSEUDONYM_KEY: KEY}))],
    ["check --json (key)", () => runLika(["check", dir, "--json"], childEnv({LIKA_PSEUDONYM_KEY: KEY}))],
    ["analyze", () => runLika(["analyze", dir], childEnv())],
    ["analyze --json", () => runLika(["analyze", dir, "--json"], childEnv())],
    ["check on a folder named with a number", () => runLika(["check", namedDir], childEnv())],
    ["check --json on a folder named with a number", () => runLika(["check", namedDir, "--json"], childEnv())],
    ["check on a missing folder named with a number", () => runLika(["check", missing], childEnv())],
    ["analyze on a missing folder named with a number", () => runLika(["analyze", missing], childEnv())],
    ["check on a folder of files named with numbers", () => runLika(["check", namesDir], childEnv())],
    ...jsonDirs.map((d, k): [string, () => Promise<RunResult>] => [`check with extract.json field ${k}`, () => runLika(["check", d], childEnv())]),
    ["an unknown option", () => runLika(["check", dir, `--${PINS[31]!.text("")}`], childEnv())],
    ["a period", () => runLika(["analyze", dir, "--period", PINS[32]!.text("\u2212")], childEnv())],
    ["an unknown command", () => runLika([PINS[33]!.text(" ")], childEnv())],
    ["--quarantine naming a file", () => runLika(["check", dir, "--quarantine", fileArgument], childEnv())],
    ...(await readdir(join(PROJECT_ROOT, "src/data"))).filter((f) => f.endsWith(".ts")).map((f): [string, () => Promise<RunResult>] => [`data loader ${f}`, () => runLoader(`src/data/${f}`, dir)])
  ];
  const results = await inBatches(tasks.map(([, task]) => task), 4);
  tasks.forEach(([what], k) => runs.push({what, run: results[k]!}));
  for (const {what, run} of runs) channels.push({where: `${what}: stdout`, text: run.stdout}, {where: `${what}: stderr`, text: run.stderr});
  for (const name of ["a", "b"]) {
    for (const file of await readdir(q(name))) channels.push({where: `quarantine file name ${file}`, text: file}, {where: `quarantine ${file}`, text: await readFile(join(q(name), file), "utf8")});
  }

  // In-process, for every separator: extract.json fields and file names reach the error messages.
  for (const [k, sep] of PIN_TEXT_SEPARATORS.entries()) {
    const pin = PINS[100 + k]!.text(sep);
    for (const field of jsonFields) {
      await writeFile(join(jsonDirs[0]!, "extract.json"), JSON.stringify(field(pin)));
      const message = await loadExtracts(jsonDirs[0]!, {env: {}}).then((l) => JSON.stringify(l.reports), (e: unknown) => (e instanceof ExtractError ? e.message : `not an ExtractError: ${String(e)}`));
      channels.push({where: `extract.json with separator ${k}`, text: message});
    }
    const names = join(root, `names-${k}`);
    await mkdir(names);
    await writeFile(join(names, `${pin}.csv`), "x");
    channels.push({where: `file name with separator ${k}`, text: JSON.stringify((await loadExtracts(names, {env: {}})).reports)});
  }
}, 300_000);

describe(`${COUNT} generated personal identity and coordination numbers in every column, name, extract.json field and argument`, () => {
  it("cover every separator in every column, both kinds and both lengths", () => {
    const combos = new Set(PINS.map((_, i) => `${i % SEPARATORS.length}/${Math.floor(i / SEPARATORS.length) % COLUMNS.length}`));
    expect(combos.size).toBe(SEPARATORS.length * COLUMNS.length);
    expect(new Set(PINS.map((p) => `${p.kind} ${p.century === "" ? 10 : 12}`)).size).toBe(4);
    // Each is a number the detector knows, with each text separator.
    for (const [k, sep] of PIN_TEXT_SEPARATORS.entries()) expect(findPersonalIdentityNumbers(`x ${PINS[k]!.text(sep)} y`), JSON.stringify(sep)).toHaveLength(1);
  });

  it("ran every command without a stack trace or an internal error", () => {
    for (const {what, run} of runs) {
      expect(run.stdout + run.stderr, what).not.toMatch(/\n\s+at |internal error:/);
      expect([0, 1, 2], `${what}: ${run.stderr.slice(0, 300)}`).toContain(run.code);
    }
    const check = runs.find((r) => r.what === "check --json (no key)")!.run;
    const files = (JSON.parse(check.stdout) as {files: {rowsRead: number; rowsQuarantined: number}[]}).files;
    expect(files.reduce((n, f) => n + f.rowsQuarantined, 0)).toBe(COUNT);
  });

  it("finds none of them in any output channel", () => {
    expect(channels.length).toBeGreaterThan(60);
    const found = channels.flatMap((c) => channelTexts(c.text).flatMap((t) => leaks(t, c.where)));
    expect(found.slice(0, 20)).toEqual([]);
  });
});
