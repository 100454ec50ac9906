/**
 * Command-line entry points of @parcomms/sample-data (they use node:fs, so
 * they live apart from the main entry, which also runs in browsers).
 *
 * @packageDocumentation
 */
export { type GenerateIo, runGenerate } from "./synthetic/cli";
