import { readFileSync, readdirSync } from "node:fs";
import { extractPlan } from "../packages/core/src/extract/extractPlan";
const dir = "tests/corpus/documents/";
const f = readdirSync(dir).find((f) => f.startsWith(process.argv[2]!) && f.endsWith(".txt"))!;
const x = extractPlan(readFileSync(dir + f, "utf8"));
for (const r of x.plan.references) console.log(r.type, r.number, r.symbol, r.role, JSON.stringify(r.lines));
console.log(x.documentKind, JSON.stringify(x.mentions.map((m) => [m.number, m.symbol, m.raw.slice(0, 60)])));
