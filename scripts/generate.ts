/**
 * Generates the synthetic national dataset from the command line, with
 * progress on a terminal; the same as `pnpm parcomms generate …`:
 *
 *   pnpm generate --era three-tier --seed 1 --out national-2024.jsonl
 */
import { runCli } from "@parcomms/cli";

process.exitCode = await runCli(["generate", ...process.argv.slice(2).filter((a) => a !== "--")], {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
