/**
 * The tertial overview (page Översikt): for the chosen tertial beside the previous tertial and the same tertial a year
 * earlier, each headline figure and its changes, the alarms and alerts per measure, every flag, and the flags new,
 * cleared and persisting since the previous tertial. Pure: it only compares the tertial summaries the loader wrote
 * from `lika analyze`'s analysis, so the page lists exactly the flags the CLI reports.
 */
import {previousTertial, yearEarlierTertial} from "../period.js";
import {FLAG_GROUPS, flagAnchor, flagGroupOf, HEADLINES, type HeadlineSpec} from "./catalogue.js";
import {flagChanges, type FlagChanges} from "./flag-changes.js";
import type {HeadlineValue, OverviewFlag, TertialSummary} from "./tertial-summary.js";

export interface HeadlineRow {
  spec: HeadlineSpec;
  current: HeadlineValue | null;
  previous: HeadlineValue | null;
  yearEarlier: HeadlineValue | null;
  /** current − previous and current − year earlier, in the figure's own unit (a share difference for shares); null when either is missing. */
  changeFromPrevious: number | null;
  changeFromYearEarlier: number | null;
}

export interface FlagGroupCount {
  measure: string;
  unitType: string;
  title: string;
  page: string;
  alarms: number;
  alerts: number;
  /** Alarms and alerts of the previous tertial (null when it has no data). */
  previous: {alarms: number; alerts: number} | null;
}

/** A flag with where its explanation lives: the measure page at the tertial, opened at the flag's explainer. */
export interface FlagLine {
  flag: OverviewFlag;
  groupTitle: string;
  href: string;
}

export interface TertialOverview {
  tertial: string;
  previousTertial: string;
  yearEarlierTertial: string;
  current: TertialSummary;
  previous: TertialSummary | null;
  yearEarlier: TertialSummary | null;
  headlines: HeadlineRow[];
  counts: FlagGroupCount[];
  /** Every flag of the tertial, in the analysis's order (alarms first, then by measure and p). */
  flags: FlagLine[];
  /** Null when the previous tertial has no data (the first tertial of the extract). */
  changes: FlagChanges<FlagLine> | null;
}

/** The link to a flag's explainer: its measure page at the tertial, at the explainer's id. */
export function flagHref(flag: Pick<OverviewFlag, "measure" | "unitType" | "unit">, tertial: string): string {
  const group = flagGroupOf(flag.measure, flag.unitType);
  return `./${group.page}?period=${encodeURIComponent(tertial)}#${flagAnchor(flag.measure, flag.unitType, flag.unit)}`;
}

function difference(a: HeadlineValue | null, b: HeadlineValue | null): number | null {
  return a?.value != null && b?.value != null ? a.value - b.value : null;
}

function lines(summary: TertialSummary): FlagLine[] {
  return summary.flags.map((flag) => ({flag, groupTitle: flagGroupOf(flag.measure, flag.unitType).title, href: flagHref(flag, summary.tertial)}));
}

function countLevels(flags: readonly OverviewFlag[], measure: string, unitType: string): {alarms: number; alerts: number} {
  const mine = flags.filter((f) => f.measure === measure && f.unitType === unitType);
  return {alarms: mine.filter((f) => f.level === "alarm").length, alerts: mine.filter((f) => f.level === "alert").length};
}

/**
 * The overview of `tertial` from the summaries of every tertial with data. Throws when the tertial has no summary;
 * the previous tertial and the year before are null when the extract does not reach back to them.
 */
export function tertialOverview(summaries: readonly TertialSummary[], tertial: string): TertialOverview {
  const byKey = new Map(summaries.map((s) => [s.tertial, s]));
  const current = byKey.get(tertial);
  if (!current) throw new Error(`no data for the tertial ${tertial}`);
  const prevKey = previousTertial(tertial);
  const yearKey = yearEarlierTertial(tertial);
  const previous = byKey.get(prevKey) ?? null;
  const yearEarlier = byKey.get(yearKey) ?? null;
  const headlines = HEADLINES.map((spec) => {
    const c = current.headlines[spec.id] ?? null;
    const p = previous?.headlines[spec.id] ?? null;
    const y = yearEarlier?.headlines[spec.id] ?? null;
    return {spec, current: c, previous: p, yearEarlier: y, changeFromPrevious: difference(c, p), changeFromYearEarlier: difference(c, y)};
  });
  const counts = FLAG_GROUPS.map((g) => ({
    measure: g.measure,
    unitType: g.unitType,
    title: g.title,
    page: g.page,
    ...countLevels(current.flags, g.measure, g.unitType),
    previous: previous ? countLevels(previous.flags, g.measure, g.unitType) : null
  }));
  const currentLines = lines(current);
  const changes = previous ? flagChanges(lines(previous).map(withIdentity), currentLines.map(withIdentity)) : null;
  return {
    tertial,
    previousTertial: prevKey,
    yearEarlierTertial: yearKey,
    current,
    previous,
    yearEarlier,
    headlines,
    counts,
    flags: currentLines,
    changes: changes && {new: changes.new.map(strip), cleared: changes.cleared.map(strip), persisting: changes.persisting.map((p) => ({...p, previous: strip(p.previous), current: strip(p.current)}))}
  };
}

type IdentifiedLine = FlagLine & {measure: string; unitType: string; unit: string; direction: "high" | "low"; level: "alarm" | "alert"};

function withIdentity(line: FlagLine): IdentifiedLine {
  const {measure, unitType, unit, direction, level} = line.flag;
  return {...line, measure, unitType, unit, direction, level};
}

function strip(line: IdentifiedLine): FlagLine {
  return {flag: line.flag, groupTitle: line.groupTitle, href: line.href};
}

/** The tertials with a summary, newest first (the page's choices; the first is the default). */
export function overviewTertials(summaries: readonly TertialSummary[]): string[] {
  return summaries.map((s) => s.tertial).sort().reverse();
}
