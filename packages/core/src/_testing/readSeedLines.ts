import { seedLines } from "./seedLines";

/**
 * Lines `start` to `end` (1-based, inclusive) of a seed document, joined with
 * "\n", from core's own copy of the lines its tests quote (seedQuotes.ts).
 * For tests only: core does not depend on @parcomms/sample-data, which holds
 * the whole texts.
 *
 * @param file - the seed's file name, e.g. "001_ec564b67ad28c11a.txt"
 * @param start - first line, 1-based
 * @param end - last line, inclusive; defaults to `start`
 * @returns the lines as written
 * @example
 * readSeedLines("004_f3b844502d811123.txt", 112) // "1. Phòng Văn hóa - Xã hội"
 */
export function readSeedLines(file: string, start: number, end: number = start): string {
  return seedLines(file, start, end);
}
