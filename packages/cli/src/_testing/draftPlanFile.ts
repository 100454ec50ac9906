import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Plan } from "@parcomms/core";
import { plan003 } from "@parcomms/sample-data";
import type { CliIo } from "../_lib/CliIo";

/**
 * TEST HELPER: writes, in `dir`, a draft saved in schema 1.2 that states
 * none of title, period, unit or issuer (so no tier either): 003's body
 * (xã Gia Tân's tasks) under the id "draft-ubnd". Returns its path.
 *
 * @example
 * const path = writeDraftPlan(mkdtempSync(join(tmpdir(), "draft-")));
 */
export function writeDraftPlan(dir: string): string {
  const { title: _t, period: _p, unit: _u, issuer: _i, ...body } = plan003;
  const draft: Plan = { ...body, id: "draft-ubnd" };
  const path = join(dir, "draft.json");
  writeFileSync(path, JSON.stringify(draft));
  return path;
}

/**
 * TEST HELPER: streams that keep what a command writes.
 *
 * @example
 * const io = captureIo(process.cwd()); await summaryCommand.run({ io, language: "vi", args: [] }); io.out.join("")
 */
export function captureIo(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    cwd,
    stdout: { write: (text) => out.push(String(text)) },
    stderr: { write: (text) => err.push(String(text)) },
  };
}
