import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Whether the package that holds `importer` maps `id` to nothing for the
 * browser (its package.json `"browser": { "fs": false }`), the standard way a
 * dependency keeps a Node-only branch out of browser bundles; bundlers honour
 * it, so such an import never reaches the bundle.
 *
 * @param id - the module asked for, e.g. "fs"
 * @param importer - the file that asks for it
 * @returns true when the importer's package maps `id` to false
 * @example
 * mappedAwayForBrowser("fs", "/…/node_modules/cfb/cfb.js") // true: cfb's package.json maps fs to false
 */
export function mappedAwayForBrowser(id: string, importer: string | undefined): boolean {
  let dir = importer ? dirname(importer) : "";
  while (dir && dir !== dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const { browser } = JSON.parse(readFileSync(manifest, "utf8")) as { browser?: unknown };
      return (
        typeof browser === "object" && browser !== null && (browser as Record<string, unknown>)[id] === false
      );
    }
    dir = dirname(dir);
  }
  return false;
}
