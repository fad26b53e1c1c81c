/**
 * What the overview shows of each measure: its headline figure (one number per tertial) and the flagged results
 * (measure × kind of unit) it counts alarms and alerts for, with their Swedish names and the page that explains them.
 */
import type {UnitType} from "../flags/types.js";

/** How a headline figure is read: a share (change in percentage points), percentage points, or a count. */
export type HeadlineKind = "share" | "percentage-points" | "count";

export interface HeadlineSpec {
  id: string;
  /** Swedish name of the figure. */
  title: string;
  kind: HeadlineKind;
  /** What the base counts ("beslut", "hem" …), for "av 1 154 beslut". */
  baseNoun: string;
  /** The page that shows the measure (relative link, ends in .html). */
  page: string;
  /** What a tertial with nothing to count had ("ingen nationell tillsyn"), written instead of a bare 0; absent: a dash. */
  none?: string;
}

/** The headline figures, in the order the overview shows them. */
export const HEADLINES: readonly HeadlineSpec[] = [
  {id: "decisions-without-deficiencies", title: "Beslut utan brister", kind: "share", baseNoun: "beslut", page: "beslut-utan-brister.html"},
  {id: "decision-maker-spread", title: "Spridning mellan beslutsfattare", kind: "percentage-points", baseNoun: "beslutsfattare", page: "beslut-utan-brister.html"},
  {id: "delegation", title: "Beslut fattade med delegation", kind: "share", baseNoun: "beslut", page: "beslut-utan-brister.html"},
  {id: "child-conversations", title: "Hem där barn talades med", kind: "share", baseNoun: "hem", page: "barnsamtal.html"},
  {id: "escalation-repeats", title: "Upprepning i stället för eskalering", kind: "share", baseNoun: "beslut efter kvarstående brister", page: "eskaleringstrappor.html"},
  {id: "preparations-sent-back", title: "Återremitterade ärenden", kind: "share", baseNoun: "föredragna ärenden", page: "beredning.html"},
  {id: "national-supervision", title: "Beslut i nationella tillsyner", kind: "count", baseNoun: "verksamheter", page: "nationella-tillsyner.html", none: "ingen nationell tillsyn"}
];

export interface FlagGroupSpec {
  measure: string;
  unitType: UnitType;
  /** Swedish name of the measure and the units compared. */
  title: string;
  page: string;
}

/** Every flagged result `lika analyze` reports, in its order, with the page that explains its flags. */
export const FLAG_GROUPS: readonly FlagGroupSpec[] = [
  {measure: "decisions-without-deficiencies", unitType: "decision-maker", title: "Beslut utan brister, per beslutsfattare", page: "beslut-utan-brister.html"},
  {measure: "decisions-without-deficiencies", unitType: "department", title: "Beslut utan brister, per avdelning", page: "beslut-utan-brister.html"},
  {measure: "delegation", unitType: "department", title: "Beslut fattade med delegation, per avdelning", page: "beslut-utan-brister.html"},
  {measure: "child-conversations", unitType: "department", title: "Hem där barn talades med, per avdelning", page: "barnsamtal.html"},
  {measure: "child-conversations", unitType: "team", title: "Hem där barn talades med, per team", page: "barnsamtal.html"},
  {measure: "escalation-repeats", unitType: "department", title: "Upprepning i stället för eskalering, per avdelning", page: "eskaleringstrappor.html"},
  {measure: "escalation-repeats", unitType: "decision-maker", title: "Upprepning i stället för eskalering, per beslutsfattare", page: "eskaleringstrappor.html"},
  {measure: "preparations-sent-back", unitType: "department", title: "Återremitterade ärenden, per avdelning", page: "beredning.html"}
];

/** The group of a flag; throws for a measure the catalogue does not know, so a new measure cannot be left out silently. */
export function flagGroupOf(measure: string, unitType: UnitType): FlagGroupSpec {
  const group = FLAG_GROUPS.find((g) => g.measure === measure && g.unitType === unitType);
  if (!group) throw new Error(`the overview has no entry for the flags of ${measure} per ${unitType}`);
  return group;
}

/**
 * The id of a flag's explainer on its measure page ("flagga-delegation-department-syd"), so a link can open it. Ids keep
 * to letters, digits, "-" and "_", which every unit id of the extract contract already does.
 */
export function flagAnchor(measure: string, unitType: UnitType, unit: string): string {
  return `flagga-${measure}-${unitType}-${unit}`.replace(/[^A-Za-z0-9_-]/g, "_");
}
