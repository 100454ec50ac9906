#!/usr/bin/env node
/**
 * The `parcomms` bin: runs {@link runCli} on the process's arguments and
 * streams, and sets the exit code.
 *
 * @packageDocumentation
 */
import { runCli } from "./runCli";

void runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
