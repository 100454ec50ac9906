import { execFile } from "node:child_process";
import { join, resolve } from "node:path";

/** TEST HELPER: the repository root, and the BUILT `parcomms` binary as users run it. */
export const ROOT = resolve(import.meta.dirname, "../../../..");
export const BIN = join(ROOT, "packages/cli/dist/main.js");

/** What one run of the binary gave. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * TEST HELPER (Node only, not exported from the package): runs the built
 * `parcomms` binary in the repository root with the time zone pinned.
 *
 * @example
 * const run = await runBuiltCli("--version"); // { code: 0, stdout: "parcomms 0.1.0 …", stderr: "" }
 */
export function runBuiltCli(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, env: { ...process.env, TZ: "Asia/Ho_Chi_Minh" }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}
