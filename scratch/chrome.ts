import { readFileSync, readdirSync } from "node:fs";
import { prepareLines } from "../packages/core/src/extract/_lib/prepareLines";
import { markWebChrome } from "../packages/core/src/extract/_lib/markWebChrome";
const dir = "packages/sample-data/seeds/";
for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
  const lines = prepareLines(readFileSync(dir + f, "utf8"));
  for (const l of lines) if (l.furniture) console.log(f.slice(0, 3), l.n, JSON.stringify(l.text.slice(0, 80)));
}
