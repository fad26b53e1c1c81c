/**
 * Frequency supervision of homes for children and young people: a register of homes, one inspection
 * per home and year (2021–2024), what the inspectors found about child conversations, the one
 * decision each inspection leads to, and the follow-ups that close a case whose decision demanded
 * something. At scale 1 the 2023 figures are the published ones exactly:
 * 850 inspected homes, 175 without a child conversation, Syd 94 %, Mitt 68 %, Nord 71 %, and a share
 * of decisions without deficiencies from 20 % to 100 % among decision-makers with 10 or more.
 */
import {DEPARTMENTS, HOME_TYPES, type DecisionType, type Department, type HomeType, type NoConversationReason} from "../../src/lib/extract/codes.js";
import {CHILD_CONVERSATION_TARGETS, NO_DEFICIENCIES_RANGE, PUBLISHED_YEAR, SAMPLE_PERIOD} from "./calibration.js";
import {scaledCount, type SampleContext} from "./context.js";
import {dayOf, decisionDayAfter, lastWeekdayOfYear, seasonalDay} from "./dates.js";
import {drawAreas} from "./deficiency-areas.js";
import {FREQUENCY_FOLLOW_UP_DAYS, followUpDay} from "./follow-up.js";
import {DEPARTMENT_PROFILES, chooseCaseOwner, chooseDecider, decisionMakerIndex, withRole, type SampleDecisionMaker, type SampleOrganisation} from "./organisation.js";
import {PLANTED_CONTROL_SLOTS, PLANTED_DECISION_MAKER_SLOTS, type PlantedDecisionMakerSlot} from "./planted.js";
import {apportion, weightedSample, type Random} from "./random.js";
import {newCase, newDecision, type SampleDecision, type SampleInspection} from "./records.js";

export const YEARS = [2021, 2022, 2023, 2024] as const;

/** Case-mix probability that a frequency-supervision decision states no deficiencies, by type of home. */
export const NO_DEFICIENCY_PROBABILITY: Readonly<Record<HomeType, number>> = {
  lss_child_home: 0.7,
  supported_housing: 0.5,
  hvb: 0.4,
  special_youth_home: 0.25
};

/** How likely each type of home is to be the one with a given reason for no conversation (relative). */
const REASON_AFFINITY: Readonly<Record<NoConversationReason, Readonly<Record<HomeType, number>>>> = {
  no_child_present: {lss_child_home: 5, supported_housing: 2, hvb: 1, special_youth_home: 0.1},
  all_declined: {special_youth_home: 2, hvb: 1.5, supported_housing: 1.2, lss_child_home: 0.4},
  not_offered: {lss_child_home: 2, hvb: 1, supported_housing: 1, special_youth_home: 1},
  other: {hvb: 1, supported_housing: 1, lss_child_home: 1, special_youth_home: 1}
};
const REASONS: readonly NoConversationReason[] = ["no_child_present", "all_declined", "not_offered", "other"];

/** Change over the years in conversations not offered (relative to 2023): fewer as the follow-up took hold. */
const NOT_OFFERED_TREND: Readonly<Record<number, number>> = {2021: 1.4, 2022: 1.2, 2023: 1, 2024: 0.7};

/** Children placed on the day, when any, by type of home: [min, max]. */
const PLACED: Readonly<Record<HomeType, readonly [number, number]>> = {hvb: [2, 9], supported_housing: [3, 12], lss_child_home: [1, 5], special_youth_home: [6, 18]};

interface Home {
  homeId: string;
  operationId: string;
  homeType: HomeType;
  department: Department;
  team: string;
  from: number;
  to: number;
}

export interface FrequencySupervision {
  decisions: SampleDecision[];
  inspections: SampleInspection[];
}

/** The home register of one department: exactly `homes2023` homes active in 2023, some closing earlier, some new in 2024. */
function homeRegister(ctx: SampleContext, department: Department): Home[] {
  const {random, scale} = ctx;
  const profile = DEPARTMENT_PROFILES[department];
  const n2023 = scaledCount(CHILD_CONVERSATION_TARGETS[department].homes, scale);
  const typeWeights = HOME_TYPES.map((t) => profile.homeTypes[t.code]);
  const counts = apportion(n2023, typeWeights);
  const types = random.shuffle(HOME_TYPES.flatMap((t, i) => Array.from({length: counts[i]!}, () => t.code as HomeType)));
  const teams = Math.max(2, Math.round(n2023 / 50));
  const home = (homeType: HomeType, from: number, to: number): Home => ({
    homeId: ctx.nextHomeId(),
    operationId: ctx.nextOperationId(),
    homeType,
    department,
    team: `${department}-${random.int(1, teams)}`,
    from,
    to
  });
  const homes = types.map((t) => home(t, random.chance(0.8) ? 2021 : random.chance(0.6) ? 2022 : 2023, random.chance(0.95) ? 2024 : 2023));
  const randomType = () => random.weighted(HOME_TYPES.map((t) => t.code as HomeType), (t) => profile.homeTypes[t]);
  for (let i = 0; i < Math.round(n2023 * 0.06); i++) homes.push(home(randomType(), 2021, random.chance(0.5) ? 2021 : 2022));
  for (let i = 0; i < Math.round(n2023 * 0.07); i++) homes.push(home(randomType(), 2024, 2024));
  return homes;
}

