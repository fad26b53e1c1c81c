/** `lika analyze <dir> [--period …] [--json]`: every measure and flag for a period, as JSON or a Swedish summary. */
import {loadExtracts} from "../pipeline/load-extracts.js";
import {analyze} from "../../src/lib/measures/analysis.js";
import {analysisJson, analysisSummary} from "../../src/lib/measures/analysis-report.js";
import {flagPolicy} from "../../src/lib/flags/policy.js";
import {parsePeriod, rangePeriod, type Period} from "../../src/lib/period.js";
import type {DecisionRow} from "../../src/lib/extract/decision-row.js";
import type {InspectionRow} from "../../src/lib/extract/inspection-row.js";
import type {PreparationRow} from "../../src/lib/extract/preparation-row.js";
import {ExtractError} from "../../src/lib/extract/problem.js";
import {analyzeWarnings, nothingAnalysed, swedishWarning} from "./analyze-warnings.js";
import {requireFolder} from "./folder.js";
import {numberOption, parseCommandArgs} from "./parse-args.js";
import {UsageError} from "./usage-error.js";
import {CASE_TYPES, DEPARTMENTS, OPERATION_TYPES, type Code} from "../../src/lib/extract/codes.js";
import type {DecisionFilter} from "../../src/lib/measures/decision-view.js";

function codeList(list: readonly Code[]): string {
  return list.map((c) => c.code).join(", ");
}

/** A filter option: null when absent, the code when it is one of the list's, else a usage error naming the codes. */
function codeOption<T extends string>(name: string, raw: string | undefined, list: readonly Code[]): T | null {
  if (raw === undefined) return null;
  if (!list.some((c) => c.code === raw)) throw new UsageError(`--${name} must be one of ${codeList(list)}, got '${raw}'`);
  return raw as T;
}

export const ANALYZE_HELP = `Usage: lika analyze <dir> [--period P] [--department D] [--operation-type T] [--case-type C] [--stalled-after-days N] [--json] [--method arcsine|exact] [--min-cases N]

Computes every measure and flag (docs/methods.md) for a period from the extracts in <dir>.

Options:
  --period P      2023 (a year), 2023T2 (a tertial: T1 Jan–Apr, T2 May–Aug, T3 Sep–Dec)
                  or 2022-01-01..2024-08-31 (default: every date in the extracts)
  --department D  show only department D's units (${codeList(DEPARTMENTS)});
                  they are still compared with the whole country (docs/methods.md, "Filtered views")
  --operation-type T  count only decisions on this type of operation (e.g. hvb)
  --case-type C   count only decisions of this case type (${codeList(CASE_TYPES)});
                  default for decisions without deficiencies: frequency
                  (the three filters apply to decisions without deficiencies, the spread, delegation
                  and escalation)
  --stalled-after-days N  an open case whose last decision demands something counts as
                  stalled after N days without a decision (default 180)
  --json          print JSON (docs/analyze-json.md) instead of a Swedish summary
  --method M      funnel limits: arcsine (default; widened when overdispersed) or exact
  --min-cases N   fewest cases for a unit to be flagged (default 20)
  --help          show this help

Exit status: 0 when the period was analysed (warnings, e.g. rows set aside, are printed on stderr,
in the summary and as "warnings" in the JSON); 1 when there is nothing to analyse: the folder does not
exist, decisions.csv cannot be read or every row of it was set aside, or the period holds no cases
(the report with its warnings is still printed); 2 on a usage error.`;

/** The span of every date in the extracts, as a range period; null when there are no rows. */
export function extractSpan(decisions: readonly DecisionRow[], inspections: readonly InspectionRow[], preparations: readonly PreparationRow[]): Period | null {
  const dates = [...decisions.map((d) => d.decision_date), ...inspections.map((i) => i.inspection_date), ...preparations.map((p) => p.presented_date)];
  if (dates.length === 0) return null;
  let from = dates[0]!;
  let to = dates[0]!;
  for (const d of dates) {
    if (d < from) from = d;
    if (d > to) to = d;
  }
  return rangePeriod(from, to);
}

export async function analyzeCommand(args: string[]): Promise<number> {
  const {values, positionals} = parseCommandArgs(
    args,
    {
      period: {type: "string"},
      json: {type: "boolean"},
      method: {type: "string"},
      "min-cases": {type: "string"},
      department: {type: "string"},
      "operation-type": {type: "string"},
      "case-type": {type: "string"},
      "stalled-after-days": {type: "string"},
      help: {type: "boolean", short: "h"}
    },
    true
  );
  if (values.help) {
    console.log(ANALYZE_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "name the folder of extracts to analyse" : `expected one folder, got ${positionals.length}`);
  let period: Period | null = null;
  if (values.period !== undefined) {
    try {
      period = parsePeriod(values.period);
    } catch (error) {
      throw new UsageError(`--period: ${(error as Error).message}`);
    }
  }
  const method = values.method ?? "arcsine";
  if (method !== "arcsine" && method !== "exact") throw new UsageError(`--method must be arcsine or exact, got '${method}'`);
  const minimumCases = numberOption("min-cases", values["min-cases"], 20);
  if (!(Number.isInteger(minimumCases) && minimumCases >= 1)) throw new UsageError(`--min-cases must be a whole number ≥ 1, got ${minimumCases}`);
  const policy = flagPolicy({method: method === "exact" ? "exact-binomial" : "arcsine", minimumCases});
  const stalledAfterDays = numberOption("stalled-after-days", values["stalled-after-days"], 180);
  if (!(Number.isInteger(stalledAfterDays) && stalledAfterDays >= 0)) throw new UsageError(`--stalled-after-days must be a whole number ≥ 0, got ${stalledAfterDays}`);
  const filter: DecisionFilter = {
    department: codeOption("department", values.department, DEPARTMENTS),
    operationType: codeOption("operation-type", values["operation-type"], OPERATION_TYPES),
    caseType: codeOption("case-type", values["case-type"], CASE_TYPES)
  };

  const folder = await requireFolder(positionals[0]!);
  const extracts = await loadExtracts(folder);
  const decisions = extracts.reports.find((r) => r.extract === "decisions")!;
  // Never an empty success: without usable decisions there is nothing to analyse.
  if (decisions.fatal !== null) throw new ExtractError(`cannot analyse: ${decisions.fatal}`);
  if (decisions.rowsRead === 0) throw new ExtractError("cannot analyse: decisions.csv holds no rows");
  if (decisions.rowsAccepted === 0) {
    throw new ExtractError(`cannot analyse: every one of the ${decisions.rowsRead} rows of decisions.csv was set aside (run 'lika check' for the reasons)`);
  }
  const span = extractSpan(extracts.decisions, extracts.inspections, extracts.preparations);
  period ??= span;
  if (period === null) throw new ExtractError("cannot analyse: the folder holds no rows");
  const warnings = analyzeWarnings(extracts, period, span);
  for (const w of warnings) console.error(`lika analyze: warning: ${w.message}`);
  const analysis = analyze(extracts, period, {policy, filter, stalledAfterDays});
  if (values.json) console.log(analysisJson(analysis, {warnings: warnings.map(({code, message, details}) => ({code, message, details}))}));
  else console.log([...warnings.map((w) => `Varning: ${swedishWarning(w)}`), ...(warnings.length > 0 ? [""] : []), analysisSummary(analysis)].join("\n"));
  if (nothingAnalysed(warnings)) return 1;
  return 0;
}
