/**
 * Items presented at the weekly operational meeting (Operativ samverkan, OPS), from its start in
 * February 2023 to the end of the period. At scale 1 exactly 480 items are presented from 2023-02-01
 * to 2024-06-30, 131 of them sent back; a sent-back item comes back one to five weeks later as a new
 * item whose returns_from names it (and may be sent back again).
 */
import type {Department} from "../../src/lib/extract/codes.js";
import {PREPARATION_TARGET, SAMPLE_PERIOD} from "./calibration.js";
import {scaledCount, type SampleContext} from "./context.js";
import {MONTH_WEIGHTS, dayOf, isWorkingDay, monthOf, weekdayOf} from "./dates.js";
import {apportion} from "./random.js";
import type {SamplePreparation} from "./records.js";

/** Weekly meeting days (Tuesdays) from the first after `from` to `to`, none in July, over Christmas or on a public holiday. */
function meetingDays(from: number, to: number): number[] {
  const days: number[] = [];
  let day = from + ((1 - weekdayOf(from) + 7) % 7);
  for (; day <= to; day += 7) {
    const iso = new Date(day * 86_400_000).toISOString();
    const md = iso.slice(5, 10);
    if (monthOf(day) === 7 || md >= "12-22" || md <= "01-06" || !isWorkingDay(day)) continue;
    days.push(day);
  }
  return days;
}

/** Generates every OPS item of the sample, in order of presentation. */
export function generatePreparations(ctx: SampleContext): SamplePreparation[] {
  const {random, scale, organisation} = ctx;
  const [windowFrom, windowTo, periodEnd] = [dayOf(PREPARATION_TARGET.from), dayOf(PREPARATION_TARGET.to), dayOf(SAMPLE_PERIOD.to)];
  const meetings = meetingDays(windowFrom, periodEnd);
  const inWindow = meetings.filter((d) => d <= windowTo);
  const items = scaledCount(PREPARATION_TARGET.items, scale);
  const slotsInWindow = apportion(items, inWindow.map((d) => MONTH_WEIGHTS[monthOf(d) - 1]!));
  const sentBack = new Set(random.shuffle(Array.from({length: items}, (_, i) => i)).slice(0, scaledCount(PREPARATION_TARGET.sentBack, scale)));
  const perMeeting = items / inWindow.length;
  const share = PREPARATION_TARGET.sentBack / PREPARATION_TARGET.items;

  const out: SamplePreparation[] = [];
  let pending: {from: SamplePreparation; due: number}[] = [];
  let slot = 0;
  meetings.forEach((day, m) => {
    const window = day <= windowTo;
    const slots = window ? slotsInWindow[m]! : Math.round(perMeeting * MONTH_WEIGHTS[monthOf(day) - 1]! * (0.7 + 0.6 * random.next()));
    const due = pending.filter((p) => p.due <= day).slice(0, slots);
    pending = pending.filter((p) => !due.includes(p));
    for (let i = 0; i < slots; i++) {
      const back = due[i];
      const department: Department = back ? back.from.department : random.weighted(organisation.departments, (d) => d.weight).code;
      const sent = window ? sentBack.has(slot++) : random.chance(share);
      const item: SamplePreparation = {department, day, outcome: sent ? "sent_back" : "decided", returnsFrom: back ? back.from : null, id: ""};
      out.push(item);
      if (sent) pending.push({from: item, due: day + 7 * random.int(1, 5)});
    }
  });
  return out;
}
