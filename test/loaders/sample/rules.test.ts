/**
 * Every generated row obeys the validation rules of the extract contract: the written files go
 * through the real reader (loadExtracts: every row rule, the rules across rows, the period and the
 * privacy guard) without a row set aside; every field parses by its column type; and the rules
 * across rows are checked again with small counting code of this test's own.
 */
import {tempDir} from "../../helpers/temp-dir.js";
import {describe, expect, it} from "vitest";
import {join} from "node:path";
import Papa from "papaparse";
import {loadExtracts} from "../../../loaders/pipeline/load-extracts.js";
import {generateSample, generateSampleRecords, type Sample, type SampleOptions} from "../../../loaders/sample/generate.js";
import {decisionsCsv, inspectionsCsv, preparationsCsv, writeSample} from "../../../loaders/sample/write.js";
import {matchHeader} from "../../../src/lib/extract/header.js";
import {parseField} from "../../../src/lib/extract/parse-field.js";
import {DECISIONS_SCHEMA, INSPECTIONS_SCHEMA, PREPARATIONS_SCHEMA, type ExtractSchema} from "../../../src/lib/extract/schema.js";
import {containsPersonalIdentityNumber} from "../../../src/lib/privacy/personal-identity-number.js";
import {isPseudonym} from "../../../src/lib/privacy/pseudonym-format.js";

const OPTIONS: SampleOptions[] = [
  {seed: 1, scale: 1},
  {seed: 7, scale: 0.5}
];
const SAMPLES: [string, SampleOptions, Sample][] = OPTIONS.map((o) => [`seed ${o.seed}, scale ${o.scale}`, o, generateSample(o)]);

/** Problems found when every field of every record is parsed by its column type (required values non-empty). */
function fieldProblems(schema: ExtractSchema, text: string): string[] {
  const [header, ...records] = Papa.parse<string[]>(text.trimEnd(), {header: false}).data;
  const match = matchHeader(schema, header!);
  if (!match.ok) return ["header does not match"];
  const problems: string[] = [];
  records.forEach((fields, i) => {
    for (const column of schema.columns) {
      const raw = (fields[match.indexOf.get(column.name)!] ?? "").trim();
      if (raw === "") {
        if (column.required) problems.push(`line ${i + 2} ${column.name}: empty`);
        continue;
      }
      const parsed = parseField(column.type, raw);
      if (!parsed.ok) problems.push(`line ${i + 2} ${column.name}: ${parsed.reason}`);
    }
  });
  return problems;
}

