/**
 * `lika analyze --json` run as a process (node loaders/bin/lika.js, as a user runs it), and the figures the oracle
 * checks read out of its JSON (docs/analyze-json.md) in the oracle's shapes.
 */
import {execFileSync} from "node:child_process";
import {join} from "node:path";
import type {Figures} from "./compare.js";
import type {References} from "./figures.js";
import {cliArgs, type Selection} from "./filter.js";
import type {Reference} from "./tally.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export const ROOT = join(import.meta.dirname, "../..");

/** The JSON `lika analyze <dir> --json` prints for the selection. */
export function analyzeJson(dir: string, selection: Selection): Json {
  const out = execFileSync(process.execPath, [join(ROOT, "loaders/bin/lika.js"), "analyze", dir, "--json", ...cliArgs(selection)], {cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "pipe"]});
  return JSON.parse(out);
}

/** A flagged measure of the JSON by its dotted name ("delegation.byDepartment"). */
function measure(json: Json, name: string): Json {
  const [id, by] = name.split(".");
  return json.measures[id!][by!];
}

/** The reference of each flagged measure in the JSON: which reference, and which units were set aside. */
export function referencesOf(json: Json): References {
  return (name) => {
    const m = measure(json, name);
    return {reference: m.reference as Reference, setAside: m.setAside as string[]};
  };
}

const pick = (o: Json, keys: string[]): Figures => Object.fromEntries(keys.map((k) => [k, o[k]]));

/** The figures of the JSON under the oracle's names (figures.ts). */
export function likaFigures(json: Json): Record<string, Figures[]> {
  const out: Record<string, Figures[]> = {};
  const flagged = ["decisions-without-deficiencies.byDecisionMaker", "decisions-without-deficiencies.byDepartment", "delegation.byDepartment", "child-conversations.byDepartment", "child-conversations.byTeam", "escalation-repeats.byDepartment", "escalation-repeats.byDecisionMaker", "preparations-sent-back.byDepartment"];
  for (const name of flagged) {
    const m = measure(json, name);
    out[`${name}.units`] = m.units.map((u: Json) => pick(u, ["unit", "n", "observed", "expected"]));
    out[`${name}.strata`] = m.strata.map((s: Json) => pick(s, ["stratum", "n", "events"]));
  }
  const children = json.measures["child-conversations"].summary;
  const summaryKeys = ["unit", "inspectedHomes", "homesWithConversation", "homesWithChildPresent", "childrenPlaced", "childrenAgreed", "childrenSpoken", "reasons"];
  out["child-conversations.summary.byDepartment"] = children.byDepartment.map((s: Json) => pick(s, summaryKeys));
  out["child-conversations.summary.byTeam"] = children.byTeam.map((s: Json) => pick(s, summaryKeys));
  out["child-conversations.summary.total"] = children.total === null ? [] : [pick(children.total, summaryKeys)];
  const escalation = json.measures["escalation-repeats"];
  out["escalation-repeats.summary.byDepartment"] = escalation.summary.byDepartment.map((s: Json) => pick(s, ["unit", "repeats", "stepUps", "stepDowns", "closures"]));
  out["escalation-repeats.flows"] = escalation.flows.map((f: Json) => ({move: `${f.from}>${f.to}:${f.kind}`, count: f.count}));
  const survival = escalation.survival.total;
  out["escalation-repeats.survival.total"] = survival === null ? [] : [{unit: "total", ...pick(survival, ["cases", "escalated", "closed", "censored"])}];
  const national = json.measures["national-supervision"];
  out["national-supervision.areas"] = national.areas;
  out["national-supervision.total"] = [national.total];
  return out;
}
