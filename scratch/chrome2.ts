import { readFileSync, readdirSync } from "node:fs";
import { damageVariants } from "../scripts/eval-extract/damage/damageVariants";
import { prepareLines } from "../packages/core/src/extract/_lib/prepareLines";
const dir = "packages/sample-data/seeds/";
for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
  const v = damageVariants(readFileSync(dir + f, "utf8"), { seed: 1 } as never).find((x) => x.name === "all")!;
  for (const l of prepareLines(v.text)) if (l.furniture && l.text.length > 12) console.log(f.slice(0, 3), l.n, JSON.stringify(l.text.slice(0, 90)));
}
