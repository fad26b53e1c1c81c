/**
 * Self-initiated supervision, calibrated: at scale 1 exactly 413 decisions in 2023 request a report
 * back (report_back_1/2/3), as published. Cases are generated as usual, then whole cases are dropped
 * (or simple report-back cases added) until the 2023 count is exact.
 */
import {PUBLISHED_YEAR, SELF_INITIATED_REPORT_BACKS} from "./calibration.js";
import {CASEWORK_PROFILES, dayInMonth, generateCase, generateCasework, type OperationPool} from "./casework.js";
import {scaledCount, type SampleContext} from "./context.js";
import {yearOf} from "./dates.js";
import type {SampleDecision} from "./records.js";

const REPORT_BACKS = new Set(["report_back_1", "report_back_2", "report_back_3"]);

/** Report-back requests among a case's decisions dated in `year`. */
export function reportBacksIn(year: number, decisions: readonly SampleDecision[]): number {
  return decisions.filter((d) => REPORT_BACKS.has(d.type) && yearOf(d.day) === year).length;
}

/** Every self-initiated case 2021–2024, each as its decisions, with the 2023 report-back count calibrated. */
export function generateSelfInitiated(ctx: SampleContext, pool: OperationPool): SampleDecision[][] {
  const profile = CASEWORK_PROFILES.self_initiated;
  const target = scaledCount(SELF_INITIATED_REPORT_BACKS, ctx.scale);
  let cases = generateCasework(ctx, pool, profile);
  let count = cases.reduce((s, c) => s + reportBacksIn(PUBLISHED_YEAR, c), 0);
  if (count > target) {
    const drop = new Set<number>();
    for (const i of ctx.random.shuffle(cases.map((_, k) => k))) {
      if (count === target) break;
      const m = reportBacksIn(PUBLISHED_YEAR, cases[i]!);
      if (m > 0 && m <= count - target) {
        drop.add(i);
        count -= m;
      }
    }
    cases = cases.filter((_, i) => !drop.has(i));
  }
  while (count < target) {
    // A simple case: one report-back request in 2023 (January–October), then a final decision.
    cases.push(generateCase(ctx, pool, profile, dayInMonth(ctx, PUBLISHED_YEAR, ctx.random.int(1, 10)), "report_back_1", true));
    count++;
  }
  return cases;
}
