import {describe, expect, it} from "vitest";
import {parseViewState, periodChoices, periodLabel, viewStateQuery, type ViewState} from "../../src/lib/view-state.js";

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
