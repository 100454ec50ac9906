import { execFile } from "node:child_process";

/** What a command gave: its exit code and its two streams. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `file args` in `cwd` and resolves with its exit code and output, a
 * failure included (a test then shows what the command said). With
 * `timeoutMs`, a command still running then is killed and resolves as a
 * failure, so a hang fails the test rather than stalling it.
 */
export function run(
  file: string,
  args: readonly string[],
  cwd: string,
  env?: NodeJS.ProcessEnv,
  timeoutMs?: number,
): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      {
        cwd,
        env: env ?? process.env,
        encoding: "utf8",
        maxBuffer: 64 * 2 ** 20,
        ...(timeoutMs === undefined ? {} : { timeout: timeoutMs }),
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr: error && !stderr ? String(error) : stderr });
      },
    );
  });
}
