import { readdirSync, readFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { join } from "node:path";

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)["'`]([^"'`\s]+)["'`]/g;

/**
 * The Node built-in modules (`node:fs`, `path`, `worker_threads`…) that the
 * JavaScript files of a bundle folder import or require, and Vite's stand-in
 * for one it left out (`__vite-browser-external`), as `file: module` lines.
 */
export function nodeBuiltinsIn(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { recursive: true, encoding: "utf8" })) {
    if (!/\.(m?js|cjs)$/.test(entry)) continue;
    const code = readFileSync(join(folder, entry), "utf8");
    for (const [, specifier] of code.matchAll(SPECIFIER)) {
      if (specifier && isBuiltin(specifier)) found.push(`${entry}: ${specifier}`);
    }
    if (code.includes("__vite-browser-external")) found.push(`${entry}: __vite-browser-external`);
  }
  return found;
}
