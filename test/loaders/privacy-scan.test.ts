// Privacy scan: extracts with synthetic personal identity numbers (10 and 12 digits, with and without
// separators, coordination numbers) in many columns of every extract are run through
// `lika check [--json] --quarantine <dir>`, with and without a pseudonym key. Nothing lika prints or
// writes may contain any of the numbers, in any form, and findPersonalIdentityNumbers must find nothing.
// The numbers are built at run time from parts; none is written in any file of the repository.
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {containsPersonalIdentityNumber, findPersonalIdentityNumbers} from "../../src/lib/privacy/personal-identity-number.js";
import {
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

const PINS = {
  ten: syntheticPin("45", "07", "23", "123"),
  tenDash: syntheticPin("52", "11", "30", "457", {separator: "-"}),
  tenPlus: syntheticPin("08", "02", "14", "331", {separator: "+"}),
  tenSpace: syntheticPin("91", "06", "14", "555", {separator: " "}),
  twelve: syntheticPin("88", "01", "05", "619", {century: "19"}),
  twelveDash: syntheticPin("03", "09", "17", "842", {century: "20", separator: "-"}),
  // Coordination numbers: the day plus 60.
  coordinationTwelve: syntheticPin("71", "04", String(12 + 60), "905", {century: "19"}),
  coordinationTenDash: syntheticPin("66", "10", String(29 + 60), "214", {separator: "-"})
};

/** Every form a number must not appear in: as written, digits only, and the 10-digit form of a 12-digit one. */
function forbiddenForms(pin: string): string[] {
  const digits = pin.replace(/\D/g, "");
  const forms = new Set([pin, digits]);
  if (digits.length === 12) {
    forms.add(digits.slice(2));
    forms.add(`${digits.slice(2, 8)}-${digits.slice(8)}`);
  }
  return [...forms];
}
const FORBIDDEN = Object.values(PINS).flatMap(forbiddenForms);

const KEY = syntheticPseudonymKey("privacy-scan");
const INSPECTIONS_HEADER = ["inspection_id", "home_id", "home_type", "department", "inspection_date", "team", "decision_id", "children_placed", "children_agreed", "children_spoken", "no_conversation_reason"];
const inspection = (id: string, o: Partial<Record<string, string>> = {}): string[] => {
  const base: Record<string, string> = {inspection_id: id, home_id: "home_bcdfghjklmnp", home_type: "hvb", department: "nord", inspection_date: "2023-03-01", team: "T-nord-1", decision_id: "", children_placed: "4", children_agreed: "3", children_spoken: "2", no_conversation_reason: ""};
  const row = {...base, ...o};
  return INSPECTIONS_HEADER.map((c) => row[c] ?? "");
};
const PREPARATIONS_HEADER = ["item_id", "department", "presented_date", "outcome", "returns_from"];

interface Folder {
  name: string;
  files: Record<string, string | Buffer>;
}

/** Numbers in many columns of all three extracts, an ignored column and an ignored column's name. */
const EVERYWHERE: Folder = {
  name: "everywhere",
  files: {
    "decisions.csv": csvText([
      [...DECISIONS_HEADER, "anteckning", `kolumn ${PINS.tenSpace}`],
      [...decisionRow({case_id: `A-${PINS.ten}`}), "", "x"],
      [...decisionRow({decision_id: PINS.tenDash, case_id: "A-2", operation_id: "op_pqrstbcdfghj"}), "", "x"],
      [...decisionRow({decision_id: "B-3", case_id: "A-3", operation_id: "op_kkllmmnnppqq", deficiency_areas: `documentation|${PINS.twelve}`}), "", "x"],
      [...decisionRow({decision_id: "B-4", case_id: "A-4", operation_id: "op_ttssrrqqppnn"}), `ring ${PINS.twelveDash} i morgon`, "x"],
      [...decisionRow({decision_id: "B-5", case_id: "A-5", operation_id: "op_bbccddffgghh", decision_maker: PINS.coordinationTwelve}), "", "x"],
      [...decisionRow({decision_id: "B-6", case_id: "A-6", operation_id: "op_jjkkllmmnnpp", decision_date: PINS.tenPlus}), "", "x"],
      [...decisionRow({decision_id: "B-7", case_id: "A-7", operation_id: "op_qqrrssttbbcc"}), "", "x"],
      [...decisionRow({decision_id: "B-8", case_id: "A-8", operation_id: "op_ddffgghhjjkk"}), "", "x"]
    ]),
    "inspections.csv": csvText([
      INSPECTIONS_HEADER,
      inspection("I-1", {team: PINS.coordinationTenDash}),
      inspection("I-2", {home_id: PINS.twelve}),
      inspection("I-3", {children_spoken: "0", no_conversation_reason: PINS.tenDash}),
      inspection("I-4")
    ]),
    "preparations.csv": csvText([
      PREPARATIONS_HEADER,
      [PINS.twelveDash, "mitt", "2023-03-01", "sent_back", ""],
      ["P-2", "mitt", "2023-03-08", "decided", `P-${PINS.coordinationTwelve}`],
      ["P-3", "mitt", "2023-03-08", "decided", ""]
    ])
  }
};

/** Rows the reader cannot read faithfully: too few fields, invalid UTF-8 after a BOM, an unterminated quote. */
const DAMAGED: Folder = {
  name: "damaged",
  files: {
    "decisions.csv": Buffer.concat([
      Buffer.from("\uFEFF" + csvText([[...DECISIONS_HEADER], decisionRow(), decisionRow({decision_id: "B-2", case_id: `A-${PINS.ten}`}).slice(0, 6)])),
      Buffer.from(`B-3,A-${PINS.twelve},`),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`,x\n`),
      Buffer.from(decisionRow({decision_id: "B-4", case_id: "A-4", operation_id: "op_kkllmmnnppqq", deficiency_areas: `"documentation ${PINS.coordinationTenDash}`}).join(",") + "\n"),
      Buffer.from(`B-5,${PINS.tenPlus}\n`)
    ])
  }
};

