import {generateSample} from "./loaders/sample/generate.ts";
import {plantedFor} from "./loaders/sample/planted.ts";
import {analyze} from "./src/lib/measures/analysis.ts";
import {parsePeriod} from "./src/lib/period.ts";
let t = Date.now();
let assessed = 0, alarms = 0, flags = 0, recall = 0, planted = 0, deptAl = 0, depts = 0, mitt = 0;
for (let seed = 1; seed <= 12; seed++) {
  const s = generateSample({seed, scale: 1});
  const P = plantedFor(seed);
  const dev = new Set(P.decisionMakers.map(p => p.id));
  for (const per of ["2023", "2024T2"]) {
  const a = analyze(s, parsePeriod(per));
  for (const u of a.measures["decisions-without-deficiencies"].byDecisionMaker.units) {
    if (Number.isNaN(u.p)) continue;
    if (dev.has(u.unit)) { planted++; const p = P.decisionMakers.find(x => x.id === u.unit)!; if (u.level === "alarm" && u.direction === p.direction) recall++; else console.log("missed", seed, per, u.unit, u.z); continue; }
    assessed++; if (u.level === "alarm") { alarms++; console.log("false alarm", seed, per, u.unit, u.n, u.z.toFixed(2)); } if (u.level) flags++;
  }
  if (per === "2023") for (const u of a.measures["child-conversations"].byDepartment.units) { if (u.unit === "mitt") { if (u.level === "alarm") mitt++; } else if (u.unit !== "syd") { depts++; if (u.level === "alarm") { deptAl++; console.log("dept alarm", seed, u.unit, u.z); } } }
  }
}
console.log({assessed, alarms, flags, recall, planted, deptAl, depts, mitt, ms: Date.now() - t});
