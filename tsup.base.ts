import type { Options } from "tsup";

/**
 * The one place where library build options live: every package's
 * `tsup.config.ts` calls this with its entry points, so all packages ship the
 * same shape (ESM and CJS, declarations, source maps, Node 20 target).
 */
export function libraryBuild(entry: Record<string, string>, overrides: Options = {}): Options {
  return {
    entry,
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    treeshake: true,
    splitting: false,
    ...overrides,
  };
}