/** A header that is missing a required column and names a column by a number: the fatal message lists the header. */
const FATAL_HEADER: Folder = {
  name: "fatal-header",
  files: {
    "decisions.csv": csvText([
      [...DECISIONS_HEADER.filter((c) => c !== "decision_type"), `id ${PINS.twelveDash}`],
      [...decisionRow().filter((_, k) => DECISIONS_HEADER[k] !== "decision_type"), PINS.ten]
    ])
  }
};

/** Clear ids that are numbers, in pseudonym columns, with no other row to fall back on. */
const PSEUDONYM_COLUMNS: Folder = {
  name: "pseudonym-columns",
  files: {
    "decisions.csv": csvText([[...DECISIONS_HEADER], decisionRow({decision_maker: PINS.twelve, operation_id: `op-${PINS.tenDash}`})]),
    "inspections.csv": csvText([INSPECTIONS_HEADER, inspection("I-1", {home_id: PINS.coordinationTwelve})])
  }
};

const FOLDERS = [EVERYWHERE, DAMAGED, FATAL_HEADER, PSEUDONYM_COLUMNS];

interface Scan {
  folder: string;
  keyed: boolean;
  json: boolean;
  run: RunResult;
  /** Quarantine file name → content. */
  quarantine: Map<string, string>;
}

let tmp = "";
const scans: Scan[] = [];

async function readTree(dir: string, prefix = ""): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const [k, v] of await readTree(path, `${prefix}${entry.name}/`)) out.set(k, v);
    else out.set(prefix + entry.name, await readFile(path, "utf8"));
  }
  return out;
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "lika-privacy-scan-"));
  const tasks: (() => Promise<Scan>)[] = [];
  for (const folder of FOLDERS) {
    const dir = join(tmp, "in", folder.name);
    await mkdir(dir, {recursive: true});
    for (const [file, content] of Object.entries(folder.files)) await writeFile(join(dir, file), content);
    for (const keyed of [false, true]) {
      for (const json of [true, false]) {
        const out = join(tmp, "quarantine", `${folder.name}-${keyed ? "key" : "nokey"}-${json ? "json" : "text"}`);
        tasks.push(async () => {
          await mkdir(out, {recursive: true});
          const args = ["check", dir, ...(json ? ["--json"] : []), "--quarantine", out];
          const run = await runLika(args, childEnv(keyed ? {LIKA_PSEUDONYM_KEY: KEY} : {}));
          return {folder: folder.name, keyed, json, run, quarantine: await readTree(out)};
        });
      }
    }
  }
  scans.push(...(await inBatches(tasks, 6)));
});

