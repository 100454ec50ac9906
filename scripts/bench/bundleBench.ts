import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../generated/root";
import type { Benchmark, Measurement, Ratio } from "./_lib/Benchmark";
import { type BundleSize, browserBundle } from "./_lib/browserBundle";

/** A browser app's entry: an ES module using what it imports, so nothing is dropped as unused. */
interface BundleCase {
  readonly name: string;
  readonly code: string;
  /** Resolve our packages to their TypeScript modules rather than the published `dist`. */
  readonly source?: boolean;
}

const VALIDATE_ONLY =
  'import { validatePlan } from "@parcomms/core";\nglobalThis.validatePlan = validatePlan;\n';
const allOf = (name: string) => `import * as all from "${name}";\nglobalThis.all = all;\n`;

const CASES: readonly BundleCase[] = [
  { name: "`validatePlan` only, @parcomms/core as published", code: VALIDATE_ONLY },
  { name: "all of @parcomms/core", code: allOf("@parcomms/core") },
  { name: "`validatePlan` only, core's source modules", code: VALIDATE_ONLY, source: true },
  {
    name: "zod alone: one `z.object` schema",
    code: 'import { z } from "zod";\nglobalThis.check = z.object({ id: z.string() }).safeParse;\n',
  },
  { name: "all of @parcomms/core/extract", code: allOf("@parcomms/core/extract") },
  { name: "all of @parcomms/formats", code: allOf("@parcomms/formats") },
  { name: "all of @parcomms/analytics", code: allOf("@parcomms/analytics") },
  { name: "all of @parcomms/ingest", code: allOf("@parcomms/ingest") },
  { name: "all of @parcomms/sample-data", code: allOf("@parcomms/sample-data") },
];

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * Browser bundles: what a Vite app ships when it imports our packages as a
 * user installs them (`dist`, so `pnpm build` first). The figure of issue 14:
 * `@parcomms/core` for an app that imports only `validatePlan`, minified and
 * gzipped, against all of core, core's source modules (what finer modules
 * would let a bundler drop) and zod alone (the floor: validation is a zod
 * schema). Then each library package whole, and the check that no Node
 * built-in reaches any of them. Sizes are reported in the notes; the
 * measurements are the Vite builds' times.
 */
export const bundleBench: Benchmark = {
  id: "bundle",
  title: "Browser bundles: @parcomms/core for validatePlan only, and each library package",
  async run({ measure, log }) {
    for (const folder of ["core", "formats", "analytics", "ingest", "sample-data"]) {
      if (!existsSync(join(ROOT, "packages", folder, "dist/index.js")))
        throw new Error(`packages/${folder}/dist is missing: run \`pnpm build\` first`);
    }
    const measurements: Measurement[] = [];
    const notes: string[] = [];
    const sizes = new Map<string, BundleSize>();
    for (const c of CASES) {
      log(`  vite build: ${c.name}`);
      const { timing, result } = await measure(`vite build: ${c.name}`, 1, () =>
        browserBundle(c.code, ROOT, c.source ?? false),
      );
      measurements.push({ name: `vite build: ${c.name}`, timing });
      sizes.set(c.name, result);
      const onDemand =
        result.allChunks > result.minified
          ? `; ${kb(result.allChunks)} with the chunks loaded on demand`
          : "";
      notes.push(`${c.name}: ${kb(result.minified)} minified, ${kb(result.gzip)} gzip${onDemand}`);
    }
    const size = (i: number) => sizes.get(CASES[i]?.name ?? "") as BundleSize;
    const [only, all, sourceOnly, zod] = [size(0), size(1), size(2), size(3)];
    const reached = CASES.flatMap((c) =>
      (sizes.get(c.name)?.nodeBuiltins ?? []).map((b) => `${c.name}: ${b}`),
    );
    notes.push(
      reached.length === 0
        ? "No Node built-in (node:*, fs, path, worker_threads…) reached any of these bundles."
        : `Node built-ins reached: ${reached.join("; ")}`,
    );
    const ratios: Ratio[] = [
      {
        name: "validatePlan only ÷ all of core (gzip)",
        value: only.gzip / all.gzip,
        goal: "≤ 1× (never more than all of core)",
        met: only.gzip <= all.gzip,
      },
      {
        name: "validatePlan only ÷ the same from source modules (gzip)",
        value: only.gzip / sourceOnly.gzip,
        goal: "≤ 1.25× (the published bundle shakes nearly as well)",
        met: only.gzip <= 1.25 * sourceOnly.gzip,
      },
      {
        name: "validatePlan only ÷ zod alone (gzip)",
        value: only.gzip / zod.gzip,
        goal: "informative (zod is the floor)",
        met: true,
      },
    ];
    return { id: "bundle", title: this.title, measurements, ratios, notes };
  },
};
