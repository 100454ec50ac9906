import { type Dirent, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { findSpreadArguments } from "./findSpreadArguments";

/**
 * `pnpm lint`'s check that no call spreads an unbounded array (see
 * findSpreadArguments): walks packages/{name}/src, packages/notebook/e2e, tests/{name}/src and
 * scripts, prints each spread argument found and exits 1 if there is one.
 */
const root = join(import.meta.dirname, "..", "..");
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs)$/;
const SKIP = new Set(["node_modules", "dist", "coverage", "generated-docs"]);

function walk(folder: string, out: string[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (SKIP.has(entry.name) || entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(path);
  }
}

const files: string[] = [];
walk(join(root, "scripts"), files);
for (const group of ["packages", "tests"]) {
  for (const name of readdirSync(join(root, group))) {
    walk(join(root, group, name, "src"), files);
    walk(join(root, group, name, "e2e"), files);
  }
}
const found = files.flatMap((file) => findSpreadArguments(relative(root, file), readFileSync(file, "utf8")));
for (const spread of found) {
  process.stdout.write(
    `${spread.file}:${spread.line}:${spread.column} spread argument in a call: ${spread.call}\n`,
  );
}
if (found.length > 0) {
  process.stdout.write(
    `\n${found.length} spread argument(s) in calls: a call's arguments go on the stack, so an array of ~100,000 items overflows it. Use a loop (for … of … push), reduce, or mark a bounded one with "// bounded-spread: <why>".\n`,
  );
  process.exitCode = 1;
}
