import { isDeepStrictEqual } from "node:util";
import {
  type PlanTables,
  planTables,
  tablesFromArrow,
  tablesFromParquet,
  tablesToArrow,
  tablesToParquet,
} from "@parcomms/formats";
import { realPlans } from "@parcomms/sample-data";
import { tableFromIPC, tableToIPC } from "@uwdata/flechette";
import {
  Compression,
  readParquet,
  Table as WasmTable,
  WriterPropertiesBuilder,
  wasmMemory,
  writeParquet,
} from "parquet-wasm";
import type { Benchmark, Measurement, Ratio } from "./_lib/Benchmark";

type Files = Record<string, Uint8Array>;

/** parquet-wasm writing the same tables: our Arrow IPC files → IPC stream → parquet-wasm, Snappy like hyparquet-writer. */
function wasmWrite(tables: PlanTables): Files {
  const properties = new WriterPropertiesBuilder().setCompression(Compression.SNAPPY).build();
  const files: Files = {};
  for (const [name, arrow] of Object.entries(tablesToArrow(tables))) {
    const stream = tableToIPC(tableFromIPC(arrow), { format: "stream" }) ?? new Uint8Array();
    files[name.replace(/\.arrow$/, ".parquet")] = writeParquet(WasmTable.fromIPCStream(stream), properties);
  }
  return files;
}

/** parquet-wasm reading them back into our tables: parquet-wasm → IPC stream → tablesFromArrow. */
function wasmRead(files: Files): PlanTables {
  const arrow: Files = {};
  for (const [name, bytes] of Object.entries(files)) {
    arrow[name.replace(/\.parquet$/, ".arrow")] = readParquet(bytes).intoIPCStream();
  }
  return tablesFromArrow(arrow);
}

const bytesOf = (files: Files) => Object.values(files).reduce((n, b) => n + b.byteLength, 0);
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/** JS heap and array buffers now, after a GC when there is one. */
function memoryNow(collect: boolean): number {
  if (collect) (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/**
 * Parquet for the researchers: hyparquet-writer + hyparquet (pure JavaScript, what `tablesToParquet` and
 * `tablesFromParquet` use) against parquet-wasm (Rust's arrow-rs/parquet in WebAssembly, reached through
 * Arrow IPC), writing and reading the tidy tables of the five real plans and of the national three-tier
 * dataset (seed 1). Each side goes from our `PlanTables` to Parquet bytes and back to `PlanTables`, and
 * both must give the tables back exactly. Reported: time, bytes written (both Snappy), and the peak of
 * JS heap + array buffers above the level before that library's runs (parquet-wasm's WebAssembly memory,
 * which only grows, reported apart).
 */
export const parquetBench: Benchmark = {
  id: "parquet",
  title: "Parquet: hyparquet(-writer) vs parquet-wasm, five real plans and the national dataset",
  async run({ dataset, reps, measure, phase }) {
    const measurements: Measurement[] = [];
    const ratios: Ratio[] = [];
    const notes: string[] = [];
    const sets: [string, PlanTables, number][] = [
      ["five real plans", planTables(realPlans), realPlans.length],
      ["national three-tier", planTables(dataset().plans), dataset().plans.length],
    ];
    phase("parquet: plan tables", { baseline: true });
    for (const [label, tables, plans] of sets) {
      const rows = Object.values(tables).reduce((n, t) => n + t.rows.length, 0);
      const items = { count: plans, unit: "plans" };
      const libraries = [
        { name: "hyparquet", write: tablesToParquet, read: (f: Files) => tablesFromParquet(f) },
        { name: "parquet-wasm", write: wasmWrite, read: wasmRead },
      ];
      const figures: Record<string, { write: number; read: number; bytes: number; peak: number }> = {};
      for (const library of libraries) {
        const before = memoryNow(true);
        let peak = 0;
        const sampled =
          <T>(run: () => T) =>
          () => {
            const out = run();
            peak = Math.max(peak, memoryNow(false) - before);
            return out;
          };
        const n = plans > 100 ? reps.slow : reps.fast;
        const written = await measure(
          `${library.name} write (${label})`,
          n,
          sampled(() => library.write(tables)),
          {
            baseline: true,
          },
        );
        const read = await measure(
          `${library.name} read (${label})`,
          n,
          sampled(() => library.read(written.result)),
          {
            baseline: true,
          },
        );
        if (!isDeepStrictEqual(read.result, tables))
          notes.push(`${library.name} did NOT give the ${label} tables back exactly`);
        const bytes = bytesOf(written.result);
        measurements.push(
          {
            name: `${library.name}: write ${label} (${rows} rows, ${mib(bytes)})`,
            timing: written.timing,
            items,
          },
          { name: `${library.name}: read ${label}`, timing: read.timing, items },
        );
        figures[library.name] = { write: written.timing.medianMs, read: read.timing.medianMs, bytes, peak };
        phase(`parquet: ${library.name} ${label}`, { baseline: true });
      }
      const js = figures.hyparquet;
      const wasm = figures["parquet-wasm"];
      if (js && wasm) {
        ratios.push(
          {
            name: `write time hyparquet / parquet-wasm (${label})`,
            value: js.write / wasm.write,
            goal: "≤ 3×",
            met: js.write <= 3 * wasm.write,
          },
          {
            name: `read time hyparquet / parquet-wasm (${label})`,
            value: js.read / wasm.read,
            goal: "≤ 3×",
            met: js.read <= 3 * wasm.read,
          },
          {
            name: `bytes hyparquet / parquet-wasm (${label})`,
            value: js.bytes / wasm.bytes,
            goal: "≤ 1.5×",
            met: js.bytes <= 1.5 * wasm.bytes,
          },
        );
        notes.push(
          `${label}: bytes hyparquet ${js.bytes} vs parquet-wasm ${wasm.bytes}; peak JS heap + array buffers above start: hyparquet ${mib(js.peak)}, parquet-wasm ${mib(wasm.peak)}`,
        );
      }
    }
    notes.push(
      `parquet-wasm WebAssembly memory after all runs: ${mib(wasmMemory().buffer.byteLength)} (it never shrinks)`,
    );
    notes.push("both libraries gave every table back exactly unless a line above says otherwise");
    return { id: this.id, title: this.title, measurements, ratios, notes };
  },
};
