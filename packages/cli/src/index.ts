/**
 * @parcomms/cli: the `parcomms` command line (dòng lệnh). Its bin runs
 * {@link runCli} on the process's arguments; the same function runs it from
 * code, with any streams. It owns what only Node has: files, the terminal
 * (progress bars, aligned tables), jsdom to draw charts and resvg to turn
 * them into PNG.
 *
 * @packageDocumentation
 */

export type { CliIo, CliStream } from "./_lib/CliIo";
export { cliMessageCatalogues } from "./cliMessageCatalogues";
export { runCli } from "./runCli";
