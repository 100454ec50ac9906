import type { BenchResult } from "./Benchmark";
import type { HeapSample } from "./HeapTracker";
import type { MachineInfo } from "./machineInfo";

/** Everything a run reports; also the JSON written to `bench-results/latest.json`. */
export interface BenchReport {
  readonly date: string;
  readonly dataset: {
    readonly era: string;
    readonly seed: number;
    readonly size: string;
    readonly plans: number;
  };
  readonly generateMs: number;
  readonly machine: MachineInfo;
  readonly results: BenchResult[];
  readonly memory: {
    readonly phases: HeapSample[];
    readonly peakHeapUsed: number;
    readonly peakPhase: string;
    /** The peak outside the phases where arquero, DuckDB or their input tables held data. */
    readonly peakHeapUsedOutsideBaselines: number;
    readonly peakPhaseOutsideBaselines: string;
    readonly maxRssBytes: number;
    readonly heapLimitBytes: number;
    readonly goalMet: boolean;
  };
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) =>
    rows.map((r) => (r[i] ?? "").length).reduce((m, v) => Math.max(m, v), h.length),
  );
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...rows.map(line)].join("\n");
}

/**
 * The report as Markdown tables (readable in a terminal, and pasted as is into docs/benchmarks.md).
 *
 * @example
 * process.stdout.write(formatReport(report))
 */
export function formatReport(report: BenchReport): string {
  const m = report.machine;
  const out: string[] = [
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB; ${m.platform}; load average at start ${m.loadAverage}`,
    `Node ${m.node}; ${Object.entries(m.packages)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
    `Dataset: generateNationalDataset({ era: "${report.dataset.era}", seed: ${report.dataset.seed}, size: "${report.dataset.size}" }): ${report.dataset.plans.toLocaleString("en")} plans in ${ms(report.generateMs)} ms`,
    "",
  ];
  for (const r of report.results) {
    out.push(`## ${r.title}`, "");
    out.push(
      table(
        ["measurement", "n", "min ms", "median ms", "per item (median)"],
        r.measurements.map((x) => [
          x.name,
          String(x.timing.n),
          ms(x.timing.minMs),
          ms(x.timing.medianMs),
          x.items
            ? `${((x.timing.medianMs * 1000) / x.items.count).toFixed(1)} µs/${x.items.unit.replace(/s$/, "")}`
            : "",
        ]),
      ),
    );
    if (r.ratios.length > 0) {
      out.push(
        "",
        table(
          ["ratio (medians)", "value", "goal", "met"],
          r.ratios.map((x) => [x.name, `${x.value.toFixed(2)}×`, x.goal, x.met ? "met" : "MISSED"]),
        ),
      );
    }
    if (r.notes.length > 0) {
      out.push("");
      for (const item of r.notes.map((n) => `- ${n}`)) out.push(item);
    }
    out.push("");
  }
  const mem = report.memory;
  out.push("## Memory", "");
  out.push(
    table(
      ["after phase", "heapUsed", "V8 total heap"],
      mem.phases.map((p) => [
        `${p.phase}${p.baseline ? " (baseline)" : ""}`,
        mb(p.heapUsed),
        mb(p.totalHeapSize),
      ]),
    ),
    "",
    `Peak heapUsed of our functions ${mb(mem.peakHeapUsedOutsideBaselines)} (during "${mem.peakPhaseOutsideBaselines}"), goal < 500 MB: ${mem.goalMet ? "met" : "MISSED"}`,
    `Peak heapUsed of the whole run ${mb(mem.peakHeapUsed)} (during "${mem.peakPhase}"); max RSS ${mb(mem.maxRssBytes)}; V8 heap limit ${mb(mem.heapLimitBytes)}`,
    "",
  );
  return out.join("\n");
}