describe.each(SAMPLES)("generateSample (%s)", (_, options, sample) => {
  const decisions = sample.decisions;
  const byId = new Map(decisions.map((d) => [d.decision_id, d]));
  const byCase = new Map<string, typeof decisions>();
  for (const d of decisions) byCase.set(d.case_id, [...(byCase.get(d.case_id) ?? []), d]);
  const {from, to} = sample.extract.period;

  it("writes extracts that loadExtracts reads without setting a row aside (rows read = rows accepted, no fatal error)", async () => {
    const dir = tempDir("sample-rules");
    await writeSample(generateSampleRecords(options), dir);
    const loaded = await loadExtracts(dir, {env: {}});
    const summary = loaded.reports.map((r) => ({file: r.file, read: r.rowsRead, accepted: r.rowsAccepted, setAside: r.rowsQuarantined, fatal: r.fatal}));
    expect(summary).toEqual([
      {file: "decisions.csv", read: decisions.length, accepted: decisions.length, setAside: 0, fatal: null},
      {file: "inspections.csv", read: sample.inspections.length, accepted: sample.inspections.length, setAside: 0, fatal: null},
      {file: "preparations.csv", read: sample.preparations.length, accepted: sample.preparations.length, setAside: 0, fatal: null}
    ]);
  });

  it("writes decisions.csv whose every field parses by its column type", () => {
    expect(fieldProblems(DECISIONS_SCHEMA, decisionsCsv(decisions))).toEqual([]);
  });

  it("writes inspections.csv and preparations.csv whose every field parses by its column type", () => {
    expect(fieldProblems(INSPECTIONS_SCHEMA, inspectionsCsv(sample.inspections))).toEqual([]);
    expect(fieldProblems(PREPARATIONS_SCHEMA, preparationsCsv(sample.preparations))).toEqual([]);
  });

  it("contains no value that looks like a personal identity number, and only pseudonyms in pseudonym columns", () => {
    const text = decisionsCsv(decisions) + inspectionsCsv(sample.inspections) + preparationsCsv(sample.preparations);
    expect(containsPersonalIdentityNumber(text)).toBe(false);
    expect(decisions.every((d) => isPseudonym("decisionMaker", d.decision_maker) && isPseudonym("operation", d.operation_id))).toBe(true);
    expect(sample.inspections.every((x) => isPseudonym("home", x.home_id))).toBe(true);
  });

  it("dates every decision, inspection and item inside the extract period (cases may open earlier)", () => {
    expect(decisions.filter((d) => d.decision_date < from || d.decision_date > to)).toEqual([]);
    expect(sample.inspections.filter((x) => x.inspection_date < from || x.inspection_date > to)).toEqual([]);
    expect(sample.preparations.filter((p) => p.presented_date < from || p.presented_date > to)).toEqual([]);
    expect(decisions.some((d) => d.case_opened < from)).toBe(true);
  });

  it("has unique decision ids and, within a case, one operation, case type and national area", () => {
    expect(byId.size).toBe(decisions.length);
    const inconsistent = [...byCase.values()].filter((ds) => new Set(ds.map((d) => `${d.operation_id} ${d.case_type} ${d.national_area}`)).size !== 1);
    expect(inconsistent).toEqual([]);
  });

  it("orders report-back rounds, fines after injunctions with a fine, and nothing after a case's final decision", () => {
    const bad: string[] = [];
    for (const [caseId, ds] of byCase) {
      const first = (type: string) => ds.filter((d) => d.decision_type === type).map((d) => d.decision_date).sort()[0];
      for (const [later, earlier] of [["report_back_2", "report_back_1"], ["report_back_3", "report_back_2"], ["fine_imposed", "injunction_with_fine"]] as const) {
        for (const d of ds.filter((x) => x.decision_type === later)) {
          const e = first(earlier);
          if (e === undefined || e > d.decision_date) bad.push(`${caseId}: ${later} on ${d.decision_date} without an earlier ${earlier}`);
        }
      }
      const final = ds.find((d) => d.decision_type === "final");
      if (final && ds.some((d) => d.decision_date > final.decision_date)) bad.push(`${caseId}: decision after the final decision`);
      if (ds.filter((d) => d.decision_type === "final").length > 1) bad.push(`${caseId}: two final decisions`);
    }
    expect(bad).toEqual([]);
  });

  it("keeps the inspection rules: counts nested, reason set exactly when no child was spoken with, and consistent with the counts", () => {
    const bad = sample.inspections.filter((x) =>
      !(x.children_spoken <= x.children_agreed && x.children_agreed <= x.children_placed) ||
      (x.no_conversation_reason !== null) !== (x.children_spoken === 0) ||
      (x.no_conversation_reason === "no_child_present") !== (x.children_placed === 0) ||
      (x.no_conversation_reason === "all_declined" && x.children_agreed !== 0)
    );
    expect(bad).toEqual([]);
    expect(new Set(sample.inspections.map((x) => x.inspection_id)).size).toBe(sample.inspections.length);
  });

  it("links each decided inspection to a frequency-supervision decision dated on or after it, and no decision twice", () => {
    const linked = sample.inspections.filter((x) => x.decision_id !== null);
    const bad = linked.filter((x) => {
      const d = byId.get(x.decision_id!);
      return d === undefined || d.case_type !== "frequency" || d.decision_date < x.inspection_date;
    });
    expect(bad).toEqual([]);
    expect(new Set(linked.map((x) => x.decision_id)).size).toBe(linked.length);
    // Every frequency case starts with the decision of exactly one inspection; the case's later decisions are
    // follow-ups (a second report-back request, the final decision). Only inspections late in 2024 await a decision.
    const frequencyCases = new Map<string, typeof decisions>();
    for (const d of decisions) if (d.case_type === "frequency") frequencyCases.set(d.case_id, [...(frequencyCases.get(d.case_id) ?? []), d]);
    expect(linked.length).toBe(frequencyCases.size);
    const linkedIds = new Set(linked.map((x) => x.decision_id));
    const badCases = [...frequencyCases.values()].filter((ds) => !linkedIds.has(ds[0]!.decision_id) || ds.slice(1).some((d) => linkedIds.has(d.decision_id) || !["report_back_2", "final"].includes(d.decision_type)));
    expect(badCases).toEqual([]);
    expect(sample.inspections.filter((x) => x.decision_id === null).every((x) => x.inspection_date >= "2024-10-01")).toBe(true);
  });

  it("keeps the OPS rules: unique item ids, and returns_from naming an earlier item of the file that was sent back", () => {
    const items = new Map(sample.preparations.map((p) => [p.item_id, p]));
    expect(items.size).toBe(sample.preparations.length);
    const bad = sample.preparations.filter((p) => {
      if (p.returns_from === null) return false;
      const from = items.get(p.returns_from);
      return from === undefined || from.outcome !== "sent_back" || from.presented_date >= p.presented_date;
    });
    expect(bad).toEqual([]);
    expect(sample.preparations.some((p) => p.returns_from !== null)).toBe(true);
  });
});
