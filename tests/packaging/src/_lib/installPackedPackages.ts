import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LIBRARY_PACKAGES } from "./LIBRARY_PACKAGES";
import { run } from "./run";
import { type PackedPackage, scratchLockfile } from "./scratchLockfile";

/** The repository root. */
export const ROOT = new URL("../../../../", import.meta.url).pathname;

/** A scratch project outside the workspace with the packed packages installed. */
export interface ScratchProject {
  /** Its folder, under the system's temporary folder. */
  dir: string;
  packed: PackedPackage[];
}

/**
 * An environment for pnpm in the scratch project: the variables `pnpm test`
 * sets for the workspace (`npm_config_*`) left out, so they do not steer it.
 */
export function scratchEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_")),
  );
}

/**
 * Packs each library package with `pnpm pack` (which rewrites `workspace:*`
 * and `catalog:` to versions), writes a scratch project in the system's
 * temporary folder that depends on the tarballs, and installs it with
 * `pnpm install --offline --frozen-lockfile` from the store, its lockfile made
 * from the workspace's. Needs `pnpm build` first (the tarballs ship `dist`).
 */
export async function installPackedPackages(): Promise<ScratchProject> {
  const missing = LIBRARY_PACKAGES.filter(({ folder }) => !existsSync(join(ROOT, folder, "dist/index.js")));
  if (missing.length > 0) {
    throw new Error(`no build of ${missing.map((p) => p.name).join(", ")}: run \`pnpm build\` first`);
  }
  const dir = mkdtempSync(join(tmpdir(), "parcomms-packed-"));
  const tarballs = join(dir, "tarballs");
  mkdirSync(tarballs);
  const env = scratchEnv();

  const packed = await Promise.all(
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
        integrity: `sha512-${createHash("sha512").update(readFileSync(path)).digest("base64")}`,
        manifest: JSON.parse(listing.stdout),
      } satisfies PackedPackage;
    }),
  );

  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify(
      {
        name: "parcomms-scratch",
        private: true,
        type: "module",
        dependencies: Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`])),
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(
    join(dir, "pnpm-lock.yaml"),
    scratchLockfile(readFileSync(join(ROOT, "pnpm-lock.yaml"), "utf8"), packed),
  );
  cpSync(new URL("../../fixtures", import.meta.url).pathname, dir, { recursive: true });
  const install = await run(
    "pnpm",
    ["install", "--offline", "--frozen-lockfile", "--ignore-scripts", "--reporter=append-only"],
    dir,
    env,
  );
  if (install.code !== 0) throw new Error(`pnpm install in ${dir}: ${install.stderr}${install.stdout}`);
  return { dir, packed };
}
