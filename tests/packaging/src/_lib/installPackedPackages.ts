import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LIBRARY_PACKAGES } from "./LIBRARY_PACKAGES";
import type { PackedPackage } from "./PackedPackage";
import { run } from "./run";

/** The repository root. */
export const ROOT = new URL("../../../../", import.meta.url).pathname;

/** A scratch project outside the workspace with the packed packages installed. */
export interface ScratchProject {
  /** Its folder, under the system's temporary folder. */
  dir: string;
  packed: PackedPackage[];
  /** What `npm install` said. */
  install: string;
}

/**
 * An environment for npm and pnpm in the scratch project: the variables
 * `pnpm test` sets for the workspace (`npm_config_*`) left out, so they do
 * not steer it; the user's own npm configuration and cache apply, as for
 * anyone installing our packages.
 */
export function scratchEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_")),
  );
}

/**
 * Packs each library package with `pnpm pack` (which rewrites `workspace:*`
 * and `catalog:` to versions) into `dir/tarballs`. Needs `pnpm build` first
 * (the tarballs ship `dist`).
 */
export async function packPackages(dir: string): Promise<PackedPackage[]> {
  const missing = LIBRARY_PACKAGES.filter(({ folder }) => !existsSync(join(ROOT, folder, "dist/index.js")));
  if (missing.length > 0) {
    throw new Error(`no build of ${missing.map((p) => p.name).join(", ")}: run \`pnpm build\` first`);
  }
  const tarballs = join(dir, "tarballs");
  mkdirSync(tarballs);
  const env = scratchEnv();
  return Promise.all(
    LIBRARY_PACKAGES.map(async ({ name, folder }) => {
      const before = new Set(readdirSync(tarballs));
      const packing = await run("pnpm", ["pack", "--pack-destination", tarballs], join(ROOT, folder), env);
      if (packing.code !== 0) throw new Error(`pnpm pack ${name}: ${packing.stderr}${packing.stdout}`);
      const file = `${name.replace("@", "").replace("/", "-")}-`;
      const made = readdirSync(tarballs).find((f) => f.startsWith(file) && !before.has(f));
      if (!made) throw new Error(`pnpm pack ${name} made no tarball`);
      const path = join(tarballs, made);
      const listing = await run("tar", ["-xOzf", path, "package/package.json"], dir);
      return {
        name,
        folder,
        tarball: `tarballs/${made}`,
        manifest: JSON.parse(listing.stdout),
      } satisfies PackedPackage;
    }),
  );
}

/** A scratch project's `package.json`: `dependencies` only, no overrides, resolutions or lockfile. */
export function writeScratchManifest(dir: string, dependencies: Record<string, string>, extra = {}): void {
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "parcomms-scratch", private: true, type: "module", dependencies, ...extra }, null, 2)}\n`,
  );
}

/**
 * Packs each library package, writes a scratch project in the system's
 * temporary folder that depends on the tarballs (no lockfile, no overrides),
 * and installs it with `npm install` as a user would: every other package
 * resolved by npm from the registry, through npm's cache (`--prefer-offline`:
 * a rerun asks the registry nothing it already has).
 */
export async function installPackedPackages(): Promise<ScratchProject> {
  const dir = mkdtempSync(join(tmpdir(), "parcomms-packed-"));
  const packed = await packPackages(dir);
  writeScratchManifest(dir, Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`])));
  cpSync(new URL("../../fixtures", import.meta.url).pathname, dir, { recursive: true });
  const install = await run(
    "npm",
    ["install", "--prefer-offline", "--ignore-scripts", "--no-audit", "--no-fund"],
    dir,
    scratchEnv(),
  );
  if (install.code !== 0) throw new Error(`npm install in ${dir}: ${install.stderr}${install.stdout}`);
  return { dir, packed, install: `${install.stdout}${install.stderr}` };
}
