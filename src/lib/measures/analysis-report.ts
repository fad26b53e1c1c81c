/** Outputs of an analysis: JSON as docs/analyze-json.md describes it, and a readable Swedish summary. */
import {CASE_TYPES, DEPARTMENTS, labelOf, OPERATION_TYPES} from "../extract/codes.js";
import {formatCount, formatPercent} from "../format/number.js";
import {FLAG_LEVEL_NAMES, MEASURE_NAMES} from "../format/ordlista.js";
import {capitalise} from "../format/unit-noun.js";
import type {Analysis} from "./analysis.js";
import type {AssessedMeasure} from "./assessed-measure.js";

/** The analysis as JSON text (2-space indent), after the keys of `head` (the CLI puts its warnings first): NaN and ±Infinity, which JSON cannot hold, become null. */
export function analysisJson(analysis: Analysis, head: Record<string, unknown> = {}): string {
  return JSON.stringify({...head, ...analysis}, (_key, value: unknown) => (typeof value === "number" && !Number.isFinite(value) ? null : value), 2);
}

function pct(share: number): string {
  return Number.isFinite(share) ? formatPercent(share) : "–";
}

function unitLine(result: AssessedMeasure): string {
  return result.units.map((u) => `${u.unitLabel} ${pct(u.rate)} (${formatCount(u.n)})`).join(", ");
}

const REFERENCE_WORDS = {
  auto: "robust referens (enheter med larm räknas inte in; färre än 10 enheter: varje enhet mot de övriga)",
  "robust-iterative": "robust referens (enheter med larm räknas inte in)",
  "leave-one-out": "varje enhet mot de övriga (enheter med larm räknas inte in)",
  all: "alla enheter i referensen"
} as const;

/** How the flags are computed, in Swedish: limits, reference and overdispersion (docs/methods.md, "Flag policy"). */
function methodWords(p: Analysis["policy"]): string {
  const limits =
    p.method === "exact-binomial" ? "exakta binomialgränser (mid-p)"
    : p.smallExpected > 0 ? `arcsinusgränser, exakta (mid-p) vid färre än ${formatCount(p.smallExpected)} förväntade utfall`
    : "arcsinusgränser";
  return `${limits}, ${REFERENCE_WORDS[p.reference]}, ${p.overdispersion === "off" ? "utan τ²" : "τ² läggs till vid överspridning utöver slumpen (χ²-test, 5 %)"}`;
}

