import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";

/** The machine and software a run was made on. */
export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  /** 1-minute load average at the start, to show other work on the machine. */
  readonly loadAverage: number;
  readonly node: string;
  readonly platform: string;
  readonly packages: Record<string, string>;
}

const PACKAGES = ["zod", "ajv", "arquero", "@duckdb/node-api", "@parcomms/core", "@parcomms/sample-data"];

/** The version of a package the root depends on, from its manifest in the root `node_modules`. */
function versionOf(name: string, root: string): string {
  try {
    const manifest = JSON.parse(readFileSync(`${root}/node_modules/${name}/package.json`, "utf8")) as {
      version?: string;
    };
    return manifest.version ?? "?";
  } catch {
    return "not installed";
  }
}

/**
 * CPU model, cores, memory, load, Node version and the versions of the measured packages.
 *
 * @example
 * machineInfo("/work/main").node // "v20.20.2"
 */
export function machineInfo(root: string): MachineInfo {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? "unknown",
    cores: cpu.length,
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    packages: Object.fromEntries(PACKAGES.map((p) => [p, versionOf(p, root)])),
  };
}