/** Draws what the inspectors found: children placed, agreeing and spoken with, given the reason for no conversation. */
function children(random: Random, homeType: HomeType, reason: NoConversationReason | null, depth: number): Pick<SampleInspection, "childrenPlaced" | "childrenAgreed" | "childrenSpoken"> {
  if (reason === "no_child_present") return {childrenPlaced: 0, childrenAgreed: 0, childrenSpoken: 0};
  const [lo, hi] = PLACED[homeType];
  const placed = random.int(lo, hi);
  if (reason === "all_declined" || reason === "not_offered") return {childrenPlaced: placed, childrenAgreed: 0, childrenSpoken: 0};
  if (reason === "other") return {childrenPlaced: placed, childrenAgreed: random.int(0, Math.min(2, placed)), childrenSpoken: 0};
  let agreed = 0;
  for (let i = 0; i < placed; i++) if (random.chance(homeType === "lss_child_home" ? 0.5 : 0.65)) agreed++;
  agreed = Math.max(1, agreed);
  let spoken = 0;
  for (let i = 0; i < agreed; i++) if (random.chance(homeType === "special_youth_home" ? depth * 0.8 : depth)) spoken++;
  return {childrenPlaced: placed, childrenAgreed: agreed, childrenSpoken: Math.max(1, spoken)};
}

/** Number of homes per reason for no conversation in one department and year. */
function reasonCounts(department: Department, year: number, homes: number, scale: number): Record<NoConversationReason, number> {
  const target = CHILD_CONVERSATION_TARGETS[department];
  const out = {} as Record<NoConversationReason, number>;
  let left = homes;
  for (const reason of REASONS) {
    const n = year === PUBLISHED_YEAR ? scaledCount(target.without[reason], scale) : Math.round((target.without[reason] / target.homes) * homes * (reason === "not_offered" ? NOT_OFFERED_TREND[year]! : 1));
    out[reason] = Math.min(left, n);
    left -= out[reason];
  }
  return out;
}

/** Share of a department's frequency-supervision decisions (besides the planted ones) taken outside its frequency group. */
const OUTSIDE_GROUP = 0.08;

/** About how many frequency-supervision decisions a year each member of a frequency group takes (scale 1). */
const GROUP_LOAD = 25;

interface FrequencyGroup {
  managers: SampleDecisionMaker[];
  inspectors: SampleDecisionMaker[];
}

/**
 * The people who take most of a department's frequency-supervision decisions: the most active unit managers
 * and inspectors with delegation (by workload weight, planted ones excluded), as many of each as take about
 * GROUP_LOAD decisions a year, at least one. Frequency supervision is specialised work, so most
 * decision-makers who do it reach 20 decisions a year.
 */
function frequencyGroup(organisation: SampleOrganisation, department: Department, decisions: number, excluded: ReadonlySet<SampleDecisionMaker>): FrequencyGroup {
  const delegation = DEPARTMENT_PROFILES[department].delegation;
  const most = (role: "unit_manager" | "inspector_delegated", share: number) => {
    const people = withRole(organisation, department, role).filter((p) => !excluded.has(p)).sort((a, b) => b.weight - a.weight || a.position - b.position);
    return people.slice(0, Math.max(1, Math.min(people.length, Math.round((share * decisions) / GROUP_LOAD))));
  };
  return {managers: most("unit_manager", 1 - delegation), inspectors: most("inspector_delegated", delegation)};
}

/** The probability `p` moved by an odds ratio. */
function withOddsRatio(p: number, oddsRatio: number): number {
  return (oddsRatio * p) / (1 - p + oddsRatio * p);
}

/**
 * Decides which of one decision-maker's decisions state no deficiencies. Planted slots get an exact
 * quota from their odds ratio (in 2023 strictly between the published 20 % and 100 % unless the slot
 * carries one of them). Everyone else is planted-normal: each decision independently without deficiencies
 * with its type of home's probability, moved by the person's own log odds `effect` (0 unless the overdispersed
 * scenario is asked for), so counts vary as the binomial does. In 2023 a person with 10 or more decisions is redrawn
 * (rarely) while at or below the published lowest share (20 %), which belongs to the planted one.
 */
