import {describe, expect, it} from "vitest";
import {randomLcg} from "d3";
import type {DecisionRow} from "../../../src/lib/extract/decision-row.js";
import type {OperationType} from "../../../src/lib/extract/codes.js";
import {decisionsWithoutDeficiencies} from "../../../src/lib/measures/decisions-without-deficiencies.js";
import {clopperPearsonInterval} from "../../../src/lib/stats/index.js";

/**
 * 200 seeded synthetic datasets with NO true difference between decision-makers: 40 decision-makers each, 20–150
 * frequency-supervision decisions per person, a person-specific mix of four home types whose true shares without deficiencies
 * differ (20, 35, 50, 70 %). Every difference between decision-makers is case mix or chance, so the share of alarm flags
 * must be consistent with the nominal 0.2 % (and alerts, which include alarms, with 5 %).
 * Observed with this seed under the default policy (robust reference): 13 alarms in 8 000 assessed units = 0.16 %, 365
 * beyond the 95 % limits = 4.6 %.
 */
const HOME_TYPES: {type: OperationType; share: number}[] = [
  {type: "hvb", share: 0.2},
  {type: "special_youth_home", share: 0.35},
  {type: "supported_housing", share: 0.5},
  {type: "lss_child_home", share: 0.7}
];
const WINDOW = {from: "2023-01-01", to: "2023-12-31"};

function dataset(random: () => number, index: number): DecisionRow[] {
  const rows: DecisionRow[] = [];
  for (let person = 0; person < 40; person++) {
    const n = 20 + Math.floor(random() * 131);
    const weights = HOME_TYPES.map(() => random() ** 2);
    const total = weights.reduce((s, w) => s + w, 0);
    for (let i = 0; i < n; i++) {
      let r = random() * total;
      let k = 0;
      while (k < HOME_TYPES.length - 1 && r >= weights[k]!) r -= weights[k++]!;
      const home = HOME_TYPES[k]!;
      const without = random() < home.share;
      rows.push({
        decision_id: `B-${index}-${person}-${i}`,
        case_id: `A-${index}-${person}-${i}`,
        operation_id: "op_bbbbbbbbbbbb",
        operation_type: home.type,
        case_type: "frequency",
        national_area: null,
        department: "nord",
        decision_maker: `dm_${person}`,
        decision_maker_role: "unit_manager",
        case_opened: "2023-03-01",
        decision_date: "2023-06-01",
        decision_type: without ? "no_deficiencies" : "criticism",
        deficiencies: !without,
        deficiency_areas: []
      });
    }
  }
  return rows;
}

describe("the flag policy under no true differences (simulation, 200 seeded datasets)", () => {
  it("raises alarms at a rate consistent with 0.2 % and alerts at one consistent with 5 % (99.9 % Clopper–Pearson intervals); observed 0.16 % and 4.6 %", () => {
    const random = randomLcg(0.12345);
    let assessed = 0;
    let alarms = 0;
    let beyond95 = 0;
    for (let d = 0; d < 200; d++) {
      const result = decisionsWithoutDeficiencies(dataset(random, d), "decision-maker", WINDOW);
      for (const u of result.units) {
        if (Number.isNaN(u.p)) continue;
        assessed += 1;
        if (u.level === "alarm") alarms += 1;
        if (u.level !== null) beyond95 += 1;
      }
    }
    expect(assessed).toBe(8000);
    const alarmInterval = clopperPearsonInterval(alarms, assessed, 0.999);
    expect(alarmInterval.lower).toBeLessThanOrEqual(0.002);
    expect(alarmInterval.upper).toBeGreaterThanOrEqual(0.002);
    const alertInterval = clopperPearsonInterval(beyond95, assessed, 0.999);
    expect(alertInterval.lower).toBeLessThanOrEqual(0.05);
    expect(alertInterval.upper).toBeGreaterThanOrEqual(0.05);
  });
});