afterAll(async () => {
  if (tmp) await rm(tmp, {recursive: true, force: true});
});

describe("synthetic personal identity numbers (test inputs)", () => {
  it("are each detected by containsPersonalIdentityNumber, so the scan below is meaningful", () => {
    for (const [name, pin] of Object.entries(PINS)) expect(containsPersonalIdentityNumber(pin), name).toBe(true);
    expect(findPersonalIdentityNumbers(PINS.coordinationTwelve)[0]?.kind).toBe("samordningsnummer");
    expect(findPersonalIdentityNumbers(PINS.coordinationTenDash)[0]?.kind).toBe("samordningsnummer");
  });
});

describe("lika check --quarantine on extracts holding personal identity numbers", () => {
  it("ran every folder with and without a key, in JSON and text mode, without a stack trace or an internal error", () => {
    expect(scans).toHaveLength(FOLDERS.length * 4);
    for (const s of scans) {
      const what = `${s.folder} ${s.keyed ? "with" : "without"} key, ${s.json ? "json" : "text"}: exit ${s.run.code}\n${s.run.stderr.slice(0, 500)}`;
      expect([0, 1], what).toContain(s.run.code);
      expect(s.run.stdout + s.run.stderr, what).not.toMatch(STACK_TRACE);
    }
  });

  it("never prints or writes any of the numbers, in any form, and findPersonalIdentityNumbers finds none in the output", () => {
    const leaks: string[] = [];
    for (const s of scans) {
      const texts: [string, string][] = [["stdout", s.run.stdout], ["stderr", s.run.stderr]];
      for (const [name, content] of s.quarantine) texts.push([`quarantine file name ${name}`, name], [`quarantine ${name}`, content]);
      for (const [where, text] of texts) {
        const label = `${s.folder} ${s.keyed ? "with" : "without"} key, ${s.json ? "json" : "text"}, ${where}`;
        for (const form of FORBIDDEN) if (text.includes(form)) leaks.push(`${label}: contains a number (form ${form.length} characters)`);
        const found = findPersonalIdentityNumbers(text);
        if (found.length > 0) leaks.push(`${label}: findPersonalIdentityNumbers found ${found.length}, first at ${found[0]!.start}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it("sets aside every row holding a number, naming its line, and writes those rows (masked) to the quarantine files", () => {
    for (const keyed of [false, true]) {
      const s = scans.find((x) => x.folder === "everywhere" && x.json && x.keyed === keyed)!;
      expect(s.run.code, s.run.stderr).toBe(0);
      const output = parseCheckOutput(s.run);
      const linesOf = (extract: string): number[] => [...new Set(output.files.find((f) => f.extract === extract)!.problems.map((p) => p.line))].sort((a, b) => a - b);
      expect(linesOf("decisions")).toEqual([2, 3, 4, 5, 6, 7]);
      expect(linesOf("inspections")).toEqual([2, 3, 4]);
      expect(linesOf("preparations")).toEqual([2, 3]);
      const counts = Object.fromEntries(output.files.map((f) => [f.extract, [f.rowsRead, f.rowsAccepted, f.rowsQuarantined]]));
      expect(counts).toEqual({decisions: [8, 2, 6], inspections: [4, 1, 3], preparations: [3, 1, 2]});
      for (const extract of ["decisions", "inspections", "preparations"]) {
        const q = s.quarantine.get(`${extract}.quarantine.csv`);
        expect(q, `${extract}.quarantine.csv`).toBeDefined();
        expect(q).toContain("[personnummer]");
      }
    }
  });

  it("reports the damaged rows without a fatal error and the bad header as fatal, both masked", () => {
    const damaged = parseCheckOutput(scans.find((x) => x.folder === "damaged" && x.json && x.keyed)!.run);
    const decisions = damaged.files.find((f) => f.extract === "decisions")!;
    expect(decisions.fatal).toBeNull();
    expect(decisions.rowsQuarantined).toBeGreaterThanOrEqual(3);
    const fatal = parseCheckOutput(scans.find((x) => x.folder === "fatal-header" && x.json && !x.keyed)!.run);
    expect(fatal.files.find((f) => f.extract === "decisions")!.fatal).toMatch(/decision_type/);
  });
});
