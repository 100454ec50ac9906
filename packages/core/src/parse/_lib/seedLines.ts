import { readdirSync, readFileSync } from "node:fs";

// Test support only: the seed plans are read from sample-data's copy on disk,
// so that every phrase a test quotes is checked against the file and line it cites.
const SEEDS = new URL("../../../../sample-data/seeds/", import.meta.url);

const cache = new Map<string, readonly string[]>();

function linesOf(prefix: string): readonly string[] {
  const cached = cache.get(prefix);
  if (cached) return cached;
  const file = readdirSync(SEEDS).find((name) => name.startsWith(`${prefix}_`));
  if (!file) throw new Error(`no seed file starting with ${prefix}_`);
  const lines = readFileSync(new URL(file, SEEDS), "utf8").split(/\r?\n/);
  cache.set(prefix, lines);
  return lines;
}

/** Every line of seed `prefix` ("000" … "004"). */
export function seedFileLines(prefix: string): readonly string[] {
  return linesOf(prefix);
}

/**
 * Lines `start`–`end` (1-based, inclusive) of seed `prefix` ("000" … "004"),
 * joined with "\n", exactly as in the file.
 */
export function seedLines(prefix: string, start: number, end = start): string {
  const lines = linesOf(prefix);
  if (start < 1 || end > lines.length || end < start)
    throw new Error(`${prefix}:${start}-${end} is out of range`);
  return lines.slice(start - 1, end).join("\n");
}

/**
 * `phrase`, after checking that it stands on line(s) `start`–`end` of seed
 * `prefix`; throws (failing the test) when it does not.
 */
export function seedPhrase(prefix: string, start: number, phrase: string, end = start): string {
  if (!seedLines(prefix, start, end).includes(phrase)) {
    throw new Error(
      `${JSON.stringify(phrase)} is not on ${prefix}:${start}${end === start ? "" : `-${end}`}`,
    );
  }
  return phrase;
}
