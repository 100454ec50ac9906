import { isBuiltin } from "node:module";
import { gzipSync } from "node:zlib";
import { build, defaultClientConditions, type Rolldown } from "vite";

/** What a browser bundle of one entry weighs. */
export interface BundleSize {
  /** Minified bytes of the chunks loaded at start (the entry and its static imports). */
  readonly minified: number;
  /** The same, gzipped (level 9). */
  readonly gzip: number;
  /** Minified bytes of every chunk, those loaded on demand (`import()`) included. */
  readonly allChunks: number;
  /** Node built-ins (`node:fs`, `path`…) the bundle tried to import, with the module that did. */
  readonly nodeBuiltins: string[];
}

const ENTRY = "\0bundle-entry.js";

/**
 * Builds `code` (an ES module that imports our packages) for the browser with
 * Vite, as a user's app would (minified, `es2022`, the client conditions),
 * in memory, and weighs the result. `source: true` resolves the workspace
 * packages to their TypeScript modules (`@parcomms/source`) instead of the
 * published `dist` bundles.
 *
 * @example
 * await browserBundle('import { validatePlan } from "@parcomms/core"; globalThis.v = validatePlan;', ROOT)
 * // { minified: 231000, gzip: 52000, allChunks: 231000, nodeBuiltins: [] }
 */
export async function browserBundle(code: string, root: string, source = false): Promise<BundleSize> {
  const nodeBuiltins: string[] = [];
  const output = (await build({
    root,
    configFile: false,
    logLevel: "silent",
    resolve: { conditions: [...(source ? ["@parcomms/source"] : []), ...defaultClientConditions] },
    plugins: [
      {
        name: "bundle-entry",
        enforce: "pre",
        resolveId(id, importer) {
          if (id === ENTRY) return id;
          if (isBuiltin(id)) nodeBuiltins.push(`${id} (from ${importer ?? "?"})`);
          return null;
        },
        load(id) {
          return id === ENTRY ? code : null;
        },
      },
    ],
    build: {
      write: false,
      target: "es2022",
      reportCompressedSize: false,
      chunkSizeWarningLimit: 1 << 20,
      rolldownOptions: { input: ENTRY, preserveEntrySignatures: "exports-only" },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunks = (Array.isArray(output) ? output : [output])
    .flatMap((o) => o.output)
    .filter((c): c is Rolldown.OutputChunk => c.type === "chunk");
  const entry = chunks.find((c) => c.isEntry);
  const atStart = new Set<string>();
  const visit = (name: string) => {
    if (atStart.has(name)) return;
    atStart.add(name);
    for (const next of chunks.find((c) => c.fileName === name)?.imports ?? []) visit(next);
  };
  if (entry) visit(entry.fileName);
  const start = chunks.filter((c) => atStart.has(c.fileName)).map((c) => c.code);
  return {
    minified: start.reduce((n, c) => n + Buffer.byteLength(c), 0),
    gzip: start.reduce((n, c) => n + gzipSync(c, { level: 9 }).byteLength, 0),
    allChunks: chunks.reduce((n, c) => n + Buffer.byteLength(c.code), 0),
    nodeBuiltins,
  };
}
