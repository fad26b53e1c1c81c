import {generateSample} from "./loaders/sample/generate.ts";
import {analyze} from "./src/lib/measures/analysis.ts";
import {parsePeriod} from "./src/lib/period.ts";
const s = generateSample({seed: 1, scale: 1});
const a = analyze(s, parsePeriod("2021-01-01..2024-12-31"));
const m = a.measures["decisions-without-deficiencies"].byDecisionMaker;
console.log(m.phi, m.tau2, (m as any).units.length);
for (const u of m.units) if (u.level) console.log(u.unit, u.n, u.observed, u.expected.toFixed(1), u.z.toFixed(2), u.level);
for (const p of ["2021","2022","2023","2024"]) {
  const b = analyze(s, parsePeriod(p)).measures["decisions-without-deficiencies"].byDecisionMaker;
  const zs = b.units.filter((u) => !Number.isNaN(u.z) && !u.level).map((u) => u.z);
  console.log(p, "phi", b.phi.toFixed(2), "mean z2 (unflagged)", (zs.reduce((s, z) => s + z*z, 0)/zs.length).toFixed(2), zs.length, "flags", b.units.filter(u=>u.level).map(u=>u.unit+":"+u.level+":"+u.z.toFixed(1)).join(" "));
}
