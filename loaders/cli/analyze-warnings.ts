/**
 * What `lika analyze` must say besides its numbers, so that an empty result is never read as an
 * all-clear: files that could not be used, rows set aside, a period that lies outside the data or
 * holds no cases. Each warning has a stable code (pages translate codes) and an English message;
 * the Swedish summary prints `swedishWarning`.
 */
import type {DecisionRow} from "../../src/lib/extract/decision-row.js";
import type {InspectionRow} from "../../src/lib/extract/inspection-row.js";
import type {PreparationRow} from "../../src/lib/extract/preparation-row.js";
import type {ExtractReport} from "../../src/lib/extract/report.js";
import {formatCount} from "../../src/lib/format/number.js";
import {isInPeriod, type Period} from "../../src/lib/period.js";

export type AnalyzeWarningCode = "file-not-used" | "rows-set-aside" | "period-outside-data" | "no-cases-in-period" | "no-decisions-in-period";

export interface AnalyzeWarning {
  code: AnalyzeWarningCode;
  /** One English sentence (also printed on stderr). */
  message: string;
  /** The numbers the sentence quotes, for pages that word it themselves. */
  details: Record<string, string | number>;
}

export interface AnalyzeInput {
  decisions: readonly DecisionRow[];
  inspections: readonly InspectionRow[];
  preparations: readonly PreparationRow[];
  reports: readonly ExtractReport[];
}

/**
 * The warnings for analysing `input` over `period`, in the order a reader should see them. `data` is
 * the span of every date in the extracts (`extractSpan`), null when they hold no rows.
 */
export function analyzeWarnings(input: AnalyzeInput, period: Pick<Period, "from" | "to">, data: Pick<Period, "from" | "to"> | null): AnalyzeWarning[] {
  const out: AnalyzeWarning[] = [];
  for (const r of input.reports) {
    if (r.fatal !== null && r.present) {
      out.push({code: "file-not-used", message: `${r.file} could not be used, so the measures that need it have no data: ${r.fatal}`, details: {file: r.file}});
    } else if (r.rowsQuarantined > 0) {
      out.push({
        code: "rows-set-aside",
        message: `${r.file}: ${r.rowsQuarantined} of ${r.rowsRead} rows were set aside and are not counted (run 'lika check' for the list)`,
        details: {file: r.file, rowsSetAside: r.rowsQuarantined, rowsRead: r.rowsRead}
      });
    }
  }
  const inPeriod = (d: string): boolean => isInPeriod(d, period);
  const decisions = input.decisions.filter((d) => inPeriod(d.decision_date)).length;
  const cases = decisions + input.inspections.filter((i) => inPeriod(i.inspection_date)).length + input.preparations.filter((p) => inPeriod(p.presented_date)).length;
  if (data !== null && (period.to < data.from || period.from > data.to)) {
    out.push({
      code: "period-outside-data",
      message: `the period ${period.from} – ${period.to} lies outside the data, which runs from ${data.from} to ${data.to}: nothing was analysed`,
      details: {from: period.from, to: period.to, dataFrom: data.from, dataTo: data.to}
    });
  } else if (cases === 0) {
    out.push({code: "no-cases-in-period", message: `the period ${period.from} – ${period.to} holds no decisions, inspections or preparation items: nothing was analysed`, details: {from: period.from, to: period.to}});
  } else if (decisions === 0) {
    out.push({code: "no-decisions-in-period", message: `the period ${period.from} – ${period.to} holds no decisions: the decision measures are empty`, details: {from: period.from, to: period.to}});
  }
  return out;
}

/** True when the warnings say that nothing at all was analysed (then `lika analyze` exits 1). */
export function nothingAnalysed(warnings: readonly AnalyzeWarning[]): boolean {
  return warnings.some((w) => w.code === "period-outside-data" || w.code === "no-cases-in-period");
}

/** The warning in Swedish, for the summary printed without --json. */
export function swedishWarning(w: AnalyzeWarning): string {
  const d = w.details;
  switch (w.code) {
    case "file-not-used":
      return `${d.file} kunde inte läsas; mått som bygger på filen saknar underlag.`;
    case "rows-set-aside":
      return `${d.file}: ${formatCount(Number(d.rowsSetAside))} av ${formatCount(Number(d.rowsRead))} rader sattes åt sidan och räknas inte (kör 'lika check').`;
    case "period-outside-data":
      return `Perioden ${d.from} – ${d.to} ligger utanför underlaget (${d.dataFrom} – ${d.dataTo}); inget har analyserats.`;
    case "no-cases-in-period":
      return `Perioden ${d.from} – ${d.to} innehåller inga beslut, inspektioner eller föredragningar; inget har analyserats.`;
    case "no-decisions-in-period":
      return `Perioden ${d.from} – ${d.to} innehåller inga beslut; måtten för beslut är tomma.`;
  }
}
