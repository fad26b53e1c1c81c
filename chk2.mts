import {generateSample} from "./loaders/sample/generate.ts";
import {NO_DEFICIENCY_PROBABILITY} from "./loaders/sample/frequency-supervision.ts";
import {plantedFor} from "./loaders/sample/planted.ts";
import {ASSESSMENT_DECISION_TYPES} from "./src/lib/measures/decisions-without-deficiencies.ts";
for (const seed of [1, 2, 3, 4, 5, 6]) {
const s = generateSample({seed, scale: 1});
const planted = new Set(plantedFor(seed).decisionMakers.map(p => p.id));
const by = new Map<string, {o: number; e: number; v: number; n: number}>();
for (const d of s.decisions) {
  if (d.case_type !== "frequency" || !ASSESSMENT_DECISION_TYPES.includes(d.decision_type)) continue;
  const key = d.decision_maker + d.decision_date.slice(0, 4);
  const p = (NO_DEFICIENCY_PROBABILITY as any)[d.operation_type];
  const u = by.get(key) ?? {o: 0, e: 0, v: 0, n: 0};
  u.n++; u.e += p; u.v += p * (1 - p); if (d.decision_type === "no_deficiencies") u.o++;
  by.set(key, u);
}
const zs = [...by.entries()].filter(([k, u]) => !planted.has(k.slice(0, -4)) && u.n >= 20).map(([, u]) => (u.o - u.e) / Math.sqrt(u.v));
console.log(seed, zs.length, (zs.reduce((a, z) => a + z * z, 0) / zs.length).toFixed(2));
}