function outcomes(random: Random, decisions: readonly {homeType: HomeType}[], slot: PlantedDecisionMakerSlot | undefined, year: number, scale: number, effect: number): boolean[] {
  const p = decisions.map((d) => NO_DEFICIENCY_PROBABILITY[d.homeType]);
  const n = decisions.length;
  if (!slot) {
    const q = p.map((pi) => (effect === 0 ? pi : withOddsRatio(pi, Math.exp(effect))));
    const guarded = year === PUBLISHED_YEAR && n >= NO_DEFICIENCIES_RANGE.minDecisions;
    for (let attempt = 0; ; attempt++) {
      const drawn = q.map((qi) => random.chance(qi));
      const k = drawn.filter(Boolean).length;
      if (!guarded || k > Math.floor(n * NO_DEFICIENCIES_RANGE.lowest) || attempt >= 1000) return drawn;
    }
  }
  let quota =
    slot.oddsRatio === "all" ? n
    : year === PUBLISHED_YEAR && slot.withoutDeficiencies2023 !== undefined ? Math.min(n, scaledCount(slot.withoutDeficiencies2023, scale))
    : Math.round(p.reduce((s, pi) => s + withOddsRatio(pi, slot.oddsRatio as number), 0));
  // Only the slots that carry the published extremes may reach them in 2023.
  if (year === PUBLISHED_YEAR && slot.oddsRatio !== "all" && slot.withoutDeficiencies2023 === undefined && n >= NO_DEFICIENCIES_RANGE.minDecisions) {
    quota = Math.min(n - 1, Math.max(quota, Math.floor(n * NO_DEFICIENCIES_RANGE.lowest) + 1));
  }
  // Drawn in proportion to the odds p/(1 − p), which approximates independent decisions at each p given their total
  // (drawing in proportion to p would blur the difference between types of home).
  const chosen = new Set(weightedSample(random, p.map((_, i) => i), quota, (i) => p[i]! / (1 - p[i]!)));
  return p.map((_, i) => chosen.has(i));
}

/** A standard normal draw (Box–Muller). */
function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

/** The decision type of a decision with deficiencies: inspectors criticise or request a report back; managers sometimes enjoin. */
function deficientType(random: Random, maker: SampleDecisionMaker): DecisionType {
  if (maker.role === "inspector_delegated") return random.chance(0.55) ? "criticism" : "report_back_1";
  return random.weighted(["criticism", "report_back_1", "injunction"] as const, (t) => ({criticism: 0.4, report_back_1: 0.5, injunction: 0.1})[t]);
}

/**
 * The decisions that close a frequency-supervision case whose decision demanded something (a report-back
 * request or an injunction): the report is assessed and the case closed with a final decision 2–6 months
 * later (in departments with a backlog sometimes 7–14 months), after a second report-back request in
 * about one case in seven. Decisions after `periodEnd` are not written (the case is still open).
 */
function followUps(ctx: SampleContext, first: SampleDecision, periodEnd: number): SampleDecision[] {
  const {random, organisation} = ctx;
  const department = first.case.department;
  const steps: DecisionType[] = first.type === "report_back_1" && random.chance(0.15) ? ["report_back_2", "final"] : ["final"];
  const out: SampleDecision[] = [];
  let day = first.day;
  for (const type of steps) {
    day = followUpDay(random, department, day, FREQUENCY_FOLLOW_UP_DAYS);
    if (day > periodEnd) break;
    const deficiencies = type !== "final";
    out.push(newDecision({case: first.case, day, seq: out.length + 1, type, maker: chooseDecider(random, organisation, department, type, first.maker), deficiencies, areas: deficiencies ? first.areas : []}));
  }
  return out;
}

