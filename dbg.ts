import {generateSample} from "./loaders/sample/generate.js";
import {PLANTED} from "./loaders/sample/planted.js";
import {analyze} from "./src/lib/measures/analysis.js";
import {parsePeriod} from "./src/lib/period.js";
const s = generateSample({seed: 1, scale: 1});
console.log(s.decisions.length, s.inspections.length, s.preparations.length);
for (const p of ["2021-01-01..2024-12-31", "2023"]) {
const a = analyze(s, parsePeriod(p));
const dm = a.measures["decisions-without-deficiencies"].byDecisionMaker;
console.log(p, "phi", dm.phi, "tau2", dm.tau2, "target", dm.target, "cases", dm.cases);
for (const x of [...PLANTED.decisionMakers, ...PLANTED.controls]) { const u = dm.units.find(u => u.unit === x.id); console.log(x.department, x.direction, u?.n, u?.observed, u?.expected.toFixed(1), u?.level, u?.direction, u?.z?.toFixed(2)); }
console.log("other dm flags", dm.flags.filter(f => ![...PLANTED.decisionMakers].some(p => p.id === f.unit)).map(f => [f.unit, f.level, f.direction, f.n, f.z.toFixed(2)]));
const cc = a.measures["child-conversations"].byDepartment;
console.log("cc", cc.phi, cc.tau2, cc.units.map(u => [u.unit, u.n, u.observed, u.expected.toFixed(1), u.level, u.direction, u.z.toFixed(2)]));
console.log(a.measures["decision-maker-spread"].conclusion);
console.log(a.flags.map(f => `${f.level} ${f.measure} ${f.unitType} ${f.unit} ${f.direction}`).join("\n"));
}
