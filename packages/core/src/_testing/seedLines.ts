import { SEED_QUOTES } from "./seedQuotes";

// Test support only: the seed lines core's tests quote, from core's own copy
// (SEED_QUOTES), each cited by seed and line; tests/golden checks the copy
// against the seeds of @parcomms/sample-data.

const FILES = [...new Set(Object.keys(SEED_QUOTES).map((key) => key.slice(0, key.lastIndexOf(":"))))];

function fileOf(prefix: string): string {
  const file = FILES.find((name) => name === prefix || name.startsWith(`${prefix}_`));
  if (!file) throw new Error(`no quoted seed file starting with ${prefix}_`);
  return file;
}

/** Every quoted line, in seed and line order, for checks that run over many real lines. */
export function quotedSeedLines(): readonly string[] {
  return Object.values(SEED_QUOTES);
}

/**
 * Lines `start`–`end` (1-based, inclusive) of seed `prefix` ("000" … "004",
 * or the whole file name), joined with "\n", exactly as in the file. Throws
 * (failing the test) when a line is not in SEED_QUOTES.
 */
export function seedLines(prefix: string, start: number, end = start): string {
  const file = fileOf(prefix);
  if (start < 1 || end < start) throw new Error(`${prefix}:${start}-${end} is out of range`);
  const lines: string[] = [];
  for (let line = start; line <= end; line++) {
    const text = SEED_QUOTES[`${file}:${line}`];
    if (text === undefined) throw new Error(`${file}:${line} is not quoted in _testing/seedQuotes.ts`);
    lines.push(text);
  }
  return lines.join("\n");
}

/**
 * Lines `start`–`end` of seed `prefix` at their own line numbers: every other
 * line blank, so that a reader of whole documents reports the seed's numbers.
 */
export function seedPassage(prefix: string, start: number, end: number): string {
  return `${"\n".repeat(start - 1)}${seedLines(prefix, start, end)}`;
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
