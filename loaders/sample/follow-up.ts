/**
 * When the next decision of a case falls, after a decision that demanded something of the provider
 * (a report-back request, an injunction, a fine). Most follow-ups come within the department's usual
 * lag; in the departments with a planted backlog (organisation.ts, `backlog`) some wait seven to
 * fourteen months, so those cases stand open without a decision for more than 180 days.
 */
import type {Department} from "../../src/lib/extract/codes.js";
import {decisionDayAfter} from "./dates.js";
import {DEPARTMENT_PROFILES} from "./organisation.js";
import type {Random} from "./random.js";

/** Days a backlogged follow-up waits: [min, max]. */
export const BACKLOG_DAYS: readonly [number, number] = [210, 420];

/** Days from a frequency-supervision decision requesting a report back (or enjoining) to the decision that assesses it: [min, max]. */
export const FREQUENCY_FOLLOW_UP_DAYS: readonly [number, number] = [50, 170];

/**
 * The working day of the next decision after a demanding decision on `day` in `department`: after `lag`
 * days ([min, max], uniform), or, with the department's backlog probability, after BACKLOG_DAYS.
 */
export function followUpDay(random: Random, department: Department, day: number, lag: readonly [number, number]): number {
  const [lo, hi] = random.chance(DEPARTMENT_PROFILES[department].backlog) ? BACKLOG_DAYS : lag;
  return decisionDayAfter(random, day, random.int(lo, hi));
}
