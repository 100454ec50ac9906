/**
 * Writes every generated file (see scripts/generated/registry.ts).
 *
 *   pnpm run docs
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generatedFiles, ROOT } from "./generated/registry";

for (const file of generatedFiles()) {
  const target = join(ROOT, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.render());
  console.log(`wrote ${file.path}`);
}