/** A readable Swedish summary of every measure and flag, one line per fact, for the terminal. */
export function analysisSummary(analysis: Analysis): string {
  const m = analysis.measures;
  const p = analysis.policy;
  const lines: string[] = [];
  lines.push(`Period ${analysis.period.label} (${analysis.period.from} – ${analysis.period.to}); beslutsfattare räknas över ${analysis.decisionMakerWindow.from} – ${analysis.decisionMakerWindow.to}.`);
  lines.push(
    `Flaggor: ${methodWords(p)}, ${FLAG_LEVEL_NAMES.alert} utanför ${formatPercent(p.alertLevel, 0)}, ${FLAG_LEVEL_NAMES.alarm} utanför ${formatPercent(p.alarmLevel, 1)}, minst ${p.minimumCases} fall per enhet.`
  );

  const f = analysis.filter;
  if (f.department !== null || f.operationType !== null || f.caseType !== null) {
    const parts = [
      f.department === null ? null : `avdelning ${labelOf(DEPARTMENTS, f.department)} (jämförd med riket)`,
      f.operationType === null ? null : `verksamhetstyp ${labelOf(OPERATION_TYPES, f.operationType)}`,
      f.caseType === null ? null : `ärendeslag ${labelOf(CASE_TYPES, f.caseType)}`
    ].filter((x) => x !== null);
    lines.push(`Urval för ${MEASURE_NAMES["decisions-without-deficiencies"]}, ${MEASURE_NAMES["decision-maker-spread"]} och ${MEASURE_NAMES.delegation}: ${parts.join(", ")}.`);
  }

  const dwd = m["decisions-without-deficiencies"];
  lines.push("", `${capitalise(MEASURE_NAMES["decisions-without-deficiencies"])} (${f.caseType === null ? "frekvenstillsyn" : labelOf(CASE_TYPES, f.caseType).toLowerCase()}, justerat för verksamhetstyp och ärendeslag)`);
  lines.push(`  Riket: ${pct(dwd.byDepartment.target)} av ${formatCount(dwd.byDepartment.cases)} beslut.`);
  if (dwd.byDepartment.units.length) lines.push(`  Per avdelning: ${unitLine(dwd.byDepartment)}.`);
  lines.push(`  ${m["decision-maker-spread"].conclusion}`);

  const dele = m.delegation.byDepartment;
  lines.push("", capitalise(MEASURE_NAMES.delegation));
  lines.push(`  Riket: ${pct(dele.target)} av ${formatCount(dele.cases)} beslut.`);
  if (dele.units.length) lines.push(`  Per avdelning: ${unitLine(dele)}.`);

  const cc = m["child-conversations"];
  lines.push("", `${capitalise(MEASURE_NAMES["child-conversations"])}${f.operationType === null ? "" : ` (${labelOf(OPERATION_TYPES, f.operationType).toLowerCase()})`}`);
  const total = cc.headline;
  if (total) {
    lines.push(
      `  ${total.label}: inspekterade hem ${formatCount(total.inspectedHomes)}, varav ${formatCount(total.inspectedHomes - total.homesWithConversation)} där inget barn talades med; barn talades med i ${pct(total.shareOfInspectedHomes)} av alla hem och ${pct(total.shareOfHomesWithChildPresent)} av hem med placerade barn; ${formatCount(total.childrenSpoken)} samtal med ${formatCount(total.childrenAgreed)} barn som ville (${pct(total.conversationsPerAgreeingChild)}).`
    );
    lines.push(`  Per avdelning (andel av alla inspekterade hem): ${cc.summary.byDepartment.map((d) => `${d.label} ${pct(d.shareOfInspectedHomes)} (${formatCount(d.inspectedHomes)})`).join(", ")}.`);
  } else {
    lines.push("  Inga inspektioner i perioden.");
  }

  const esc = m["escalation-repeats"].summary.total;
  lines.push("", `${capitalise(MEASURE_NAMES["escalation-repeats"])}, efter kvarstående brister`);
  if (esc.repeats + esc.stepUps + esc.stepDowns + esc.closures + esc.stalledCases > 0) {
    const time = m["escalation-repeats"].survival.total;
    lines.push(
      `  ${formatCount(esc.repeats)} upprepningar på samma steg och ${formatCount(esc.stepUps)} steg uppåt (${pct(esc.repeatShare)} ${MEASURE_NAMES["escalation-repeats"]}); ${formatCount(esc.stalledCases)} öppna ärenden utan beslut på mer än ${m["escalation-repeats"].stalledAfterDays} dagar vid periodens slut.`,
      `  Tid från första krävande beslut till eskalering eller avslut (Kaplan–Meier, ${formatCount(time.cases)} ärenden, ${formatCount(time.censored)} fortfarande öppna): median ${time.median.time === null ? "inte nådd" : `${formatCount(time.median.time)} dagar`}.`
    );
  } else {
    lines.push("  Inga beslut efter kvarstående brister i perioden.");
  }

  const prep = m["preparations-sent-back"].byDepartment;
  lines.push("", `${capitalise(MEASURE_NAMES["preparations-sent-back"])} (Operativ samverkan)`);
  lines.push(prep.cases > 0 ? `  ${formatCount(prep.cases)} ärenden föredrogs, ${formatCount(prep.events)} (${pct(prep.target)}) återremitterades.` : "  Inga föredragningar i perioden.");

  lines.push("", `${capitalise(MEASURE_NAMES["national-supervision"])}: ${formatCount(m["national-supervision"].total.total)} beslut om ${formatCount(m["national-supervision"].total.operations)} verksamheter.`);

  lines.push("", analysis.flags.length === 0 ? "Inga flaggor." : `Flaggor (${formatCount(analysis.flags.length)}):`);
  for (const f of analysis.flags) lines.push(`  ${FLAG_LEVEL_NAMES[f.level].toUpperCase().padEnd(7)} ${f.explanation}`);
  return lines.join("\n");
}
