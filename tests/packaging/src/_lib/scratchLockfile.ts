import { parse, stringify } from "yaml";

/** A library package packed by `pnpm pack`, as the scratch project installs it. */
export interface PackedPackage {
  /** Its public name, `@parcomms/core`. */
  name: string;
  /** Its folder in the workspace, `packages/core` (its importer in the workspace lockfile). */
  folder: string;
  /** The tarball's path from the scratch project, `tarballs/parcomms-core-0.1.0.tgz`. */
  tarball: string;
  /** The tarball's `sha512-…` integrity. */
  integrity: string;
  /** The packed `package.json`, as pnpm pack rewrote it. */
  manifest: {
    version: string;
    engines?: Record<string, string>;
    bin?: Record<string, string>;
    dependencies?: Record<string, string>;
  };
}

interface Importer {
  dependencies?: Record<string, { specifier: string; version: string }>;
  optionalDependencies?: Record<string, { specifier: string; version: string }>;
}

interface Snapshot {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  [other: string]: unknown;
}

interface Lockfile {
  lockfileVersion: string;
  settings?: unknown;
  importers: Record<string, Importer>;
  packages?: Record<string, unknown>;
  snapshots?: Record<string, Snapshot>;
}

/** The key of a dependency `name: version` in `snapshots` (an `npm:` alias's version is its own key). */
function snapshotKey(name: string, version: string): string {
  const base = version.replace(/\(.*$/, "");
  return base.includes("@") ? version : `${name}@${version}`;
}

/**
 * The `pnpm-lock.yaml` of a scratch project that depends on the packed
 * tarballs only: every other package at the very version the workspace
 * lockfile holds, so `pnpm install --offline --frozen-lockfile` installs it
 * from the store, with no registry metadata and no network (pnpm cannot
 * resolve a fresh project offline).
 */
export function scratchLockfile(workspaceLockfile: string, packed: readonly PackedPackage[]): string {
  const workspace = parse(workspaceLockfile) as Lockfile;
  const versionOf = new Map(packed.map((p) => [p.name, `file:${p.tarball}`]));
  const packages: Record<string, unknown> = {};
  const snapshots: Record<string, Snapshot> = {};
  const importer: Importer = { dependencies: {} };
  const queue: string[] = [];

  for (const p of packed) {
    const version = `file:${p.tarball}`;
    const key = `${p.name}@${version}`;
    (importer.dependencies ?? {})[p.name] = { specifier: version, version };
    packages[key] = {
      resolution: { integrity: p.integrity, tarball: version },
      name: p.name,
      version: p.manifest.version,
      ...(p.manifest.engines ? { engines: p.manifest.engines } : {}),
      ...(p.manifest.bin ? { hasBin: true } : {}),
    };
    const source = workspace.importers[p.folder];
    if (!source) throw new Error(`${p.folder} is not in the workspace lockfile`);
    const snapshot: Snapshot = {};
    for (const field of ["dependencies", "optionalDependencies"] as const) {
      const entries = Object.entries(source[field] ?? {});
      if (entries.length === 0) continue;
      const deps: Record<string, string> = {};
      for (const [name, { version: v }] of entries) {
        const own = versionOf.get(name);
        if (v.startsWith("link:") && !own) throw new Error(`${p.name} depends on ${name}, not packed`);
        deps[name] = own ?? v;
        if (!own) queue.push(snapshotKey(name, v));
      }
      snapshot[field] = deps;
    }
    snapshots[key] = snapshot;
  }

  // Everything the tarballs reach, copied from the workspace lockfile.
  while (queue.length > 0) {
    const key = queue.pop() as string;
    if (key in snapshots) continue;
    const snapshot = workspace.snapshots?.[key];
    const packageKey = key.replace(/\(.*$/, "");
    const pkg = workspace.packages?.[packageKey];
    if (!snapshot || !pkg) throw new Error(`${key} is not in the workspace lockfile`);
    snapshots[key] = snapshot;
    packages[packageKey] = pkg;
    for (const field of ["dependencies", "optionalDependencies"] as const) {
      for (const [name, v] of Object.entries(snapshot[field] ?? {})) queue.push(snapshotKey(name, v));
    }
  }

  return stringify({
    lockfileVersion: workspace.lockfileVersion,
    settings: workspace.settings,
    importers: { ".": importer },
    packages,
    snapshots,
  });
}