/** Generates the register, the inspections and their decisions (with the follow-ups that close them) for 2021–2024. */
export function generateFrequencySupervision(ctx: SampleContext): FrequencySupervision {
  const {random, scale, organisation} = ctx;
  const periodEnd = dayOf(SAMPLE_PERIOD.to);
  const decisions: SampleDecision[] = [];
  const inspections: SampleInspection[] = [];
  const slots = [...PLANTED_DECISION_MAKER_SLOTS, ...PLANTED_CONTROL_SLOTS];
  const slotOf = new Map(slots.map((s) => [organisation.decisionMakers[decisionMakerIndex(s.department, s.position)]!, s]));
  // Overdispersed scenario only: each non-planted decision-maker's own log odds, drawn once (no draw at dispersion 0).
  const tendency = new Map<SampleDecisionMaker, number>();
  const tendencyOf = (maker: SampleDecisionMaker): number => {
    if (ctx.dispersion === 0 || slotOf.has(maker)) return 0;
    if (!tendency.has(maker)) tendency.set(maker, ctx.dispersion * normal(random));
    return tendency.get(maker)!;
  };
  for (const {code: department} of DEPARTMENTS) {
    const register = homeRegister(ctx, department);
    const profile = DEPARTMENT_PROFILES[department];
    const departmentSlots = slots.filter((s) => s.department === department);
    const plantedLoad = departmentSlots.reduce((sum, s) => sum + s.decisionsPerYear, 0);
    const group = frequencyGroup(organisation, department, Math.max(0, CHILD_CONVERSATION_TARGETS[department].homes - plantedLoad) * scale, new Set(slotOf.keys()));
    for (const year of YEARS) {
      const homes = register.filter((h) => h.from <= year && year <= h.to);
      // Child conversations: exact counts per reason, placed on the types of home where each is likely.
      const counts = reasonCounts(department, year, homes.length, scale);
      const reasonOf = new Map<Home, NoConversationReason>();
      for (const reason of REASONS) {
        for (const h of weightedSample(random, homes.filter((x) => !reasonOf.has(x)), counts[reason], (x) => REASON_AFFINITY[reason][x.homeType])) reasonOf.set(h, reason);
      }
      const yearInspections: SampleInspection[] = homes.map((h) => {
        const reason = reasonOf.get(h) ?? null;
        return {homeId: h.homeId, homeType: h.homeType, department, day: seasonalDay(random, year, 18), team: h.team, decision: null, reason, ...children(random, h.homeType, reason, profile.conversationDepth), id: ""};
      });
      inspections.push(...yearInspections);
      // One decision per inspection, dated within the inspection's year (2024: those not yet decided at extraction have none).
      const decided: {inspection: SampleInspection; home: Home; day: number}[] = [];
      yearInspections.forEach((inspection, i) => {
        let day = decisionDayAfter(random, inspection.day, random.int(10, 50));
        if (year < 2024) day = Math.min(day, lastWeekdayOfYear(year));
        if (day <= periodEnd) decided.push({inspection, home: homes[i]!, day});
      });
      // Planted decision-makers take a fixed number, chosen by their case mix; the rest go by delegation.
      const makerOf = new Map<(typeof decided)[number], SampleDecisionMaker>();
      for (const slot of departmentSlots) {
        const maker = organisation.decisionMakers[decisionMakerIndex(slot.department, slot.position)]!;
        const k = year === PUBLISHED_YEAR ? scaledCount(slot.decisionsPerYear, scale) : Math.round(slot.decisionsPerYear * scale * (decided.length / Math.max(1, homes.length)));
        for (const d of weightedSample(random, decided.filter((x) => !makerOf.has(x)), k, (x) => slot.homeTypes[x.home.homeType])) makerOf.set(d, maker);
      }
      for (const d of decided) {
        if (makerOf.has(d)) continue;
        let maker: SampleDecisionMaker;
        if (random.chance(OUTSIDE_GROUP)) {
          do maker = chooseCaseOwner(random, organisation, department);
          while (slotOf.has(maker));
        } else {
          maker = random.weighted(random.chance(profile.delegation) ? group.inspectors : group.managers, (p) => p.weight);
        }
        makerOf.set(d, maker);
      }
      const byMaker = new Map<SampleDecisionMaker, (typeof decided)[number][]>();
      for (const d of decided) {
        const maker = makerOf.get(d)!;
        const list = byMaker.get(maker);
        if (list) list.push(d);
        else byMaker.set(maker, [d]);
      }
      for (const [maker, list] of byMaker) {
        const without = outcomes(random, list.map((d) => ({homeType: d.home.homeType})), slotOf.get(maker), year, scale, tendencyOf(maker));
        list.forEach((d, i) => {
          const caseRecord = newCase({caseType: "frequency", nationalArea: null, department, operationId: d.home.operationId, operationType: d.home.homeType, opened: d.inspection.day - random.int(14, 60)});
          const ok = without[i]!;
          const decision = newDecision({case: caseRecord, day: d.day, seq: 0, type: ok ? "no_deficiencies" : deficientType(random, maker), maker, deficiencies: !ok, areas: ok ? [] : drawAreas(random, d.home.homeType)});
          d.inspection.decision = decision;
          decisions.push(decision);
          if (decision.type === "report_back_1" || decision.type === "injunction") decisions.push(...followUps(ctx, decision, periodEnd));
        });
      }
    }
  }
  return {decisions, inspections};
}
