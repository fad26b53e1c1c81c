import {describe, expect, it} from "vitest";
import {monthRangeQuery, orderedMonthRange, parseMonthRangeState, parseViewState, periodChoices, periodLabel, viewStateQuery, type MonthRangeState, type ViewState} from "../../src/lib/view-state.js";

const PERIODS = periodChoices(["2023T1", "2023T2", "2023T3", "2024T1", "2024T2"]);

describe("periodChoices(tertials)", () => {
  it("offers the tertials newest first, then the years", () => {
    expect(PERIODS).toEqual(["2024T2", "2024T1", "2023T3", "2023T2", "2023T1", "2024", "2023"]);
    expect(periodLabel("2024T2")).toBe("T2 2024");
  });
});

describe("parseViewState(search, periods) and viewStateQuery(state)", () => {
  it("defaults to the latest tertial with data and no filter", () => {
    expect(parseViewState("", PERIODS)).toEqual({state: {period: "2024T2", department: null, operationType: null, caseType: null}, ignored: []});
  });

  it("round-trips every state through the query", () => {
    const states: ViewState[] = [
      {period: "2023", department: "ost", operationType: "hvb", caseType: "frequency"},
      {period: "2024T1", department: null, operationType: "lss_child_home", caseType: null},
      {period: "2023T2", department: "vast", operationType: null, caseType: "self_initiated"}
    ];
    for (const s of states) expect(parseViewState(viewStateQuery(s), PERIODS)).toEqual({state: s, ignored: []});
    expect(viewStateQuery(states[0]!)).toBe("?period=2023&avdelning=ost&verksamhetstyp=hvb&arendeslag=frequency");
  });

  it("falls back to the default for values that are not valid, and names them", () => {
    const {state, ignored} = parseViewState("?period=1999&avdelning=atlantis&arendeslag=frequency", PERIODS);
    expect(state).toEqual({period: "2024T2", department: null, operationType: null, caseType: "frequency"});
    expect(ignored).toEqual(["period", "avdelning"]);
  });
});

// Beredning's months with data: no meetings in July.
const MONTHS = ["2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12", "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"];

describe("parseMonthRangeState(search, months) and monthRangeQuery(state) (Beredning)", () => {
  it("defaults to the months with data of the latest tertial, for the whole nation", () => {
    // The latest month is 2024-06, in 2024T2 (May–August): of it, May and June have data.
    expect(parseMonthRangeState("", MONTHS)).toEqual({state: {from: "2024-05", to: "2024-06", department: null}, ignored: []});
  });

  it("round-trips every state through the query, in the address form of the published link", () => {
    const states: MonthRangeState[] = [
      {from: "2023-02", to: "2024-06", department: null},
      {from: "2023-08", to: "2023-08", department: "ost"},
      {from: "2024-01", to: "2024-04", department: "syd"}
    ];
    for (const s of states) expect(parseMonthRangeState(monthRangeQuery(s), MONTHS)).toEqual({state: s, ignored: []});
    expect(monthRangeQuery(states[0]!)).toBe("?fran=2023-02&till=2024-06");
    expect(monthRangeQuery(states[1]!)).toBe("?fran=2023-08&till=2023-08&avdelning=ost");
  });

  it("writes a range chosen the wrong way round in order, and reads a till before fran as the one month fran", () => {
    expect(monthRangeQuery({from: "2024-03", to: "2023-09", department: null})).toBe("?fran=2023-09&till=2024-03");
    expect(orderedMonthRange({from: "2024-03", to: "2023-09", department: "ost"})).toEqual({from: "2023-09", to: "2024-03", department: "ost"});
    expect(parseMonthRangeState("?fran=2024-03&till=2023-09", MONTHS).state).toMatchObject({from: "2024-03", to: "2024-03"});
  });

  it("takes a tertial from the overview's links as the months of it that have data", () => {
    expect(parseMonthRangeState("?period=2023T2&avdelning=vast", MONTHS)).toEqual({state: {from: "2023-05", to: "2023-08", department: "vast"}, ignored: []});
    // fran/till win over the period where they are months with data.
    expect(parseMonthRangeState("?period=2023T2&fran=2023-06", MONTHS).state).toMatchObject({from: "2023-06", to: "2023-08"});
  });

  it("ignores unknown values, falls back to the default for them, and names them", () => {
    const {state, ignored} = parseMonthRangeState("?period=2023T9&fran=2023-07&till=2030-01&avdelning=atlantis", MONTHS);
    expect(state).toEqual({from: "2024-05", to: "2024-06", department: null});
    expect(ignored.sort()).toEqual(["avdelning", "fran", "period", "till"]);
    expect(parseMonthRangeState("?foo=bar&avdelning=", MONTHS)).toEqual({state: {from: "2024-05", to: "2024-06", department: null}, ignored: []});
  });
});
