/**
 * Generates the synthetic national dataset from the command line, with
 * progress on a terminal, until the `parcomms` command line lands:
 *
 *   pnpm generate --era three-tier --seed 1 --out national-2024.jsonl
 */
import { runGenerate } from "@parcomms/sample-data/cli";

process.exitCode = await runGenerate(
  process.argv.slice(2).filter((a) => a !== "--"),
  { stdout: process.stdout, stderr: process.stderr, isTTY: process.stderr.isTTY === true },
);
