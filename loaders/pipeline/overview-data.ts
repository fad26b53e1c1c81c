/**
 * The data behind the page Översikt (overview.json): `lika analyze` run for every tertial with data, each reduced to
 * its tertial summary, with what the page must state about the extract — its period and extraction date, its
 * fingerprint (SHA-256 of the input files), lika's version and the flag parameters.
 */
import {createHash} from "node:crypto";
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import {SCHEMAS} from "../../src/lib/extract/schema.js";
import {DEFAULT_FLAG_POLICY} from "../../src/lib/flags/policy.js";
import type {FlagPolicy} from "../../src/lib/flags/types.js";
import {analyzeCounts, countsOfTertials, type AnalysisInput} from "../../src/lib/measures/analysis.js";
import {countDecisions, departmentOfUnits} from "../../src/lib/measures/counts.js";
import {parsePeriod, tertialInWindow, tertialKey} from "../../src/lib/period.js";
import {extractFingerprint, type Sha256} from "../../src/lib/overview/fingerprint.js";
import {overviewParameters, tertialSummary, type OverviewParameters, type TertialSummary} from "../../src/lib/overview/tertial-summary.js";
import {PROJECT_ROOT} from "./data-directory.js";
import {countsOfExtracts} from "./build-counts.js";

export interface OverviewFile {
  /** Format version: the page refuses a file it does not know. */
  version: 1;
  extract: {period: {from: string; to: string} | null; extracted: string | null; fingerprint: string; files: string[]};
  lika: {version: string};
  parameters: OverviewParameters;
  /** One per tertial with data, oldest first. */
  tertials: TertialSummary[];
}

/** The input files of an extract folder, in the order the fingerprint names them. */
export function extractFileNames(): string[] {
  return [...SCHEMAS.map((s) => `${s.name}.csv`), "extract.json"];
}

/** Node's native SHA-256 for `extractFingerprint`. */
export function nodeSha256(): Sha256 {
  const hash = createHash("sha256");
  return {update: (bytes) => void hash.update(bytes), hex: () => hash.digest("hex")};
}

/** The fingerprint of the extract folder `dir`: every input file's bytes (an absent file counts as absent). */
export async function fingerprintOfFolder(dir: string): Promise<string> {
  const files = await Promise.all(extractFileNames().map(async (name) => ({name, bytes: await readFile(join(dir, name)).catch(() => null)})));
  return extractFingerprint(files, nodeSha256);
}

/** lika's version, from package.json. */
export async function likaVersion(): Promise<string> {
  return (JSON.parse(await readFile(join(PROJECT_ROOT, "package.json"), "utf8")) as {version: string}).version;
}

/**
 * The tertials with at least one decision, inspection or preparation, oldest first; with an extract period, only the
 * tertials lying wholly inside it (a half-covered tertial would compare a part with a whole).
 */
export function tertialsWithData(input: AnalysisInput, period: {from: string; to: string} | null): string[] {
  const keys = new Set<string>();
  for (const d of input.decisions) keys.add(tertialKey(d.decision_date));
  for (const i of input.inspections) keys.add(tertialKey(i.inspection_date));
  for (const p of input.preparations) keys.add(tertialKey(p.presented_date));
  return [...keys].filter((k) => period === null || tertialInWindow(k, period)).sort();
}

/** Each team's department: the one most of its inspections were in. */
export function teamDepartments(input: Pick<AnalysisInput, "inspections">): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const i of input.inspections) {
    const m = counts.get(i.team) ?? new Map<string, number>();
    m.set(i.department, (m.get(i.department) ?? 0) + 1);
    counts.set(i.team, m);
  }
  return new Map([...counts].map(([team, m]) => [team, [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]]));
}

/** The overview's data: the analysis of every tertial (under `policy`, default as `lika analyze`), and the facts about the extract. */
export async function overviewData(
  dir: string,
  input: AnalysisInput,
  info: {period: {from: string; to: string}; extracted: string | null} | null,
  policy: FlagPolicy = DEFAULT_FLAG_POLICY
): Promise<OverviewFile> {
  // Stage (a) once, then stage (b) per tertial: every window asked is whole tertials, so the result is what
  // `lika analyze --period <tertial>` gives, at little more than the cost of one tertial.
  const counts = countsOfTertials(countsOfExtracts(input));
  const everyDecision = countDecisions(input.decisions, () => true, () => false);
  const teams = teamDepartments(input);
  const tertials = tertialsWithData(input, info?.period ?? null).map((t) => {
    const analysis = analyzeCounts(counts, parsePeriod(t), {policy});
    const people = departmentOfUnits(everyDecision.filter((r) => tertialInWindow(r.tertial, analysis.decisionMakerWindow)));
    return tertialSummary(analysis, (unitType, unit) => (unitType === "decision-maker" ? (people.get(unit) ?? null) : unitType === "team" ? (teams.get(unit) ?? null) : null));
  });
  return {
    version: 1,
    extract: {period: info ? {from: info.period.from, to: info.period.to} : null, extracted: info?.extracted ?? null, fingerprint: await fingerprintOfFolder(dir), files: extractFileNames()},
    lika: {version: await likaVersion()},
    parameters: overviewParameters(policy),
    tertials
  };
}
